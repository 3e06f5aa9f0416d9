package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import nl.innovatiewijzer.scenario.TestRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

    private static final String NOBODY_LEADS = """
            name: Nobody leads
            facts:
              project: {name: Slimme afvalinzameling}
              projectLeader: {assigned: false}
            expect:
              factors: {F1: %s}
            """;

    @TempDir
    Path dir;

    private Path rules;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeTheTestRules() throws IOException {
        rules = TestRules.write(dir.resolve("rules"), TestRules.LEADER_DRL);
    }

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path scenario(String name, String status) throws IOException {
        return TestRules.scenario(dir.resolve("scenarios"), name, NOBODY_LEADS.formatted(status));
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    /** What the run printed after its first line, the line that says what it runs. */
    private String results() {
        String all = out.toString();
        return all.substring(all.indexOf('\n') + 1);
    }

    @Test
    void withoutScenariosTheShippedOnesRunAgainstTheShippedRulesAndPass() {
        int exit = run("test");

        assertEquals(0, exit, err.toString());
        List<String> lines = outLines();
        assertTrue(lines.get(0).matches("Running [1-9]\\d* scenarios shipped inside the jar against the shipped "
                + "knowledge base inside the jar"), lines.get(0));
        assertTrue(lines.get(lines.size() - 1).matches("[1-9]\\d* passed, 0 failed"), out.toString());
        assertTrue(lines.subList(1, lines.size() - 1).stream().allMatch(l -> l.startsWith("PASSED  ")), out.toString());
    }

    @Test
    void withRulesAndNoScenarioTheScenariosBesideTheRulesRunAndTheFirstLineSaysSo() throws IOException {
        Path file = scenario("nobody-leads.scenario.yaml", "RISK");

        int exit = run("test", "--rules", rules.toString());

        assertEquals(0, exit, err.toString());
        assertEquals("Running 1 scenario from " + dir.resolve("scenarios") + " against the rules in " + rules + "\n"
                + "PASSED  Nobody leads (" + file + ")\n"
                + "1 passed, 0 failed\n", out.toString());
    }

    @Test
    void aBrokenScenarioBesideTheRulesFailsTheRun() throws IOException {
        scenario("a-good.scenario.yaml", "RISK");
        Path broken = scenario("b-broken.scenario.yaml", "risky");

        int exit = run("test", "--rules", rules.toString());

        assertEquals(2, exit);
        assertEquals("INVALID " + broken, outLines().get(2));
        assertEquals("1 passed, 1 failed", outLines().get(3));
        assertTrue(err.toString().startsWith(broken + ":6:17: expect.factors.F1: unknown status \"risky\""), err.toString());
    }

    @Test
    void withRulesAndNoScenariosBesideThemTheShippedOnesRunAndTheFirstLineSaysWhy() {
        int exit = run("test", "--rules", rules.toString());

        assertEquals(1, exit, "the shipped scenarios expect more than the small test rules give");
        assertTrue(outLines().get(0).matches("Running [1-9]\\d* scenarios shipped inside the jar \\(there is no folder "
                + Pattern.quote(dir.resolve("scenarios").toString()) + "\\) against the rules in "
                + Pattern.quote(rules.toString())), outLines().get(0));
    }

    @Test
    void scenariosNamedRunAndTheFirstLineNamesThem() throws IOException {
        Path file = scenario("nobody-leads.scenario.yaml", "RISK");

        run("test", "--rules", rules.toString(), file.toString());

        assertEquals("Running 1 scenario from " + file + " against the rules in " + rules, outLines().get(0));
    }

    @Test
    void aRulesFolderThatDoesNotExistIsABadCommandLine() {
        Path nowhere = dir.resolve("nowhere");

        int exit = run("test", "--rules", nowhere.toString());

        assertEquals(2, exit);
        assertEquals("innovatiewijzer test: --rules " + nowhere + ": no such folder; give the folder that holds the "
                + ".drl rule files and their .yaml texts, or leave --rules out for the shipped knowledge base inside "
                + "the jar (see 'java -jar target/innovatiewijzer.jar test --help')\n", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void aPassingScenarioPrintsOneLineAndTheCountAndExitsZero() throws IOException {
        Path file = scenario("nobody-leads.scenario.yaml", "RISK");

        int exit = run("test", "--rules", rules.toString(), file.toString());

        assertEquals(0, exit);
        assertEquals("PASSED  Nobody leads (" + file + ")\n1 passed, 0 failed\n", results());
        assertEquals("", err.toString());
    }

    @Test
    void aFailingScenarioPrintsTheDifferenceAndExitsOne() throws IOException {
        Path file = scenario("nobody-leads.scenario.yaml", "STRONG");

        int exit = run("test", "--rules", rules.toString(), file.toString());

        assertEquals(1, exit);
        assertEquals("FAILED  Nobody leads (" + file + ")\n"
                + "  " + file + ":6: factor F1\n"
                + "    expected: STRONG\n"
                + "    got:      RISK\n"
                + "    rules:    fired: \"No project leader is assigned\" (" + rules + "/leader.drl:14)\n"
                + "0 passed, 1 failed\n", results());
    }

    @Test
    void aFolderRunsEveryScenarioFileBelowItAndNoOtherFile() throws IOException {
        scenario("a-passes.scenario.yaml", "RISK");
        scenario("b-fails.scenario.yaml", "ATTENTION");
        Files.writeString(dir.resolve("scenarios/facts.yaml"), "project: {name: Not a scenario}\n");

        int exit = run("test", "--rules", rules.toString(), dir.resolve("scenarios").toString());

        assertEquals(1, exit);
        List<String> lines = outLines();
        assertTrue(lines.get(1).startsWith("PASSED  Nobody leads (") && lines.get(1).endsWith("a-passes.scenario.yaml)"));
        assertTrue(lines.get(2).startsWith("FAILED  Nobody leads (") && lines.get(2).endsWith("b-fails.scenario.yaml)"));
        assertEquals("1 passed, 1 failed", lines.get(lines.size() - 1));
    }

    @Test
    void anInvalidScenarioFileExitsTwoWithItsProblemsOnStandardErrorWhileTheOthersStillRun() throws IOException {
        Path good = scenario("a-good.scenario.yaml", "RISK");
        Path bad = scenario("b-bad.scenario.yaml", "risky");

        int exit = run("test", "--rules", rules.toString(), good.toString(), bad.toString());

        assertEquals(2, exit);
        assertEquals("PASSED  Nobody leads (" + good + ")\nINVALID " + bad + "\n1 passed, 1 failed\n", results());
        assertEquals(bad + ":6:17: expect.factors.F1: unknown status \"risky\"; expected one of STRONG, ATTENTION, "
                + "RISK, UNKNOWN; did you mean RISK?\n", err.toString());
    }

    @Test
    void aScenarioFileThatDoesNotExistExitsTwo() {
        Path gone = dir.resolve("gone.scenario.yaml");

        int exit = run("test", "--rules", rules.toString(), gone.toString());

        assertEquals(2, exit);
        assertEquals(gone + ": no such file\n", err.toString());
    }

    @Test
    void aFolderWithoutScenarioFilesExitsTwo() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        int exit = run("test", "--rules", rules.toString(), empty.toString());

        assertEquals(2, exit);
        assertEquals(empty + ": the folder holds no scenario files (*.scenario.yaml)\n", err.toString());
    }

    @Test
    void rulesThatDoNotCompileExitThreeBeforeAnyScenarioRuns() throws IOException {
        Path file = scenario("nobody-leads.scenario.yaml", "RISK");
        TestRules.write(rules, TestRules.LEADER_DRL.replace("ProjectLeader( assigned == false )\nthen\n    advice.rate",
                "ProjectLeader( assigned == )\nthen\n    advice.rate"));

        int exit = run("test", "--rules", rules.toString(), file.toString());

        assertEquals(3, exit);
        assertEquals("", out.toString());
        assertTrue(err.toString().startsWith("error in the knowledge base: " + rules + "/leader.drl:"), err.toString());
    }

    @Test
    void aRuleThatFailsWhileRunningFailsTheScenarioAndExitsFour() throws IOException {
        Path file = scenario("nobody-leads.scenario.yaml", "RISK");
        // passes every check, and asks the size of a list the facts leave unknown
        TestRules.write(rules, TestRules.LEADER_DRL.replace(
                "ProjectLeader( assigned == false )\nthen\n    advice.rate(Status.RISK);",
                "ProjectLeader( assigned == false, $skills : skills )\nthen\n    advice.rate(Status.RISK, $skills.size());"));

        int exit = run("test", "--rules", rules.toString(), file.toString());

        assertEquals(4, exit);
        assertTrue(results().startsWith("FAILED  Nobody leads (" + file + ")\n"
                + "  the rules failed while assessing the facts: " + rules + "/leader.drl:14: rule \"No project leader "
                + "is assigned\" failed"), out.toString());
        assertTrue(out.toString().endsWith("0 passed, 1 failed\n"));
    }
}
