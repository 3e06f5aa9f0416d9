package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shipped knowledge base begins to load as the program starts, for the commands that use it. */
class HeadStartTest {

    @Test
    void anAssessmentWithTheShippedRulesGetsAHeadStart() {
        assertTrue(HeadStart.usesShippedRules(new String[] {"assess", "facts/slimme-afvalinzameling.yaml", "--format", "json"}));
        assertTrue(HeadStart.usesShippedRules(new String[] {"compare", "a.yaml", "b.yaml"}));
    }

    @Test
    void otherRulesAFreshCompileOrHelpGetNone() {
        assertFalse(HeadStart.usesShippedRules(new String[] {"assess", "x.yaml", "--rules", "rules"}));
        assertFalse(HeadStart.usesShippedRules(new String[] {"assess", "x.yaml", "--rules=rules"}));
        assertFalse(HeadStart.usesShippedRules(new String[] {"assess", "x.yaml", "--no-cache"}));
        assertFalse(HeadStart.usesShippedRules(new String[] {"assess", "--help"}));
        assertFalse(HeadStart.usesShippedRules(new String[] {"validate", "--rules", "rules"}));
        assertFalse(HeadStart.usesShippedRules(new String[] {"--version"}));
        assertFalse(HeadStart.usesShippedRules(new String[] {}));
    }
}
