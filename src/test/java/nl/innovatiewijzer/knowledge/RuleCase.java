package nl.innovatiewijzer.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Recommendation;
import nl.innovatiewijzer.Status;

/**
 * One rule, a project on which it fires, what the user then sees, and a near miss: a project
 * just across the threshold on which it stays silent.
 *
 * @param rule     the rule's name
 * @param shows    what the assessment shows when the rule fires
 * @param fires    a project on which the rule fires
 * @param nearMiss a project just across the threshold, on which it does not
 */
record RuleCase(String rule, Outcome shows, ProjectVariant fires, ProjectVariant nearMiss) {

    /** A status rule: the factor gets this status. */
    static RuleCase rates(String rule, String factor, Status status, ProjectVariant fires, ProjectVariant nearMiss) {
        return new RuleCase(rule, new Rated(factor, status), fires, nearMiss);
    }

    /** An action rule: the recommendation is listed with this priority. */
    static RuleCase recommends(String rule, String action, Priority priority, ProjectVariant fires,
                               ProjectVariant nearMiss) {
        return new RuleCase(rule, new Recommended(action, priority), fires, nearMiss);
    }

    /** A missing-fact rule: the field is asked for. */
    static RuleCase asks(String rule, String field, ProjectVariant fires, ProjectVariant nearMiss) {
        return new RuleCase(rule, new Asked(field), fires, nearMiss);
    }

    /** An obligation rule: the duty is listed in this state. */
    static RuleCase obliges(String rule, String obligation, ObligationState state, ProjectVariant fires,
                            ProjectVariant nearMiss) {
        return new RuleCase(rule, new Obliged(obligation, state), fires, nearMiss);
    }

    @Override
    public String toString() {
        return rule;
    }

    /** What an assessment shows a user when a rule fires. */
    sealed interface Outcome {
        void assertShownIn(Assessment assessment);
    }

    record Rated(String factor, Status status) implements Outcome {
        @Override
        public void assertShownIn(Assessment assessment) {
            assertEquals(status, assessment.status(factor), factor + " status");
        }
    }

    record Recommended(String action, Priority priority) implements Outcome {
        @Override
        public void assertShownIn(Assessment assessment) {
            Recommendation recommendation = assessment.recommendation(action)
                    .orElseThrow(() -> new AssertionError("no recommendation " + action + " in "
                            + assessment.recommendations().stream().map(Recommendation::id).toList()));
            assertEquals(priority, recommendation.priority(), action + " priority");
            assertTrue(!recommendation.because().isEmpty(), action + " says why");
        }
    }

    record Asked(String field) implements Outcome {
        @Override
        public void assertShownIn(Assessment assessment) {
            assertTrue(assessment.missingFacts().stream().map(MissingFact::field).anyMatch(field::equals),
                    "asks for " + field + " among " + assessment.missingFacts().stream().map(MissingFact::field).toList());
        }
    }

    record Obliged(String obligation, ObligationState state) implements Outcome {
        @Override
        public void assertShownIn(Assessment assessment) {
            Obligation duty = assessment.obligation(obligation)
                    .orElseThrow(() -> new AssertionError("no obligation " + obligation));
            assertEquals(state, duty.state(), obligation + " state");
        }
    }
}
