package nl.innovatiewijzer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import nl.innovatiewijzer.Advisor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCheckTest {

    private static final String NOBODY_LEADS = """
            name: Nobody leads
            facts:
              project: {name: Slimme afvalinzameling, processesPersonalData: true}
              projectLeader: {assigned: false}
              dataUse: {dpiaDone: false}
            expect:
            """;

    @TempDir
    static Path rulesDir;

    private static Path rules;
    private static Advisor advisor;

    @TempDir
    Path dir;

    @BeforeAll
    static void compileTheTestRulesOnce() throws IOException {
        rules = TestRules.write(rulesDir.resolve("rules"), TestRules.LEADER_DRL);
        advisor = Advisor.fromDirectory(rules);
    }

    private ScenarioResult run(String expect) throws IOException {
        Path file = TestRules.scenario(dir, "nobody-leads.scenario.yaml", NOBODY_LEADS + expect);
        return ScenarioCheck.run(advisor, ScenarioReader.read(ScenarioFile.of(file)));
    }

    private String file() {
        return dir.resolve("nobody-leads.scenario.yaml").toString();
    }

    private String rule(int line) {
        return rules + "/leader.drl:" + line;
    }

    @Test
    void aScenarioWhoseExpectationsAllHoldPassesInOneLine() throws IOException {
        ScenarioResult result = run("""
                  factors: {F1: RISK, F2: UNKNOWN}
                  findings: {F1: [Er is geen projectleider aangewezen.]}
                  recommendations:
                    - F1-appoint-leader: HIGH
                  obligations: {dpia: TODO}
                  notMissingFacts: [projectLeader.assigned]
                """);

        assertTrue(result.passed());
        assertEquals("PASSED  Nobody leads (" + file() + ")\n", ScenarioReport.of(result));
    }

    @Test
    void aWrongStatusIsReportedWithTheRuleThatGaveTheStatusThatCameOut() throws IOException {
        ScenarioResult result = run("""
                  factors: {F1: STRONG}
                """);

        assertFalse(result.passed());
        assertEquals("FAILED  Nobody leads (" + file() + ")\n"
                + "  " + file() + ":7: factor F1\n"
                + "    expected: STRONG\n"
                + "    got:      RISK\n"
                + "    rules:    fired: \"No project leader is assigned\" (" + rule(14) + ")\n",
                ScenarioReport.of(result));
    }

    @Test
    void anExpectedRecommendationThatDidNotComeNamesTheRulesThatCarryItAndDidNotFire() throws IOException {
        Path file = TestRules.scenario(dir, "leader.scenario.yaml", """
                name: A leader is assigned
                facts:
                  project: {name: Slimme afvalinzameling}
                  projectLeader: {assigned: true}
                expect:
                  recommendations: [F1-appoint-leader]
                """);

        ScenarioResult result = ScenarioCheck.run(advisor, ScenarioReader.read(ScenarioFile.of(file)));

        assertEquals("FAILED  A leader is assigned (" + file + ")\n"
                + "  " + file + ":6: recommendation F1-appoint-leader\n"
                + "    expected: recommended\n"
                + "    got:      not recommended\n"
                + "    rules:    did not fire: \"Appoint a project leader when there is none\" (" + rule(22) + ")\n",
                ScenarioReport.of(result));
    }

    @Test
    void aRecommendationThatShouldNotComeIsReportedWithItsReasonsAndRule() throws IOException {
        ScenarioResult result = run("""
                  notRecommendations: [F1-appoint-leader]
                """);

        assertEquals("FAILED  Nobody leads (" + file() + ")\n"
                + "  " + file() + ":7: recommendation F1-appoint-leader\n"
                + "    expected: not recommended\n"
                + "    got:      recommended with priority HIGH, because projectLeader.assigned = false\n"
                + "    rules:    fired: \"Appoint a project leader when there is none\" (" + rule(22) + ")\n",
                ScenarioReport.of(result));
    }

    @Test
    void aWrongPriorityIsReportedWithBothPriorities() throws IOException {
        ScenarioResult result = run("""
                  recommendations:
                    - F1-appoint-leader: LOW
                """);

        assertEquals(new Difference(8, "recommendation F1-appoint-leader", "priority LOW",
                        "priority HIGH, because projectLeader.assigned = false",
                        "fired: \"Appoint a project leader when there is none\" (" + rule(22) + ")"),
                result.differences().get(0));
    }

    @Test
    void aStatusNoRuleGaveNamesTheRulesThatRateTheFactorAndDidNotFire() throws IOException {
        Path file = TestRules.scenario(dir, "leader.scenario.yaml", """
                name: A leader is assigned
                facts:
                  project: {name: Slimme afvalinzameling}
                  projectLeader: {assigned: true}
                expect:
                  factors: {F1: RISK}
                """);

        ScenarioResult result = ScenarioCheck.run(advisor, ScenarioReader.read(ScenarioFile.of(file)));

        assertEquals("no rule rated F1; did not fire: \"No project leader is assigned\" (" + rule(14) + ")",
                result.differences().get(0).rules());
    }

    @Test
    void aFindingIsComparedWordForWordInTheScenariosLanguage() throws IOException {
        ScenarioResult result = run("""
                  findings: {F1: [No project leader is assigned.]}
                """);

        assertEquals(new Difference(7, "finding of F1", "\"No project leader is assigned.\"",
                        "\"Er is geen projectleider aangewezen.\"",
                        "fired: \"No project leader is assigned\" (" + rule(14) + ")"),
                result.differences().get(0));
    }

    @Test
    void anObligationInAnotherStateOrAbsentIsADifference() throws IOException {
        ScenarioResult result = run("""
                  obligations: {dpia: DONE}
                """);

        assertEquals(new Difference(7, "obligation dpia", "DONE", "TODO, because dataUse.dpiaDone = false",
                        "fired: \"Personal data with high risks needs a DPIA\" (" + rule(38) + ")"),
                result.differences().get(0));
    }

    @Test
    void aDutyExpectedToApplyLaterThatIsInForceIsADifference() throws IOException {
        ScenarioResult result = run("""
                  dutiesInForce: {dpia: false}
                """);

        Difference difference = result.differences().get(0);
        assertEquals("obligation dpia", difference.subject());
        assertEquals("not yet in force", difference.expected());
        assertTrue(difference.got().startsWith("in force on "), difference.got());
    }

    @Test
    void aDutyExpectedInForceThatIsInForcePasses() throws IOException {
        ScenarioResult result = run("""
                  dutiesInForce: {dpia: true}
                """);

        assertTrue(result.passed(), () -> ScenarioReport.of(result));
    }

    @Test
    void aMissingFactThatWasNotAskedForNamesTheRuleThatWouldAsk() throws IOException {
        ScenarioResult result = run("""
                  missingFacts: [projectLeader.assigned]
                """);

        assertEquals(new Difference(7, "missing fact projectLeader.assigned", "reported missing", "not reported",
                        "did not fire: \"Ask whether a project leader is assigned\" (" + rule(30) + ")"),
                result.differences().get(0));
    }

    @Test
    void anIdNoRuleCarriesFailsEvenWhenItIsExpectedNotToCome() throws IOException {
        ScenarioResult result = run("""
                  notRecommendations: [F1-apoint-leader]
                """);

        assertEquals(new Difference(7, "recommendation F1-apoint-leader", "not recommended",
                        "cannot tell: no rule in the knowledge base has @action(\"F1-apoint-leader\"); "
                                + "is it spelled right?", ""),
                result.differences().get(0));
    }

    @Test
    void aRuleThatFailsWhileRunningFailsTheScenarioWithTheRuleNamed() throws IOException {
        // passes every check, and asks the size of a list the facts leave unknown
        Path broken = TestRules.write(dir.resolve("broken"), TestRules.LEADER_DRL.replace(
                "ProjectLeader( assigned == false )\nthen\n    advice.rate(Status.RISK);",
                "ProjectLeader( assigned == false, $skills : skills )\nthen\n    advice.rate(Status.RISK, $skills.size());"));
        Path file = TestRules.scenario(dir, "nobody-leads.scenario.yaml", NOBODY_LEADS + "  factors: {F1: RISK}\n");

        ScenarioResult result = ScenarioCheck.run(Advisor.fromDirectory(broken), ScenarioReader.read(ScenarioFile.of(file)));

        assertFalse(result.passed());
        assertTrue(ScenarioReport.of(result).contains("the rules failed while assessing the facts: "
                + broken + "/leader.drl:14: rule \"No project leader is assigned\" failed"), ScenarioReport.of(result));
    }
}
