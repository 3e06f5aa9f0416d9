package nl.innovatiewijzer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of running one project's facts through the knowledge base: the nine factors, the
 * recommended actions, the missing facts and the obligations. Immutable; {@link #toJson()} gives
 * the JSON form of the assessment contract, byte for byte the same for the same facts and rules.
 *
 * @param project         the project assessed
 * @param language        the language of every text in it
 * @param knowledgeBase   the knowledge base that judged it
 * @param factors         always nine, F1 .. F9 in order
 * @param recommendations by priority, then factor, then id
 * @param missingFacts    facts whose absence kept a factor from being judged
 * @param obligations     the duties the facts trigger
 * @param firedRules      every rule that fired, in firing order, with the facts it matched
 * @param labels          the fixed words of a report in the assessment's language, from the knowledge base
 * @param nextSteps       at most three steps to take first, in the order the rules put them; empty
 *                        when there is nothing to do
 * @param improvements    what would make each factor strong and each duty done, when asked for
 *                        ({@link #withImprovements(List)}); null when not asked, so that the JSON
 *                        has no {@code improvements} then
 */
public record Assessment(ProjectSummary project, Language language, KnowledgeBaseInfo knowledgeBase,
                         List<FactorResult> factors, List<Recommendation> recommendations,
                         List<MissingFact> missingFacts, List<Obligation> obligations,
                         List<FiredRule> firedRules, Labels labels, List<NextStep> nextSteps,
                         List<Improvement> improvements) {

    public Assessment {
        improvements = improvements == null ? null : List.copyOf(improvements);
        labels = labels == null ? Labels.none(language) : labels;
        nextSteps = nextSteps == null ? List.of() : List.copyOf(nextSteps);
        factors = List.copyOf(factors);
        recommendations = List.copyOf(recommendations);
        missingFacts = List.copyOf(missingFacts);
        obligations = List.copyOf(obligations);
        firedRules = List.copyOf(firedRules);
    }

    /** An assessment without improvement paths: they were not asked for. */
    public Assessment(ProjectSummary project, Language language, KnowledgeBaseInfo knowledgeBase,
                      List<FactorResult> factors, List<Recommendation> recommendations,
                      List<MissingFact> missingFacts, List<Obligation> obligations, List<FiredRule> firedRules,
                      Labels labels, List<NextStep> nextSteps) {
        this(project, language, knowledgeBase, factors, recommendations, missingFacts, obligations, firedRules,
                labels, nextSteps, null);
    }

    /** An assessment without next steps. */
    public Assessment(ProjectSummary project, Language language, KnowledgeBaseInfo knowledgeBase,
                      List<FactorResult> factors, List<Recommendation> recommendations,
                      List<MissingFact> missingFacts, List<Obligation> obligations, List<FiredRule> firedRules,
                      Labels labels) {
        this(project, language, knowledgeBase, factors, recommendations, missingFacts, obligations, firedRules,
                labels, List.of());
    }

    /** An assessment without the report's words, which then show as their ids. */
    public Assessment(ProjectSummary project, Language language, KnowledgeBaseInfo knowledgeBase,
                      List<FactorResult> factors, List<Recommendation> recommendations,
                      List<MissingFact> missingFacts, List<Obligation> obligations, List<FiredRule> firedRules) {
        this(project, language, knowledgeBase, factors, recommendations, missingFacts, obligations, firedRules,
                Labels.none(language));
    }

    /** This assessment with the improvement paths asked for, from {@link Advisor#improvements(ProjectFacts, Language)}. */
    public Assessment withImprovements(List<Improvement> improvements) {
        Objects.requireNonNull(improvements, "improvements");
        return new Assessment(project, language, knowledgeBase, factors, recommendations, missingFacts, obligations,
                firedRules, labels, nextSteps, improvements);
    }

    /** True when the improvement paths were asked for, so that {@link #improvements()} is not null. */
    public boolean hasImprovements() {
        return improvements != null;
    }

    /** The date the assessment speaks for (see {@link ProjectSummary#assessedOn()}). */
    public LocalDate assessedOn() {
        return project.assessedOn();
    }

    /** The factor with this id (F1 .. F9), if there is one. */
    public Optional<FactorResult> factor(String id) {
        return factors.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The status of the factor with this id; UNKNOWN for an id that is not a factor. */
    public Status status(String factorId) {
        return factor(factorId).map(FactorResult::status).orElse(Status.UNKNOWN);
    }

    /** The recommendation with this id, if the assessment has it. */
    public Optional<Recommendation> recommendation(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The obligation with this id, if the facts trigger it. */
    public Optional<Obligation> obligation(String id) {
        return obligations.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The obligations the project still has to fulfil: in force and not done, in the order of {@link #obligations()}. */
    public List<Obligation> dutiesToDo() {
        return obligations.stream().filter(Obligation::toDo).toList();
    }

    /**
     * Whether some duty cannot be decided yet: a missing fact could change an obligation. A report
     * then says so, and never that the facts bring no duties.
     */
    public boolean dutiesUndecided() {
        return missingFacts.stream().flatMap(m -> m.couldChange().stream()).anyMatch(id -> factor(id).isEmpty());
    }

    /** The assessment as the JSON of the assessment contract, pretty-printed, ending in a newline. */
    public String toJson() {
        return AssessmentJson.write(this);
    }
}
