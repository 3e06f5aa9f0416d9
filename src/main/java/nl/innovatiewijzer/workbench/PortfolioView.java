package nl.innovatiewijzer.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Status;

/**
 * What the portfolio page shows: every project with its nine statuses and its duties to do,
 * ranked as the portfolio report ranks them (factors at risk and duties to do together, then
 * recommendations of high priority), and the files that could not be assessed. Every word comes
 * from the knowledge base's labels.
 */
final class PortfolioView {

    private final Language language;
    private final Labels words;
    private final List<Row> ranked;
    private final List<AssessedProjects.Listed> leftOut;
    private final List<FactorResult> factors;
    private final PortfolioFilter filter;
    private final String problem;
    private final String token;

    PortfolioView(Language language, Labels words, List<AssessedProjects.Listed> projects, PortfolioFilter filter,
                  String problem, String token) {
        this.token = token;
        this.language = language;
        this.words = words;
        this.filter = filter;
        this.problem = problem == null ? "" : problem;
        List<Row> rows = new ArrayList<>();
        List<AssessedProjects.Listed> failed = new ArrayList<>();
        for (AssessedProjects.Listed project : projects) {
            if (project.assessment() == null) {
                failed.add(project);
            } else if (filter.admits(project.assessment())) {
                rows.add(Row.of(project.id(), project.assessment()));
            }
        }
        rows.sort(Comparator.comparingInt(Row::needsAttention).reversed()
                .thenComparing(Comparator.comparingInt(Row::highRecommendations).reversed())
                .thenComparing(Row::name, String.CASE_INSENSITIVE_ORDER));
        this.ranked = List.copyOf(rows);
        this.leftOut = List.copyOf(failed);
        this.factors = rows.isEmpty() ? List.of() : rows.get(0).assessment().factors();
    }

    String lang() {
        return language.code();
    }

    String word(String id, Object... values) {
        return words.text(id, values);
    }

    String count() {
        return ranked.size() == 1 ? words.text("project-count-one") : words.text("project-count", ranked.size());
    }

    /** The access token for the forms' changes; empty when none is in force. */
    String token() {
        return token == null ? "" : token;
    }

    PortfolioFilter filter() {
        return filter;
    }

    /** Why the last new project was not made; empty when nothing went wrong. */
    String problem() {
        return problem;
    }

    /** The values of a field to choose from, each with its word, the one the filter names chosen. */
    List<Questionnaire.Choice> choices(String path, String chosen) {
        return PortfolioFilter.field(path).map(field -> field.values().stream()
                .map(spelling -> new Questionnaire.Choice(spelling, field.word(words, spelling), spelling.equals(chosen)))
                .toList()).orElse(List.of());
    }

    List<Questionnaire.Choice> statusChoices() {
        return PortfolioFilter.statuses().stream().map(status -> new Questionnaire.Choice(status,
                words.text("status-" + status), status.equals(filter.status()))).toList();
    }

    List<Row> ranked() {
        return ranked;
    }

    List<AssessedProjects.Listed> leftOut() {
        return leftOut;
    }

    /** The nine factors, for the heads of the columns: their ids, with their titles. */
    List<FactorResult> factors() {
        return factors;
    }

    String status(Status status) {
        return words.text("status-" + cssClass(status));
    }

    static String cssClass(Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /**
     * One project in the ranking.
     *
     * @param id         its id, the name of its facts file
     * @param assessment its assessment
     */
    record Row(ProjectId id, Assessment assessment, int risks, int highRecommendations, int dutiesToDo) {

        static Row of(ProjectId id, Assessment assessment) {
            int risks = (int) assessment.factors().stream().filter(f -> f.status() == Status.RISK).count();
            int high = (int) assessment.recommendations().stream().filter(r -> r.priority() == Priority.HIGH).count();
            return new Row(id, assessment, risks, high, assessment.dutiesToDo().size());
        }

        String name() {
            return assessment.project().name();
        }

        String municipality() {
            return assessment.project().municipality() == null ? "" : assessment.project().municipality();
        }

        int needsAttention() {
            return risks + dutiesToDo;
        }
    }
}
