package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Evidence;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.FiredRule;
import nl.innovatiewijzer.KnowledgeBaseInfo;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.ProjectSummary;
import nl.innovatiewijzer.facts.AssessmentInfo;
import nl.innovatiewijzer.Recommendation;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.rules.Reason;
import nl.innovatiewijzer.rules.Recommended;

/**
 * Turns what the rules said into an {@link Assessment} in one language, by the contract's rules:
 * the worst status wins per factor, a factor nobody rated is UNKNOWN, an action recommended twice
 * is listed once at its highest priority, an action covered by another one recommended is listed
 * under that one ({@link Covering}), the missing facts come most valuable first
 * ({@link QuestionOrder}), and every list has a fixed order.
 */
final class AssessmentAssembler {

    private static final Comparator<Recommendation> RECOMMENDATION_ORDER = Comparator.comparing(Recommendation::priority)
            .thenComparing(Recommendation::factor, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Recommendation::id);

    private static final Comparator<RecordedAdvice.Rating> WORST_FIRST =
            Comparator.comparing(RecordedAdvice.Rating::status, Comparator.reverseOrder())
                    .thenComparing(r -> r.rule().finding());

    private AssessmentAssembler() {
    }

    /** The project as the facts name it, and the date the assessment speaks for: theirs, else today. */
    private static ProjectSummary summary(ProjectFacts facts) {
        AssessmentInfo assessment = facts.assessment();
        return new ProjectSummary(facts.project().name(), facts.project().municipality(), facts.project().domain(),
                facts.project().phase(), assessedOn(facts), assessment == null ? null : assessment.assessedBy());
    }

    /** The assessment of what the rules said; {@code reach} is what the answers to the open questions can change, null when they were not tried. */
    static Assessment assemble(RecordedAdvice advice, Map<String, AnswerTrials.Reach> reach, CompiledKnowledge knowledge,
                               Frame frame, KnowledgeBaseInfo info, ProjectFacts facts, Language language) {
        TextCatalogue texts = knowledge.texts();
        FactWords words = new FactWords(frame.labels().get(language));
        List<MissingFact> missing = QuestionOrder.of(advice, reach, frame, texts, language);
        ProjectSummary project = summary(facts);
        List<Recommendation> recommendations = recommendations(advice, texts, words, language);
        List<Obligation> obligations = withDutyData(obligations(advice, frame, texts, words, language), texts.duties(),
                project.assessedOn(), language);
        return new Assessment(
                project,
                language, info,
                factors(advice, frame.factors(), missing, texts, words, language),
                recommendations,
                missing,
                obligations,
                firedRules(advice),
                frame.labels().get(language),
                NextSteps.of(listedAs(advice, texts.covering(), recommendations), recommendations, obligations, missing,
                        texts, language));
    }

    /**
     * The plan rules' proposals, an action that another covers proposed as the action it is listed
     * under: the plan sees what the rules advised, the report lists the covering action.
     */
    private static List<RecordedAdvice.Proposed> listedAs(RecordedAdvice advice, Covering covering,
                                                          List<Recommendation> recommendations) {
        Set<String> advised = new LinkedHashSet<>();
        for (RecordedAdvice.Advised a : advice.recommendations()) {
            advised.add(a.rule().action());
        }
        List<RecordedAdvice.Proposed> proposed = new ArrayList<>(advice.steps().size());
        for (RecordedAdvice.Proposed step : advice.steps()) {
            if (step.candidate() instanceof Recommended action) {
                String under = covering.listedUnder(action.action(), advised);
                if (!under.equals(action.action())) {
                    Recommendation listed = recommendations.stream().filter(r -> r.id().equals(under)).findFirst()
                            .orElseThrow();
                    step = new RecordedAdvice.Proposed(step.rule(),
                            new Recommended(listed.id(), listed.factor(), listed.priority()), step.order());
                }
            }
            proposed.add(step);
        }
        return proposed;
    }

    /** The day an assessment speaks for: the facts' own date, else today. */
    static LocalDate assessedOn(ProjectFacts facts) {
        AssessmentInfo assessment = facts.assessment();
        return assessment != null && assessment.date() != null ? assessment.date() : LocalDate.now();
    }

    /**
     * Each obligation with what the knowledge base says of its duty: law or policy, its basis, and
     * from which day it applies; a duty that applies only after {@code day} is not in force.
     */
    private static List<Obligation> withDutyData(List<Obligation> obligations, Duties duties, LocalDate day,
                                                 Language language) {
        List<Obligation> dated = new ArrayList<>(obligations.size());
        for (Obligation o : obligations) {
            Duties.Duty duty = duties.duty(o.id());
            dated.add(duty == null ? o : new Obligation(o.id(), o.title(), o.state(), o.because(), o.evidence(),
                    duty.kind(), duty.basis(language), duty.appliesFrom(), duty.inForce(day)));
        }
        return dated;
    }

    private static List<FiredRule> firedRules(RecordedAdvice advice) {
        List<FiredRule> fired = new ArrayList<>(advice.firings().size());
        for (RecordedAdvice.Firing firing : advice.firings()) {
            fired.add(new FiredRule(firing.rule().name(), firing.rule().file(), firing.facts()));
        }
        return fired;
    }

    private static List<FactorResult> factors(RecordedAdvice advice, List<String> factorIds, List<MissingFact> missing,
                                              TextCatalogue texts, FactWords words, Language language) {
        List<List<RecordedAdvice.Rating>> byFactor = new ArrayList<>(factorIds.size());
        for (int i = 0; i < factorIds.size(); i++) {
            byFactor.add(new ArrayList<>(2));
        }
        for (RecordedAdvice.Rating rating : advice.ratings()) {
            int factor = factorIds.indexOf(rating.rule().factor());
            if (factor >= 0) {
                byFactor.get(factor).add(rating);
            }
        }
        List<FactorResult> factors = new ArrayList<>(factorIds.size());
        for (int i = 0; i < factorIds.size(); i++) {
            String factor = factorIds.get(i);
            List<RecordedAdvice.Rating> ratings = byFactor.get(i);
            if (ratings.size() > 1) {
                ratings.sort(WORST_FIRST);
            }
            Status status = Status.UNKNOWN;
            List<String> findings = new ArrayList<>(ratings.size());
            for (RecordedAdvice.Rating rating : ratings) {
                status = status.worst(rating.status());
                String finding = texts.text(TextKind.FINDINGS, rating.rule().finding(), language,
                        fillings(rating.values(), words));
                if (!findings.contains(finding)) { // a factor has a few findings at most
                    findings.add(finding);
                }
            }
            int open = (int) missing.stream().filter(question -> factor.equals(question.factor())).count();
            factors.add(new FactorResult(factor, texts.text(TextKind.FACTORS, factor, language), status, findings, open));
        }
        return factors;
    }

    private static List<Recommendation> recommendations(RecordedAdvice advice, TextCatalogue texts, FactWords words,
                                                        Language language) {
        Map<String, RecordedAdvice.Advised> strongest = new LinkedHashMap<>();
        Map<String, Set<String>> because = new LinkedHashMap<>();
        Map<String, Set<Evidence>> evidence = new LinkedHashMap<>();
        for (RecordedAdvice.Advised advised : advice.recommendations()) {
            String id = advised.rule().action();
            RecordedAdvice.Advised earlier = strongest.get(id);
            if (earlier == null || advised.priority().compareTo(earlier.priority()) < 0) {
                strongest.put(id, advised);
            }
            Set<String> lines = because.computeIfAbsent(id, k -> new LinkedHashSet<>());
            Set<Evidence> facts = evidence.computeIfAbsent(id, k -> new LinkedHashSet<>());
            for (Reason reason : advised.because()) {
                lines.add(line(reason, texts, words, language));
                addEvidence(facts, reason);
            }
        }
        cover(strongest, because, evidence, texts.covering());
        List<Recommendation> recommendations = new ArrayList<>(strongest.size());
        for (RecordedAdvice.Advised advised : strongest.values()) {
            String id = advised.rule().action();
            recommendations.add(new Recommendation(id, advised.rule().factor(), advised.priority(),
                    texts.text(TextKind.ACTIONS, id, "title", language),
                    texts.text(TextKind.ACTIONS, id, "action", language),
                    List.copyOf(because.get(id)), advised.rule().name(), advised.rule().file(),
                    List.copyOf(evidence.get(id))));
        }
        recommendations.sort(RECOMMENDATION_ORDER);
        return recommendations;
    }

    /**
     * Lists each action that another recommended action covers under that one: the covering action
     * takes the covered one's reasons and evidence after its own, and the higher of the two priorities.
     */
    private static void cover(Map<String, RecordedAdvice.Advised> strongest, Map<String, Set<String>> because,
                              Map<String, Set<Evidence>> evidence, Covering covering) {
        Set<String> recommended = Set.copyOf(strongest.keySet());
        for (String id : List.copyOf(strongest.keySet())) {
            String under = covering.listedUnder(id, recommended);
            if (under.equals(id)) {
                continue;
            }
            RecordedAdvice.Advised covered = strongest.remove(id);
            RecordedAdvice.Advised listed = strongest.get(under);
            if (covered.priority().compareTo(listed.priority()) < 0) {
                strongest.put(under, new RecordedAdvice.Advised(listed.rule(), covered.priority(), listed.because()));
            }
            because.get(under).addAll(because.remove(id));
            evidence.get(under).addAll(evidence.remove(id));
        }
    }

    private static List<Obligation> obligations(RecordedAdvice advice, Frame frame, TextCatalogue texts,
                                                FactWords words, Language language) {
        Map<String, ObligationState> states = new LinkedHashMap<>();
        Map<String, Set<String>> because = new LinkedHashMap<>();
        Map<String, Set<Evidence>> evidence = new LinkedHashMap<>();
        for (RecordedAdvice.Decided decided : advice.obligations()) {
            String id = decided.rule().obligation();
            states.merge(id, decided.state(), ObligationState::mostPressing);
            Set<String> lines = because.computeIfAbsent(id, k -> new LinkedHashSet<>());
            Set<Evidence> facts = evidence.computeIfAbsent(id, k -> new LinkedHashSet<>());
            for (Reason reason : decided.because()) {
                lines.add(line(reason, texts, words, language));
                addEvidence(facts, reason);
            }
        }
        List<Obligation> obligations = new ArrayList<>(states.size());
        for (Map.Entry<String, ObligationState> state : states.entrySet()) {
            String id = state.getKey();
            obligations.add(new Obligation(id, texts.text(TextKind.OBLIGATIONS, id, language), state.getValue(),
                    List.copyOf(because.get(id)), List.copyOf(evidence.get(id))));
        }
        obligations.sort(Comparator.comparingInt((Obligation o) -> frame.dutyRank(o.id())).thenComparing(Obligation::id));
        return obligations;
    }

    /**
     * A reason as the report shows it, in the report's words: a fact by its name and the word for
     * its value, or the reason's text with its values in words.
     */
    private static String line(Reason reason, TextCatalogue texts, FactWords words, Language language) {
        if (reason.isFact()) {
            return words.fact(reason.field(), reason.value());
        }
        return texts.text(TextKind.REASONS, reason.reasonId(), language, fillings(reason.values(), words));
    }

    private static void addEvidence(Set<Evidence> facts, Reason reason) {
        if (reason.isFact()) {
            facts.add(new Evidence(reason.field(), FactWords.evidence(reason.value())));
        }
    }

    private static Object[] fillings(List<Object> values, FactWords words) {
        Object[] filled = new Object[values.size()];
        for (int i = 0; i < filled.length; i++) {
            filled[i] = words.filling(values.get(i));
        }
        return filled;
    }
}
