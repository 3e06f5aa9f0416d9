package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.FiredRule;
import nl.innovatiewijzer.KnowledgeBaseInfo;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.ProjectSummary;
import nl.innovatiewijzer.Recommendation;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.rules.Reason;

/**
 * Turns what the rules said into an {@link Assessment} in one language, by the contract's rules:
 * the worst status wins per factor, a factor nobody rated is UNKNOWN, an action recommended twice
 * is listed once at its highest priority, and every list has a fixed order.
 */
final class AssessmentAssembler {

    private static final Comparator<Recommendation> RECOMMENDATION_ORDER = Comparator.comparing(Recommendation::priority)
            .thenComparing(Recommendation::factor, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Recommendation::id);

    private static final Comparator<MissingFact> MISSING_FACT_ORDER =
            Comparator.comparing(MissingFact::factor).thenComparing(MissingFact::field);

    private static final Comparator<RecordedAdvice.Rating> WORST_FIRST =
            Comparator.comparing(RecordedAdvice.Rating::status, Comparator.reverseOrder())
                    .thenComparing(r -> r.rule().finding());

    private AssessmentAssembler() {
    }

    static Assessment assemble(RecordedAdvice advice, CompiledKnowledge knowledge, Frame frame, KnowledgeBaseInfo info,
                               ProjectFacts facts, Language language) {
        TextCatalogue texts = knowledge.texts();
        List<MissingFact> missing = missingFacts(advice, texts, language);
        return new Assessment(
                new ProjectSummary(facts.project().name(), facts.project().municipality()),
                language, info,
                factors(advice, frame.factors(), missing, texts, language),
                recommendations(advice, texts, language),
                missing,
                obligations(advice, frame, texts, language),
                firedRules(advice),
                frame.labels().get(language));
    }

    private static List<FiredRule> firedRules(RecordedAdvice advice) {
        List<FiredRule> fired = new ArrayList<>(advice.firings().size());
        for (RecordedAdvice.Firing firing : advice.firings()) {
            fired.add(new FiredRule(firing.rule().name(), firing.rule().file(), firing.facts()));
        }
        return fired;
    }

    private static List<FactorResult> factors(RecordedAdvice advice, List<String> factorIds, List<MissingFact> missing,
                                              TextCatalogue texts, Language language) {
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
                String finding = texts.text(TextKind.FINDINGS, rating.rule().finding(), language, rating.values().toArray());
                if (!findings.contains(finding)) { // a factor has a few findings at most
                    findings.add(finding);
                }
            }
            int open = (int) missing.stream().filter(question -> factor.equals(question.factor())).count();
            factors.add(new FactorResult(factor, texts.text(TextKind.FACTORS, factor, language), status, findings, open));
        }
        return factors;
    }

    private static List<Recommendation> recommendations(RecordedAdvice advice, TextCatalogue texts, Language language) {
        Map<String, RecordedAdvice.Advised> strongest = new LinkedHashMap<>();
        Map<String, Set<String>> because = new LinkedHashMap<>();
        for (RecordedAdvice.Advised advised : advice.recommendations()) {
            String id = advised.rule().action();
            RecordedAdvice.Advised earlier = strongest.get(id);
            if (earlier == null || advised.priority().compareTo(earlier.priority()) < 0) {
                strongest.put(id, advised);
            }
            Set<String> lines = because.computeIfAbsent(id, k -> new LinkedHashSet<>());
            for (Reason reason : advised.because()) {
                lines.add(line(reason, texts, language));
            }
        }
        List<Recommendation> recommendations = new ArrayList<>(strongest.size());
        for (RecordedAdvice.Advised advised : strongest.values()) {
            String id = advised.rule().action();
            recommendations.add(new Recommendation(id, advised.rule().factor(), advised.priority(),
                    texts.text(TextKind.ACTIONS, id, "title", language),
                    texts.text(TextKind.ACTIONS, id, "action", language),
                    List.copyOf(because.get(id)), advised.rule().name(), advised.rule().file()));
        }
        recommendations.sort(RECOMMENDATION_ORDER);
        return recommendations;
    }

    private static List<MissingFact> missingFacts(RecordedAdvice advice, TextCatalogue texts, Language language) {
        Map<String, MissingFact> byField = new TreeMap<>();
        for (RuleInfo rule : advice.missingFacts()) {
            byField.putIfAbsent(rule.missing(), new MissingFact(rule.missing(), rule.factor(),
                    texts.text(TextKind.QUESTIONS, rule.missing(), language)));
        }
        List<MissingFact> missing = new ArrayList<>(byField.values());
        missing.sort(MISSING_FACT_ORDER);
        return missing;
    }

    private static List<Obligation> obligations(RecordedAdvice advice, Frame frame, TextCatalogue texts,
                                                Language language) {
        Map<String, ObligationState> states = new LinkedHashMap<>();
        Map<String, Set<String>> because = new LinkedHashMap<>();
        for (RecordedAdvice.Decided decided : advice.obligations()) {
            String id = decided.rule().obligation();
            states.merge(id, decided.state(), ObligationState::mostPressing);
            Set<String> lines = because.computeIfAbsent(id, k -> new LinkedHashSet<>());
            for (Reason reason : decided.because()) {
                lines.add(line(reason, texts, language));
            }
        }
        List<Obligation> obligations = new ArrayList<>(states.size());
        for (Map.Entry<String, ObligationState> state : states.entrySet()) {
            String id = state.getKey();
            obligations.add(new Obligation(id, texts.text(TextKind.OBLIGATIONS, id, language), state.getValue(),
                    List.copyOf(because.get(id))));
        }
        obligations.sort(Comparator.comparingInt((Obligation o) -> frame.dutyRank(o.id())).thenComparing(Obligation::id));
        return obligations;
    }

    /** A reason as the report shows it: a fact with its value, the same in every language, or the reason's text. */
    private static String line(Reason reason, TextCatalogue texts, Language language) {
        if (reason.isFact()) {
            return reason.field() + " = " + FactValues.format(reason.value(), language);
        }
        return texts.text(TextKind.REASONS, reason.reasonId(), language, reason.values().toArray());
    }
}
