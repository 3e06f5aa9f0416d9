package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final String UNUSED_ACTION = """
            actions:
              T-unused:
                nl: {title: Ongebruikt, action: Niemand vraagt hierom.}
                en: {title: Unused, action: Nobody asks for this.}
            """;

    @TempDir
    Path dir;

    @Test
    void withoutRulesTheShippedKnowledgeBaseIsValidatedAndTheOutputSaysSoAndHowToCheckAFolder() {
        Run run = Run.of("validate");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("The shipped knowledge base inside the jar is valid: "), run.out());
        assertEquals("To check rules you changed, name their folder: java -jar target/innovatiewijzer.jar validate "
                + "--rules rules", lines.get(1));
    }

    @Test
    void aCopyOfTheRulesFolderIsValid() throws IOException {
        Path copy = copy(Path.of("rules"), dir.resolve("rules"));

        Run run = Run.of("validate", "--rules", copy.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("The knowledge base in " + copy + " is valid: "), run.out());
    }

    @Test
    void aRuleWithoutAFactorExitsWithThreeNamingFileAndLine() {
        Path rules = SmallKnowledgeBase.writeTo(dir.resolve("rules"));
        SmallKnowledgeBase.write(rules.resolve("orphan.drl"), """
                package innovatiewijzer;
                import nl.innovatiewijzer.facts.*;

                rule "A rule that judges nothing"
                when
                    Project( dataDriven == true )
                then
                end
                """);

        Run run = Run.of("validate", "--rules", rules.toString());

        assertEquals(3, run.exitCode());
        assertEquals(List.of("error in the knowledge base: " + rules + "/orphan.drl:4:1: rule \"A rule that judges nothing\""
                + " has no @factor(\"F1\" .. \"F9\") and no @obligation; each rule says which factor or duty it judges"),
                run.err().lines().toList());
    }

    @Test
    void anActionWithoutItsTextsExitsWithThree() {
        Path rules = SmallKnowledgeBase.writeTo(dir.resolve("rules"));
        SmallKnowledgeBase.write(rules.resolve("untold.drl"), """
                package innovatiewijzer;
                import nl.innovatiewijzer.facts.*;
                import nl.innovatiewijzer.Priority;
                global nl.innovatiewijzer.rules.Advice advice;

                rule "An action nobody wrote down"
                    @factor("F2") @action("T-untold")
                when
                    Budget( secured == false )
                then
                    advice.recommend(Priority.HIGH);
                end
                """);

        Run run = Run.of("validate", "--rules", rules.toString());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains(rules + "/untold.drl:7:19: rule \"An action nobody wrote down\" "
                + "@action(\"T-untold\") has no text"), run.err());
    }

    @Test
    void aSyntaxErrorExitsWithThreeNamingLineAndColumn() {
        Path rules = SmallKnowledgeBase.writeTo(dir.resolve("rules"));
        SmallKnowledgeBase.write(rules.resolve("typo.drl"), "package innovatiewijzer;\n\nrule \"Typo\"\nwhen\n  Project( ==\nthen\nend\n");

        Run run = Run.of("validate", "--rules", rules.toString());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().lines().allMatch(l -> l.matches("error in the knowledge base: .*typo\\.drl:\\d+:\\d+: .*")),
                run.err());
    }

    @Test
    void anActionTextNoRuleUsesIsAWarningWithFileAndLineAndStillValid() {
        Path rules = SmallKnowledgeBase.writeTo(dir.resolve("rules"));
        SmallKnowledgeBase.write(rules.resolve("extra.yaml"), UNUSED_ACTION);

        Run run = Run.of("validate", "--rules", rules.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("warning: " + rules + "/extra.yaml:2: actions.T-unused: no rule uses this text"),
                run.err().lines().toList());
        assertTrue(run.out().contains("is valid: 11 rules in 1 files, 1 warning"), run.out());
    }

    @Test
    void strictMakesAWarningFailWithThree() {
        Path rules = SmallKnowledgeBase.writeTo(dir.resolve("rules"));
        SmallKnowledgeBase.write(rules.resolve("extra.yaml"), UNUSED_ACTION);

        Run run = Run.of("validate", "--rules", rules.toString(), "--strict");

        assertEquals(3, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.out().contains("has 1 warning, and --strict makes it errors"), run.out());
    }

    @Test
    void strictWithoutWarningsIsValid() {
        Path rules = SmallKnowledgeBase.writeTo(dir.resolve("rules"));

        Run run = Run.of("validate", "--rules", rules.toString(), "--strict");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void aRulesFolderThatDoesNotExistIsABadCommandLineThatExitsWithTwo() {
        Path nowhere = dir.resolve("nowhere");

        Run run = Run.of("validate", "--rules", nowhere.toString());

        assertEquals(2, run.exitCode());
        assertEquals("innovatiewijzer validate: --rules " + nowhere + ": no such folder; give the folder that holds "
                + "the .drl rule files and their .yaml texts, or leave --rules out for the shipped knowledge base "
                + "inside the jar (see 'java -jar target/innovatiewijzer.jar validate --help')\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void aRulesFolderThatIsAFileIsABadCommandLine() throws IOException {
        Path file = Files.writeString(dir.resolve("rules.drl"), "rule \"x\" when then end\n");

        Run run = Run.of("validate", "--rules", file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("innovatiewijzer validate: --rules " + file + ": not a folder; "), run.err());
    }

    @Test
    void withRulesOnlyTheResultIsPrintedWithoutTheHint() throws IOException {
        Path copy = copy(Path.of("rules"), dir.resolve("rules"));

        Run run = Run.of("validate", "--rules", copy.toString());

        assertEquals(1, run.out().lines().count(), run.out());
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
