package nl.innovatiewijzer.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Status;

/**
 * What the rules say of a project, as far as trying a change needs: the status of each factor the
 * rules rated, the state of each duty they decided, and the first steps the plan rules chose.
 *
 * @param factors the status of each rated factor; a factor nobody rated is not in it (unknown)
 * @param duties  the state of each duty decided
 * @param steps   the next steps, each as its kind and id ({@code QUESTION:team.members})
 */
record Outcome(Map<String, Status> factors, Map<String, ObligationState> duties, List<String> steps) {

    static Outcome of(Assessment assessment) {
        Map<String, Status> factors = new LinkedHashMap<>();
        assessment.factors().forEach(factor -> factors.put(factor.id(), factor.status()));
        Map<String, ObligationState> duties = new LinkedHashMap<>();
        assessment.obligations().forEach(duty -> duties.put(duty.id(), duty.state()));
        List<String> steps = assessment.nextSteps().stream().map(step -> step.kind() + ":" + step.id()).toList();
        return new Outcome(factors, duties, steps);
    }

    /** The factors and duties of the advice, without the next steps: all a search for improvements compares. */
    static Outcome judged(RecordedAdvice advice) {
        return of(advice, null);
    }

    /** The factors, duties and next steps of the advice; the steps left out when {@code covering} is null. */
    static Outcome of(RecordedAdvice advice, Covering covering) {
        Map<String, Status> factors = new HashMap<>();
        for (RecordedAdvice.Rating rating : advice.ratings()) {
            if (rating.rule().factor() != null) {
                factors.merge(rating.rule().factor(), rating.status(), Status::worst);
            }
        }
        Map<String, ObligationState> duties = new LinkedHashMap<>();
        for (RecordedAdvice.Decided decided : advice.obligations()) {
            duties.merge(decided.rule().obligation(), decided.state(), ObligationState::mostPressing);
        }
        return new Outcome(factors, duties, covering == null ? List.of() : NextSteps.keys(advice, covering));
    }

    /** The status of a factor, unknown when no rule rated it. */
    Status status(String factor) {
        return factors.getOrDefault(factor, Status.UNKNOWN);
    }

    /** True when the target is strong, for a factor, or done, for a duty. */
    boolean reaches(String target) {
        return factors.get(target) == Status.STRONG || duties.get(target) == ObligationState.DONE;
    }
}
