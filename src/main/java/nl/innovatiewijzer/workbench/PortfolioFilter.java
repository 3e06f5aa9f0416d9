package nl.innovatiewijzer.workbench;

import java.util.List;
import java.util.Locale;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.reference.FactField;

/**
 * Which projects the portfolio page shows: of one phase ({@code ?phase=pilot}), of one domain
 * ({@code ?domain=...}), with at least one factor of one status ({@code ?status=risk}); all when
 * the address gives none. Phases and domains are named as a facts file spells them.
 */
record PortfolioFilter(String phase, String domain, String status) {

    static PortfolioFilter of(Request request) {
        return new PortfolioFilter(given(request.query("phase")), given(request.query("domain")),
                given(request.query("status")));
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? "" : value.strip();
    }

    boolean admits(Assessment assessment) {
        return (phase.isEmpty() || phase.equals(spelling("project.phase", assessment.project().phase())))
                && (domain.isEmpty() || domain.equals(spelling("project.domain", assessment.project().domain())))
                && (status.isEmpty() || assessment.factors().stream()
                        .anyMatch(f -> f.status().name().toLowerCase(Locale.ROOT).equals(status)));
    }

    /** The spellings a facts file allows for a field, in the order of the fact model. */
    static List<String> spellings(String path) {
        return field(path).map(FactField::values).orElse(List.of());
    }

    static java.util.Optional<FactField> field(String path) {
        return FactField.sections().stream().flatMap(s -> s.withAllBelow().stream())
                .filter(f -> f.path().equals(path)).findFirst();
    }

    static List<String> statuses() {
        return java.util.Arrays.stream(Status.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static String spelling(String path, Enum<?> value) {
        return value == null ? null : spellings(path).get(value.ordinal());
    }
}
