package nl.innovatiewijzer.report;

import java.util.ArrayList;
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
import nl.innovatiewijzer.ProjectSummary;
import nl.innovatiewijzer.Recommendation;
import nl.innovatiewijzer.Status;

/**
 * Many projects seen together: per factor how many projects stand STRONG, ATTENTION, RISK or
 * UNKNOWN, which recommendations are given most, and the projects ranked by their risks.
 *
 * @param language        the language of the assessments and of the summary
 * @param assessments     the projects, in the order they were given
 * @param factors         F1 .. F9, each with its count per status
 * @param recommendations every recommendation given, most frequent first
 * @param ranking         every project, most risks first
 */
public record Portfolio(Language language, List<Assessment> assessments, List<FactorTally> factors,
                        List<RecommendationTally> recommendations, List<RankedProject> ranking) {

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
     */
    public record RankedProject(ProjectSummary project, int risks, int highRecommendations) {
    }

    /** How many of the most frequent recommendations a report of the portfolio shows. */
    static final int SHOWN_RECOMMENDATIONS = 10;

    public Portfolio {
        assessments = List.copyOf(assessments);
        factors = List.copyOf(factors);
        recommendations = List.copyOf(recommendations);
        ranking = List.copyOf(ranking);
    }

    /**
     * Summarises assessments made in one language.
     *
     * @throws IllegalArgumentException when there are none, or they are in different languages
     */
    public static Portfolio of(List<Assessment> assessments) {
        if (assessments.isEmpty()) {
            throw new IllegalArgumentException("a portfolio needs at least one assessment");
        }
        Language language = assessments.get(0).language();
        if (assessments.stream().anyMatch(a -> a.language() != language)) {
            throw new IllegalArgumentException("the assessments of a portfolio are all in one language");
        }
        return new Portfolio(language, assessments, factors(assessments), recommendations(assessments),
                ranking(assessments));
    }

    /** The fixed words of a report, from the knowledge base of the first assessment. */
    public Labels labels() {
        return assessments.isEmpty() ? Labels.none(language) : assessments.get(0).labels();
    }

    /** The number of projects. */
    public int size() {
        return assessments.size();
    }

    private static List<FactorTally> factors(List<Assessment> assessments) {
        List<FactorTally> tallies = new ArrayList<>();
        for (FactorResult factor : assessments.get(0).factors()) {
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            for (Status status : Status.values()) {
                counts.put(status, 0);
            }
            for (Assessment assessment : assessments) {
                counts.merge(assessment.status(factor.id()), 1, Integer::sum);
            }
            tallies.add(new FactorTally(factor.id(), factor.title(), counts));
        }
        return tallies;
    }

    private static List<RecommendationTally> recommendations(List<Assessment> assessments) {
        Map<String, RecommendationTally> byId = new LinkedHashMap<>();
        for (Assessment assessment : assessments) {
            for (Recommendation r : assessment.recommendations()) {
                byId.merge(r.id(), new RecommendationTally(r.id(), r.factor(), r.title(), r.priority(), 1),
                        (a, b) -> new RecommendationTally(a.id(), a.factor(), a.title(),
                                a.priority().compareTo(b.priority()) <= 0 ? a.priority() : b.priority(),
                                a.projects() + b.projects()));
            }
        }
        return byId.values().stream()
                .sorted(Comparator.comparingInt(RecommendationTally::projects).reversed()
                        .thenComparing(RecommendationTally::priority)
                        .thenComparing(RecommendationTally::factor, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(RecommendationTally::id))
                .toList();
    }

    private static List<RankedProject> ranking(List<Assessment> assessments) {
        // a stable sort: projects that tie keep the order they were given in
        return assessments.stream()
                .map(a -> new RankedProject(a.project(),
                        (int) a.factors().stream().filter(f -> f.status() == Status.RISK).count(),
                        (int) a.recommendations().stream().filter(r -> r.priority() == Priority.HIGH).count()))
                .sorted(Comparator.comparingInt(RankedProject::risks).reversed()
                        .thenComparing(Comparator.comparingInt(RankedProject::highRecommendations).reversed()))
                .toList();
    }
}
