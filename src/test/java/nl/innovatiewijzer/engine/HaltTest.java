package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.Status;
import org.junit.jupiter.api.Test;

/** A rule that halts the engine does not end an assessment with part of its advice silently missing. */
class HaltTest {

    private static final String HALTS = """
            rule "Stop everything"
                salience 10
            when
                Team( motivation == Level.HIGH )
            then
                drools.halt();
            end
            """;

    @Test
    void aHaltThatCutsTheFiringShortIsReportedWithTheRuleAndItsFile() {
        CompiledKnowledge rules = UncheckedRules.compile(HALTS);

        AssessmentException e = assertThrows(AssessmentException.class, () -> AssessmentRun.run(rules, UncheckedRules.HOSTILE));

        assertEquals(UncheckedRules.FILE + ":12: rule \"Stop everything\" halted the assessment before every rule had fired, "
                + "and its advice would be incomplete; a rule gives advice and leaves the firing to the engine: "
                + "remove drools.halt()", e.getMessage());
    }

    @Test
    void theRulesAssessCorrectlyAfterAHalt() {
        CompiledKnowledge rules = UncheckedRules.compile(HALTS);
        assertThrows(AssessmentException.class, () -> AssessmentRun.run(rules, UncheckedRules.HOSTILE));

        RecordedAdvice advice = AssessmentRun.run(rules, UncheckedRules.HARMLESS);

        assertEquals(List.of(Status.RISK), advice.ratings().stream().map(RecordedAdvice.Rating::status).toList());
    }
}
