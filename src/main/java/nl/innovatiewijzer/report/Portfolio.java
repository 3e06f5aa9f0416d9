package nl.innovatiewijzer.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectSummary;
import nl.innovatiewijzer.Recommendation;
import nl.innovatiewijzer.Status;

/**
 * Many projects seen together: per factor how many projects stand STRONG, ATTENTION, RISK or
 * UNKNOWN, which recommendations are given most, and the projects ranked by their risks.
 *
 * @param language        the language of the assessments and of the summary
 * @param labels          the fixed words of a report, from the knowledge base of the first assessment
 * @param assessments     the projects, in the order they were given; empty when the portfolio was
 *                        made by a {@link Builder}, which keeps only the summary
 * @param factors         F1 .. F9, each with its count per status
 * @param recommendations every recommendation given, most frequent first
 * @param ranking         every project, most risks first
 * @param leftOut         the files given that were not assessed, so not counted, each with why, in the
 *                        order they were met; a summary that leaves one out says so
 */
public record Portfolio(Language language, Labels labels, List<Assessment> assessments, List<FactorTally> factors,
                        List<RecommendationTally> recommendations, List<RankedProject> ranking, List<LeftOut> leftOut) {

    /**
     * One factor across the projects.
     *
     * @param id     F1 .. F9
     * @param title  the factor's name
     * @param counts the number of projects per status, every status present
     */
    public record FactorTally(String id, String title, Map<Status, Integer> counts) {

        public FactorTally {
            counts = Map.copyOf(counts);
        }

        /** The number of projects with this status for the factor. */
        public int count(Status status) {
            return counts.getOrDefault(status, 0);
        }
    }

    /**
     * One recommendation across the projects.
     *
     * @param id       the recommendation's stable id
     * @param factor   the factor it strengthens
     * @param title    its title
     * @param priority the highest priority it was given in any project
     * @param projects the number of projects it was given to
     */
    public record RecommendationTally(String id, String factor, String title, Priority priority, int projects) {
    }

    /**
     * One project's place in the ranking.
     *
     * @param project             the project
     * @param risks               its number of factors with status RISK
     * @param highRecommendations its number of recommendations with priority HIGH
     * @param dutiesToDo          its number of duties in force and not done
     */
    public record RankedProject(ProjectSummary project, int risks, int highRecommendations, int dutiesToDo) {

        /** A project without duties to do. */
        public RankedProject(ProjectSummary project, int risks, int highRecommendations) {
            this(project, risks, highRecommendations, 0);
        }

        /** What ranks a project as needing attention first: its factors at risk and its duties to do, together. */
        public int needsAttention() {
            return risks + dutiesToDo;
        }
    }

    /**
     * A file given for the portfolio that was not assessed, so that the summary says what it does not count.
     *
     * @param file     the file as the user named it
     * @param reason   why it was left out
     * @param problems what is wrong with it, one per problem, with line and column where known
     */
    public record LeftOut(String file, Reason reason, List<Problem> problems) {

        public LeftOut {
            problems = List.copyOf(problems);
        }

        /** Why a file was left out. */
        public enum Reason {
            /** It could not be read as a facts file: it breaks the facts contract, or is too large, or empty. */
            INVALID,
            /** It was not read at all: an entry of a folder that is no regular file (a broken link, a FIFO). */
            SKIPPED,
            /** Its facts were read, but a rule failed while assessing them. */
            NOT_ASSESSED
        }
    }

    /** How many of the most frequent recommendations a report of the portfolio shows. */
    static final int SHOWN_RECOMMENDATIONS = 10;

    /** How many problems of a file left out a report of the portfolio shows. */
    static final int SHOWN_PROBLEMS = 5;

    public Portfolio {
        labels = labels == null ? Labels.none(language) : labels;
        assessments = List.copyOf(assessments);
        factors = List.copyOf(factors);
        recommendations = List.copyOf(recommendations);
        ranking = List.copyOf(ranking);
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
    }

    /** A summary in which every file given was assessed. */
    public Portfolio(Language language, Labels labels, List<Assessment> assessments, List<FactorTally> factors,
                     List<RecommendationTally> recommendations, List<RankedProject> ranking) {
        this(language, labels, assessments, factors, recommendations, ranking, List.of());
    }

    /**
     * Summarises assessments made in one language, and keeps them for a report of them all.
     *
     * @throws IllegalArgumentException when there are none, or they are in different languages
     */
    public static Portfolio of(List<Assessment> assessments) {
        Builder builder = builder();
        assessments.forEach(builder::add);
        return builder.build(assessments);
    }

    /**
     * Starts a summary to which assessments are added one at a time, for more projects than fit
     * in memory at once: only what the summary shows is kept of each.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of projects. */
    public int size() {
        return ranking.size();
    }

    /**
     * Adds up assessments one at a time into a {@link Portfolio} that keeps no assessment, only
     * its counts, its recommendations and its place in the ranking. Not for use by several threads at once.
     */
    public static final class Builder {

        private Language language;
        private Labels labels;
        private final Map<String, String> factorTitles = new LinkedHashMap<>();
        private final Map<String, Map<Status, Integer>> factorCounts = new LinkedHashMap<>();
        private final Map<String, RecommendationTally> recommendations = new LinkedHashMap<>();
        private final List<RankedProject> projects = new ArrayList<>();
        private final List<LeftOut> leftOut = new ArrayList<>();

        private Builder() {
        }

        /** Notes a file that was given but not assessed, so that the summary lists it with why. */
        public Builder leaveOut(LeftOut file) {
            leftOut.add(file);
            return this;
        }

        /**
         * Counts one more project; the factors are those of the first assessment added.
         *
         * @throws IllegalArgumentException when it is in another language than the first assessment added
         */
        public Builder add(Assessment assessment) {
            if (language == null) {
                language = assessment.language();
                labels = assessment.labels();
                for (FactorResult factor : assessment.factors()) {
                    factorTitles.put(factor.id(), factor.title());
                    Map<Status, Integer> counts = new EnumMap<>(Status.class);
                    for (Status status : Status.values()) {
                        counts.put(status, 0);
                    }
                    factorCounts.put(factor.id(), counts);
                }
            } else if (assessment.language() != language) {
                throw new IllegalArgumentException("the assessments of a portfolio are all in one language");
            }
            factorCounts.forEach((id, counts) -> counts.merge(assessment.status(id), 1, Integer::sum));
            int high = 0;
            for (Recommendation r : assessment.recommendations()) {
                recommendations.merge(r.id(), new RecommendationTally(r.id(), r.factor(), r.title(), r.priority(), 1),
                        (a, b) -> new RecommendationTally(a.id(), a.factor(), a.title(),
                                a.priority().compareTo(b.priority()) <= 0 ? a.priority() : b.priority(),
                                a.projects() + b.projects()));
                high += r.priority() == Priority.HIGH ? 1 : 0;
            }
            int risks = (int) assessment.factors().stream().filter(f -> f.status() == Status.RISK).count();
            projects.add(new RankedProject(assessment.project(), risks, high, assessment.dutiesToDo().size()));
            return this;
        }

        /** The number of projects added so far. */
        public int size() {
            return projects.size();
        }

        /**
         * The summary of the projects added so far; its {@link Portfolio#assessments()} is empty.
         *
         * @throws IllegalArgumentException when none was added
         */
        public Portfolio build() {
            return build(List.of());
        }

        private Portfolio build(List<Assessment> kept) {
            if (projects.isEmpty()) {
                throw new IllegalArgumentException("a portfolio needs at least one assessment");
            }
            List<FactorTally> factors = new ArrayList<>();
            factorCounts.forEach((id, counts) -> factors.add(new FactorTally(id, factorTitles.get(id), counts)));
            return new Portfolio(language, labels, kept, factors, byFrequency(recommendations.values()), byRisk(projects),
                    leftOut);
        }

        private static List<RecommendationTally> byFrequency(Collection<RecommendationTally> tallies) {
            return tallies.stream()
                    .sorted(Comparator.comparingInt(RecommendationTally::projects).reversed()
                            .thenComparing(RecommendationTally::priority)
                            .thenComparing(RecommendationTally::factor, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(RecommendationTally::id))
                    .toList();
        }

        private static List<RankedProject> byRisk(List<RankedProject> projects) {
            // a duty to do needs attention as a factor at risk does; a stable sort: projects that tie keep their order
            return projects.stream()
                    .sorted(Comparator.comparingInt(RankedProject::needsAttention).reversed()
                            .thenComparing(Comparator.comparingInt(RankedProject::highRecommendations).reversed()))
                    .toList();
        }
    }
}
