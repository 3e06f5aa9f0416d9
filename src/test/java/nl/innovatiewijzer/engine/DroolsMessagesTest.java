package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What Drools still says after the checks before it is said again without its error numbers and grammar words. */
class DroolsMessagesTest {

    @Test
    void aMismatchInARuleSaysWhatWasFoundAndHowARuleIsWritten() {
        assertEquals("found 'and' in rule \"A\", which does not fit there; a rule is written as rule \"...\", its metadata, "
                        + "when, the conditions, then, the consequence and end",
                DroolsMessages.parser("[ERR 102] Line 15:32 mismatched input 'and' in rule \"A\""));
    }

    @Test
    void aMismatchInAPatternSaysWhatAPatternHolds() {
        assertEquals("found 'Team' in the pattern Project(...), which does not fit there; expected a constraint such as "
                        + "field == value, or ) to end the pattern",
                DroolsMessages.parser("[ERR 102] Line 17:4 mismatched input 'Team' in pattern Project in rule \"A\""));
    }

    @Test
    void aCharacterDroolsCannotShowIsNamedAsSuch() {
        assertEquals("found a character that cannot be read here in rule \"A\", which does not fit there; a rule is "
                        + "written as rule \"...\", its metadata, when, the conditions, then, the consequence and end",
                DroolsMessages.parser("[ERR 101] Line 13:12 no viable alternative at input '' in rule \"A\""));
    }

    @Test
    void theWordsExpectedAtTheTopOfAFileAreThoseOfTheRuleLanguage() {
        assertEquals("found 'salience', which does not fit there; expected package, import, global, rule",
                DroolsMessages.parser("[ERR 107] Line 2:0 mismatched input 'salience' expecting one of the following "
                        + "tokens: '[package, unit, import, global, declare, function, rule, query]'."));
    }

    @Test
    void aComparisonOfTwoKindsOfValueNamesTheKindsNotTheJavaClasses() {
        assertEquals("cannot compile the constraint dataDriven == 1: it compares true or false with a whole number; "
                        + "compare a field with a value of its own kind",
                DroolsMessages.compiler("Unable to Analyse Expression dataDriven == 1:\n[Error: Comparison operation "
                        + "requires compatible types. Found class java.lang.Boolean and class java.lang.Integer]\n"
                        + "[Near : {... dataDriven == 1 ....}]"));
    }

    @Test
    void anUnknownFieldNamesTheFactTypeAndTheField() {
        assertEquals("cannot compile the constraint cycleLenghtWeeks > 12: WorkingMethod has no field cycleLenghtWeeks",
                DroolsMessages.compiler("Unable to Analyse Expression cycleLenghtWeeks > 12:\n[Error: unable to resolve "
                        + "method using strict-mode: nl.innovatiewijzer.facts.WorkingMethod.cycleLenghtWeeks()]\n"
                        + "[Near : {... cycleLenghtWeeks > 12 ....}]"));
    }
}
