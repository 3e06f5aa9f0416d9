package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.Status;
import org.junit.jupiter.api.Test;

/** Whatever a rule throws, errors of the JVM included, names the rule and its file, and the rules stay usable. */
class RuleErrorsTest {

    /** The regular expression engine recurses once per character of this text. */
    private static final String OVERFLOWS_THE_STACK = """
            rule "Match a long text"
            when
                Team( motivation == Level.HIGH )
            then
                boolean matches = "ab".repeat(100_000).matches("(a|b)*");
            end
            """;

    private static final String OVERFLOWS_WHILE_MATCHING = """
            rule "Match a long text in a condition"
            when
                Team( motivation == Level.HIGH )
                eval("ab".repeat(100000).matches("(a|b)*"))
            then
            end
            """;

    private static final String ALLOCATES_TOO_MUCH = """
            rule "Allocate the world"
            when
                Team( motivation == Level.HIGH )
            then
                advice.rate(Status.RISK, new int[Integer.MAX_VALUE]);
            end
            """;

    private static final String LOADS_A_BROKEN_CLASS = """
            rule "Read a broken class"
            when
                Team( motivation == Level.HIGH )
            then
                int value = nl.innovatiewijzer.engine.BrokenClass.VALUE;
            end
            """;

    private static String failure(String rules) {
        CompiledKnowledge knowledge = UncheckedRules.compile(rules);
        return assertThrows(AssessmentException.class, () -> AssessmentRun.run(knowledge, UncheckedRules.HOSTILE)).getMessage();
    }

    private static List<Status> statusesAfterAFailure(String rules) {
        CompiledKnowledge knowledge = UncheckedRules.compile(rules);
        assertThrows(AssessmentException.class, () -> AssessmentRun.run(knowledge, UncheckedRules.HOSTILE));
        return AssessmentRun.run(knowledge, UncheckedRules.HARMLESS).ratings().stream().map(RecordedAdvice.Rating::status).toList();
    }

    @Test
    void aStackOverflowInAConsequenceNamesTheRuleAndItsFile() {
        assertEquals(UncheckedRules.FILE + ":12: rule \"Match a long text\" failed: StackOverflowError", failure(OVERFLOWS_THE_STACK));
    }

    @Test
    void aStackOverflowWhileMatchingNamesTheRuleWhoseConditionOverflowed() {
        assertEquals(UncheckedRules.FILE + ":12: rule \"Match a long text in a condition\" failed while matching the facts: "
                + "StackOverflowError", failure(OVERFLOWS_WHILE_MATCHING));
    }

    @Test
    void anAllocationLargerThanMemoryNamesTheRuleAndItsFile() {
        assertEquals(UncheckedRules.FILE + ":12: rule \"Allocate the world\" failed: "
                + "OutOfMemoryError: Requested array size exceeds VM limit", failure(ALLOCATES_TOO_MUCH));
    }

    @Test
    void aClassThatFailsToLoadNamesTheRuleEveryTime() {
        assertEquals(UncheckedRules.FILE + ":12: rule \"Read a broken class\" failed: ExceptionInInitializerError",
                failure(LOADS_A_BROKEN_CLASS));
        assertEquals(UncheckedRules.FILE + ":12: rule \"Read a broken class\" failed: NoClassDefFoundError: "
                + "Could not initialize class nl.innovatiewijzer.engine.BrokenClass", failure(LOADS_A_BROKEN_CLASS));
    }

    @Test
    void anErrorTheJvmCannotRecoverFromIsThrownOnAsItIs() {
        CompiledKnowledge knowledge = UncheckedRules.compile("""
                rule "Break the JVM"
                when
                    Team( motivation == Level.HIGH )
                then
                    int value = nl.innovatiewijzer.engine.FailingJvm.fail();
                end
                """);

        InternalError e = assertThrows(InternalError.class, () -> AssessmentRun.run(knowledge, UncheckedRules.HOSTILE));

        assertEquals("the JVM cannot go on", e.getMessage());
    }

    @Test
    void theRulesAssessCorrectlyAfterAStackOverflow() {
        assertEquals(List.of(Status.RISK), statusesAfterAFailure(OVERFLOWS_THE_STACK));
    }

    @Test
    void theRulesAssessCorrectlyAfterAStackOverflowWhileMatching() {
        assertEquals(List.of(Status.RISK), statusesAfterAFailure(OVERFLOWS_WHILE_MATCHING));
    }

    @Test
    void theRulesAssessCorrectlyAfterRunningOutOfMemory() {
        assertEquals(List.of(Status.RISK), statusesAfterAFailure(ALLOCATES_TOO_MUCH));
    }

    @Test
    void theCauseOfTheFailureIsKeptForWhoeverDebugs() {
        CompiledKnowledge knowledge = UncheckedRules.compile(OVERFLOWS_THE_STACK);

        AssessmentException e = assertThrows(AssessmentException.class, () -> AssessmentRun.run(knowledge, UncheckedRules.HOSTILE));

        assertInstanceOf(StackOverflowError.class, e.getCause());
    }
}
