package nl.innovatiewijzer.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule fires on its own case and shows the user its outcome, and stays silent on a near miss. */
class RuleByRuleTest {

    private static final Advisor ADVISOR = Fired.knowledgeBase();

    static List<RuleCase> cases() {
        return RuleCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRuleFiresOnItsCaseAndTheUserSeesWhatItSays(RuleCase rule) {
        Assessment assessment = ADVISOR.assess(rule.fires().facts());

        assertTrue(Fired.rule(assessment, rule.rule()),
                () -> "\"" + rule.rule() + "\" did not fire on " + rule.fires() + "; fired: " + Fired.rules(assessment));
        rule.shows().assertShownIn(assessment);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theRuleStaysSilentJustAcrossItsThreshold(RuleCase rule) {
        Assessment assessment = ADVISOR.assess(rule.nearMiss().facts());

        assertFalse(Fired.rule(assessment, rule.rule()),
                () -> "\"" + rule.rule() + "\" fired on its near miss " + rule.nearMiss());
    }
}
