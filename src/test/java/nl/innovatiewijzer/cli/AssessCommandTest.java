package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.ProjectFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {

    private static final String EXAMPLE = "facts/slimme-afvalinzameling.yaml";

    @TempDir
    Path dir;

    @Test
    void oneFactsFileGivesADutchTextReportOnStandardOutput() {
        Run run = Run.of("assess", EXAMPLE);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Advies van de Innovatiewijzer: Slimme afvalinzameling\n"), run.out());
        assertTrue(run.out().contains("Succesfactoren"), run.out());
        assertTrue(run.out().contains("F9  "), run.out());
        assertEquals("", run.err());
    }

    @Test
    void theReportSaysWhyInPlainWordsAndExplainAddsTheRulesFilesAndFacts() {
        Run plain = Run.of("assess", "facts/hondenoverlast.yaml");
        Run explained = Run.of("assess", "facts/hondenoverlast.yaml", "--explain");

        assertEquals(0, plain.exitCode(), plain.err());
        assertTrue(plain.out().contains("     - Projectleider, aangewezen: nee.\n"), plain.out());
        assertFalse(plain.out().contains("Regel:"), plain.out());
        assertFalse(plain.out().contains("sha256:"), plain.out());
        assertEquals(0, explained.exitCode(), explained.err());
        assertTrue(explained.out().contains("     - Projectleider, aangewezen: nee.\n"
                + "     Feiten: projectLeader.assigned = false\n"
                + "     Regel: \"Appoint a project leader when there is none\" in rules/f1-project-leader.drl\n"),
                explained.out());
        assertTrue(explained.out().contains("vingerafdruk: sha256:"), explained.out());
    }

    @Test
    void jsonForOneFileIsExactlyTheAssessmentOfTheContract() {
        Run run = Run.of("assess", EXAMPLE, "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Advisor.withDefaultRules().assess(ProjectFacts.read(Path.of(EXAMPLE))).toJson(), run.out());
    }

    @Test
    void langEnSwitchesTheHeadingsAndTheAdviceToEnglish() {
        Run run = Run.of("assess", EXAMPLE, "--lang", "en", "--format", "markdown");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("# Innovatiewijzer advice: Slimme afvalinzameling"), run.out());
        assertTrue(run.out().contains("| F1 | Skilled project leader and driven team |"), run.out());
        assertFalse(run.out().contains("Succesfactoren"), run.out());
    }

    @Test
    void outWritesTheReportToThatFileAndNothingToStandardOutput() throws IOException {
        Path page = dir.resolve("advies.html");

        Run run = Run.of("assess", EXAMPLE, "--format", "html", "--out", page.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(page).contains("<h1>Advies van de Innovatiewijzer: Slimme afvalinzameling</h1>"));
    }

    @Test
    void anUnknownFormatExitsWithTwoAndOneLineNamingTheFormats() {
        Run run = Run.of("assess", EXAMPLE, "--format", "pdf");

        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("--format"), run.err());
        assertTrue(run.err().contains("expected one of text, markdown, html, json"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anUnknownLanguageExitsWithTwoAndOneLineNamingTheLanguages() {
        Run run = Run.of("assess", EXAMPLE, "--lang", "fr");

        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("--lang"), run.err());
        assertTrue(run.err().contains("expected one of nl, en"), run.err());
    }

    @Test
    void aFactsFileThatBreaksTheContractExitsWithTwoNamingFileLineAndField() {
        Path bad = SmallKnowledgeBase.write(dir.resolve("bad.yaml"), "project:\n  name: X\n  phase: someday\n");

        Run run = Run.of("assess", bad.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith(bad + ":3:"), run.err());
        assertTrue(run.err().contains("project.phase"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aFileThatDoesNotExistExitsWithTwo() {
        Run run = Run.of("assess", dir.resolve("missing.yaml").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("missing.yaml: no such file"), run.err());
    }

    @Test
    void rulesThatDoNotCompileExitWithThreeNamingTheFile() {
        Path rules = SmallKnowledgeBase.writeTo(dir.resolve("rules"));
        SmallKnowledgeBase.write(rules.resolve("broken.drl"), "package innovatiewijzer;\nrule \"Broken\"\nwhen\nthen\n");

        Run run = Run.of("assess", EXAMPLE, "--rules", rules.toString());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("broken.drl:"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void outNamingAnHtmlFileWritesHtmlWithoutFormat() throws IOException {
        Path report = dir.resolve("report.html");

        Run run = Run.of("assess", EXAMPLE, "--out", report.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(report).startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"), Files.readString(report));
        assertEquals("", run.err());
    }

    @Test
    void theExtensionOfOutChoosesTheFormatWithoutFormat() throws IOException {
        for (String name : List.of("report.htm", "report.md", "report.json", "report.txt", "report.HTML", "report")) {
            Path report = dir.resolve(name);

            Run run = Run.of("assess", EXAMPLE, "--out", report.toString());

            assertEquals(0, run.exitCode(), run.err());
            String written = Files.readString(report);
            String expected = name.toLowerCase(java.util.Locale.ROOT).endsWith(".htm")
                    || name.toLowerCase(java.util.Locale.ROOT).endsWith(".html") ? "<!DOCTYPE html>"
                    : name.endsWith(".md") ? "# Advies van de Innovatiewijzer"
                    : name.endsWith(".json") ? "{" : "Advies van de Innovatiewijzer: ";
            assertTrue(written.startsWith(expected), name + ":\n" + written);
        }
    }

    @Test
    void aFormatGivenWinsOverTheExtensionWithANote() throws IOException {
        Path report = dir.resolve("report.html");

        Run run = Run.of("assess", EXAMPLE, "--format", "json", "--out", report.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(report).startsWith("{"), "the format asked for");
        assertEquals("innovatiewijzer assess: note: " + report + " gets json, as --format says, though its name says "
                + "html\n", run.err());
    }

    @Test
    void aRulesFolderThatDoesNotExistIsABadCommandLine() {
        Run run = Run.of("assess", EXAMPLE, "--rules", dir.resolve("nowhere").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("innovatiewijzer assess: --rules " + dir.resolve("nowhere") + ": no such folder;"),
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void everyCommandLineErrorIsOneLineWithAHintToTheHelp() {
        Run run = Run.of("assess");

        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("(see 'java -jar target/innovatiewijzer.jar assess --help')"), run.err());
    }

    @Test
    void dateSetsTheDayTheAssessmentSpeaksForWhenTheFactsGiveNone() throws IOException {
        Path undated = Files.writeString(dir.resolve("undated.yaml"), "project: {name: Buurtbus}\n");
        Path dated = Files.writeString(dir.resolve("dated.yaml"), "project: {name: Buurtbus}\nassessment: {date: 2026-03-01}\n");

        Run fromOption = Run.of("assess", undated.toString(), "--format", "json", "--date", "2026-06-01");
        Run fromFacts = Run.of("assess", dated.toString(), "--format", "json", "--date", "2026-06-01");

        assertEquals(0, fromOption.exitCode(), fromOption.err());
        assertTrue(fromOption.out().contains("\"assessedOn\": \"2026-06-01\""), fromOption.out());
        assertTrue(fromFacts.out().contains("\"assessedOn\": \"2026-03-01\""), fromFacts.out());
    }

    @Test
    void aDateThatIsNoDayOfTheCalendarIsABadCommandLine() {
        Run run = Run.of("assess", EXAMPLE, "--date", "2026-02-30");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("innovatiewijzer assess: Invalid value for option '--date': \"2026-02-30\" is no "
                + "day of the calendar; write a date that exists, as YYYY-MM-DD"), run.err());
    }
}
