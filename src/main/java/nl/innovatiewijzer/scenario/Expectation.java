package nl.innovatiewijzer.scenario;

import java.util.List;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Status;

/**
 * One thing a scenario expects of the assessment, with the line of the scenario file that says
 * so, so that a difference points back at it.
 */
public sealed interface Expectation {

    /** The line of the scenario file that states this expectation. */
    int line();

    /** {@code factors: {F1: STRONG}}: the factor has exactly this status. */
    record FactorStatus(int line, String factor, Status status) implements Expectation {
    }

    /** {@code findings: {F1: [text]}}: the factor's findings include this text, word for word. */
    record Finding(int line, String factor, String text) implements Expectation {
    }

    /** {@code recommendations: [id]} or {@code [id: HIGH]}: the action is recommended; a null priority means any. */
    record Recommended(int line, String action, Priority priority) implements Expectation {
    }

    /** {@code notRecommendations: [id]}: the action is not recommended. */
    record NotRecommended(int line, String action) implements Expectation {
    }

    /** {@code obligations: {dpia: TODO}}: the duty is listed, in this state. */
    record Obliged(int line, String obligation, ObligationState state) implements Expectation {
    }

    /**
     * {@code dutiesInForce: {fria: false}}: the duty is listed, and applies on the day of the
     * assessment ({@code true}) or only from a later day ({@code false}).
     */
    record InForce(int line, String obligation, boolean inForce) implements Expectation {
    }

    /** {@code notObligations: [iama]}: the duty is not listed. */
    record NotObliged(int line, String obligation) implements Expectation {
    }

    /** {@code missingFacts: [field.path]}: the fact is reported missing. */
    record Missing(int line, String field) implements Expectation {
    }

    /** {@code notMissingFacts: [field.path]}: the fact is not reported missing. */
    record NotMissing(int line, String field) implements Expectation {
    }

    /**
     * {@code nextSteps: [F1-appoint-leader, dpia]}: the next steps are exactly these, in this order
     * (ids of recommendations, obligations or the fields of missing facts); {@code []} for none.
     */
    record NextSteps(int line, List<String> ids) implements Expectation {

        public NextSteps {
            ids = List.copyOf(ids);
        }
    }

    /**
     * {@code improvements: {F4: [[F4-shorten-cycles]]}}: the improvement paths of a factor or duty
     * are exactly these, in this order, each as the ids of its levers; {@code []} for none within
     * three changes.
     */
    record Improvements(int line, String target, List<List<String>> paths) implements Expectation {

        public Improvements {
            paths = paths.stream().map(List::copyOf).toList();
        }
    }
}
