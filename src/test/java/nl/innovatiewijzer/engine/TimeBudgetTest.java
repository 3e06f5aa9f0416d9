package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Rules that would run for ever are stopped when an assessment's time budget runs out. */
class TimeBudgetTest {

    private static final Duration BUDGET = Duration.ofMillis(300);

    private static final String WAITS_FOR_EVER = """
            rule "Wait for ever"
            when
                Team( motivation == Level.HIGH )
            then
                synchronized (advice) { advice.wait(); }
            end
            """;

    /** Every firing costs some milliseconds of work and changes the team, so the rule fires again. */
    private static final String FIRES_SLOWLY = """
            rule "Count slowly"
            when
                $team : Team( motivation == Level.HIGH )
            then
                int work = "slow".repeat(500_000).replace('s', 'w').hashCode();
                modify($team) {};
            end
            """;

    /**
     * The rules, assessed once on a project that leaves the hostile rules asleep: a busy machine
     * loading the rules' classes must not spend the short budget of the tests before a rule fires.
     */
    private static CompiledKnowledge warmed(String hostile) {
        CompiledKnowledge rules = UncheckedRules.compile(hostile);
        AssessmentRun.run(rules, UncheckedRules.HARMLESS);
        return rules;
    }

    @Test
    @Timeout(10)
    void aConsequenceThatWaitsForEverIsStoppedAndNamedWithItsFile() {
        CompiledKnowledge rules = warmed(WAITS_FOR_EVER);

        AssessmentException e = assertThrows(AssessmentException.class,
                () -> AssessmentRun.run(rules, UncheckedRules.HOSTILE, BUDGET));

        Problem problem = e.problems().get(0);
        assertEquals(UncheckedRules.FILE + ":12", problem.file() + ":" + problem.line());
        assertEquals("rule \"Wait for ever\" was still running after 300 ms, the time budget of one assessment, "
                + "and was stopped; a rule's consequence gives advice and returns at once", problem.message());
    }

    @Test
    @Timeout(10)
    void aRuleThatKeepsFiringSlowlyIsStoppedBeforeTheFireLimit() {
        CompiledKnowledge rules = warmed(FIRES_SLOWLY);

        AssessmentException e = assertThrows(AssessmentException.class,
                () -> AssessmentRun.run(rules, UncheckedRules.HOSTILE, BUDGET));

        String message = e.problems().get(0).message();
        assertTrue(message.startsWith("the rules were still firing after 300 ms, the time budget of one assessment, "
                + "and were stopped after "), message);
        assertTrue(message.contains("the last to fire was rule \"Count slowly\". Most fired: \"Count slowly\" ("
                + UncheckedRules.FILE + ", fired "), message);
    }

    @Test
    @Timeout(10)
    void theThreadOfAStoppedAssessmentIsNotLeftInterrupted() {
        CompiledKnowledge rules = warmed(WAITS_FOR_EVER);
        assertThrows(AssessmentException.class, () -> AssessmentRun.run(rules, UncheckedRules.HOSTILE, BUDGET));

        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    @Timeout(10)
    void theRulesAssessCorrectlyAfterAnAssessmentWasStopped() {
        CompiledKnowledge rules = warmed(WAITS_FOR_EVER);
        assertThrows(AssessmentException.class, () -> AssessmentRun.run(rules, UncheckedRules.HOSTILE, BUDGET));

        RecordedAdvice advice = AssessmentRun.run(rules, UncheckedRules.HARMLESS);

        assertEquals(List.of(Status.RISK), advice.ratings().stream().map(RecordedAdvice.Rating::status).toList());
    }

    @Test
    void anAssessmentWithinItsBudgetIsNotDisturbed() throws Exception {
        CompiledKnowledge rules = warmed("");

        RecordedAdvice advice = AssessmentRun.run(rules, UncheckedRules.HARMLESS, BUDGET);
        Thread.sleep(2 * BUDGET.toMillis()); // the watchdog looks again after the assessment ended

        assertEquals(List.of(Status.RISK), advice.ratings().stream().map(RecordedAdvice.Rating::status).toList());
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
