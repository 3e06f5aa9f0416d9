package nl.innovatiewijzer.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.rules.Candidate;
import nl.innovatiewijzer.rules.Duty;
import nl.innovatiewijzer.rules.Question;
import nl.innovatiewijzer.rules.Recommended;

/**
 * The second stage of an assessment: once the advice rules have fired, what they said becomes
 * facts the plan rules match ({@link Recommended}, {@link Duty}, {@link Question}), inserted into
 * the same session, which fires again. Only plan rules match them, so the advice of the first
 * stage stands as it was; the plan rules only propose next steps.
 */
final class PlanStage {

    private PlanStage() {
    }

    /** True when the knowledge base has plan rules: without them there is no second stage. */
    static boolean plans(CompiledKnowledge knowledge) {
        for (RuleInfo rule : knowledge.allRules()) {
            if (rule.plans()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the advice said, as the plan rules see it: each recommended action once at its highest
     * priority, each duty with its most pressing state and whether it is in force on {@code day},
     * each open question with the duties in force that it could change.
     */
    static List<Candidate> candidates(RecordedAdvice advice, Duties duties, LocalDate day) {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, RecordedAdvice.Advised> strongest = new LinkedHashMap<>();
        for (RecordedAdvice.Advised advised : advice.recommendations()) {
            strongest.merge(advised.rule().action(), advised,
                    (a, b) -> b.priority().compareTo(a.priority()) < 0 ? b : a);
        }
        for (RecordedAdvice.Advised advised : strongest.values()) {
            Priority priority = advised.priority();
            candidates.add(new Recommended(advised.rule().action(), advised.rule().factor(), priority));
        }
        Map<String, ObligationState> states = new LinkedHashMap<>();
        for (RecordedAdvice.Decided decided : advice.obligations()) {
            states.merge(decided.rule().obligation(), decided.state(), ObligationState::mostPressing);
        }
        for (Map.Entry<String, ObligationState> state : states.entrySet()) {
            Duties.Duty data = duties.duty(state.getKey());
            candidates.add(new Duty(state.getKey(), state.getValue(), data == null ? null : data.kind(),
                    inForce(duties, state.getKey(), day)));
        }
        Map<String, String> factors = new LinkedHashMap<>();
        Map<String, Set<String>> decides = new LinkedHashMap<>();
        for (RuleInfo rule : advice.missingFacts()) {
            factors.putIfAbsent(rule.missing(), rule.factor());
            Set<String> named = decides.computeIfAbsent(rule.missing(), k -> new LinkedHashSet<>());
            if (rule.obligation() != null && !rule.obligation().isEmpty() && inForce(duties, rule.obligation(), day)) {
                named.add(rule.obligation()); // a duty that does not apply yet is decided by nothing asked now
            }
        }
        for (Map.Entry<String, String> field : factors.entrySet()) {
            candidates.add(new Question(field.getKey(), field.getValue(), List.copyOf(decides.get(field.getKey()))));
        }
        return candidates;
    }

    /** Whether the duty applies on {@code day}; one without a date always does. */
    private static boolean inForce(Duties duties, String id, LocalDate day) {
        Duties.Duty data = duties.duty(id);
        return data == null || data.inForce(day);
    }
}
