package nl.innovatiewijzer.report;

import static nl.innovatiewijzer.Status.ATTENTION;
import static nl.innovatiewijzer.Status.RISK;
import static nl.innovatiewijzer.Status.STRONG;
import static nl.innovatiewijzer.Status.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.innovatiewijzer.Assessment;
import org.junit.jupiter.api.Test;

/** A portfolio added up one assessment at a time, for more projects than fit in memory. */
class PortfolioBuilderTest {

    private static final List<Assessment> PROJECTS = List.of(
            Examples.withStatuses("A", List.of(STRONG, RISK, UNKNOWN, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG),
                    "F2-secure-budget"),
            Examples.withStatuses("B", List.of(RISK, ATTENTION, UNKNOWN, RISK, STRONG, STRONG, STRONG, STRONG, RISK),
                    "F1-appoint", "F2-secure-budget"),
            Examples.withStatuses("C", List.of(RISK, ATTENTION, UNKNOWN, ATTENTION, STRONG, STRONG, STRONG, STRONG,
                    UNKNOWN)));

    @Test
    void theSummaryIsTheSameAsThatOfAllAssessmentsAtOnceWithoutKeepingThem() {
        Portfolio.Builder builder = Portfolio.builder();
        PROJECTS.forEach(builder::add);

        Portfolio summary = builder.build();
        Portfolio whole = Portfolio.of(PROJECTS);

        assertEquals(List.of(), summary.assessments());
        assertEquals(3, summary.size());
        assertEquals(whole.factors(), summary.factors());
        assertEquals(whole.recommendations(), summary.recommendations());
        assertEquals(whole.ranking(), summary.ranking());
        assertEquals(whole.labels(), summary.labels());
        assertEquals(whole.language(), summary.language());
    }

    @Test
    void everyRendererShowsTheSameSummaryFromEither() {
        Portfolio.Builder builder = Portfolio.builder();
        PROJECTS.forEach(builder::add);

        for (ReportFormat format : ReportFormat.values()) {
            assertEquals(format.renderer().portfolio(Portfolio.of(PROJECTS)), format.renderer().portfolio(builder.build()),
                    format.name());
        }
    }

    @Test
    void aBuilderWithoutAssessmentsHasNoSummary() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Portfolio.builder().build());

        assertEquals("a portfolio needs at least one assessment", e.getMessage());
    }

    @Test
    void anAssessmentInAnotherLanguageIsRefused() {
        Portfolio.Builder builder = Portfolio.builder().add(Examples.pilot("NL"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.add(Examples.pilotInEnglish("EN")));

        assertEquals("the assessments of a portfolio are all in one language", e.getMessage());
        assertEquals(1, builder.size());
    }
}
