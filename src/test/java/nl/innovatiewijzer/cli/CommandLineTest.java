package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.innovatiewijzer.engine.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void assessingAnExampleAsJsonGivesNineFactors() throws Exception {
        int exit = run("assess", "facts/slimme-afvalinzameling.yaml", "--format", "json");

        assertEquals(ExitCode.OK, exit, err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("Slimme afvalinzameling", json.at("/project/name").asText());
        assertEquals(List.of("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"), json.get("factors").findValuesAsText("id"));
        assertEquals("", err.toString());
    }

    @Test
    void aFactsFileThatBreaksTheContractExitsWithTwoAndOneLinePerProblem() throws Exception {
        Path facts = dir.resolve("bad.yaml");
        Files.writeString(facts, "project:\n  name: Test\n  phase: pilott\nteam: {motivation: enorm}\n");

        int exit = run("assess", facts.toString(), "--format", "json");

        assertEquals(ExitCode.BAD_INPUT, exit);
        assertEquals(List.of(
                facts + ":3:10: project.phase: unknown value \"pilott\"; expected one of idea, experiment, pilot, implementation, scaling; did you mean pilot?",
                facts + ":4:20: team.motivation: unknown value \"enorm\"; expected one of low, medium, high"),
                err.toString().lines().toList());
        assertEquals("", out.toString());
    }

    @Test
    void aBrokenKnowledgeBaseExitsWithThreeNamingTheFile() {
        RulesFolder rules = RulesFolder.in(dir).drl("f4.drl", "rule \"Half a rule\" when WorkingMethod( then end\n");

        int exit = run("validate", "--rules", rules.path().toString());

        assertEquals(ExitCode.BAD_RULES, exit);
        assertTrue(err.toString().startsWith("error in the knowledge base: " + dir + "/f4.drl:12"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void aValidKnowledgeBaseIsReportedWithItsSize() {
        Path rules = SmallKnowledgeBase.writeTo(dir.resolve("rules"));

        int exit = run("validate", "--rules", rules.toString());

        assertEquals(ExitCode.OK, exit, err.toString());
        assertTrue(out.toString().startsWith("The knowledge base in " + rules + " is valid: 11 rules in "), out.toString());
    }

    @Test
    void aRuleThatFailsWhileAssessingExitsWithFourNamingTheRule() throws Exception {
        // passes every check, and asks the size of a list the facts leave unknown
        RulesFolder rules = RulesFolder.in(dir.resolve("rules")).drl("f1.drl", """
                rule "Count the members of a team nobody listed"
                    @factor("F1") @finding("F1-hours")
                when
                    Team( $members : members )
                then
                    advice.rate(Status.RISK, $members.size());
                end
                """).write("f1.yaml", "findings:\n  F1-hours: {nl: \"{0}\", en: \"{0}\"}\n");
        Path facts = dir.resolve("p.yaml");
        Files.writeString(facts, "project: {name: Fout}\n");

        int exit = run("assess", facts.toString(), "--format", "json", "--rules", rules.path().toString());

        assertEquals(ExitCode.INTERNAL, exit);
        assertTrue(err.toString().contains("rule \"Count the members of a team nobody listed\" failed"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void aRuleThatFailsOnOneProjectLeavesTheOthersAssessed() throws Exception {
        RulesFolder rules = RulesFolder.in(dir.resolve("rules")).drl("f1.drl", """
                rule "Count the members of the team of a leader without hours"
                    @factor("F1") @finding("F1-hours")
                when
                    ProjectLeader( hoursPerWeek == 0 )
                    Team( $members : members )
                then
                    advice.rate(Status.RISK, $members.size());
                end
                """).write("f1.yaml", "findings:\n  F1-hours: {nl: \"{0}\", en: \"{0}\"}\n");
        Path projects = Files.createDirectories(dir.resolve("projects"));
        Files.writeString(projects.resolve("a-fails.yaml"), "project: {name: Nul uur}\nprojectLeader: {hoursPerWeek: 0}\n");
        Files.writeString(projects.resolve("b-works.yaml"), "project: {name: Acht uur}\nprojectLeader: {hoursPerWeek: 8}\n");

        int exit = run("assess", projects.toString(), "--format", "json", "--out", dir.resolve("out").toString(),
                "--rules", rules.path().toString());

        assertEquals(ExitCode.INTERNAL, exit);
        assertTrue(err.toString().startsWith(projects.resolve("a-fails.yaml") + ": not assessed:"), err.toString());
        assertTrue(err.toString().contains("\"Count the members of the team of a leader without hours\" failed: "
                + "NullPointerException"), err.toString());
        assertTrue(Files.exists(dir.resolve("out/b-works.json")), "the project that could be assessed is written");
    }

    @Test
    void anUnknownOptionExitsWithTwo() {
        int exit = run("assess", "--colour", "facts/slimme-afvalinzameling.yaml");

        assertEquals(ExitCode.BAD_INPUT, exit);
        assertTrue(err.toString().contains("--colour"), err.toString());
    }
}
