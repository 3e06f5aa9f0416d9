package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code document}: the knowledge overview, made by the jar from the rules. */
class DocumentCommandTest {

    @TempDir
    Path dir;

    @Test
    void withoutOptionsTheOverviewOfTheShippedRulesIsDutchMarkdownOnStandardOutput() {
        Run run = Run.of("document");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("# De kennisbank, regel voor regel\n"), run.out());
        assertTrue(run.out().contains("### F1 Vaardige projectleider en gedreven team \\(`rules/f1-project-leader.drl`\\)"),
                run.out());
        assertEquals("", run.err());
    }

    @Test
    void theOverviewOfARulesFolderListsItsRules() {
        Path rules = SmallKnowledgeBase.writeTo(dir.resolve("rules"));

        Run run = Run.of("document", "--rules", rules.toString(), "--lang", "en");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("| F1 | No project leader is assigned | **Risk**: No project leader is assigned. |"),
                run.out());
        assertTrue(run.out().contains("**high** `T-appoint-leader`: Appoint a project leader \\(Wijs een projectleider "
                + "aan\\)"), run.out());
    }

    @Test
    void outNamingAnHtmlFileWritesTheOverviewAsAnHtmlPage() throws IOException {
        Path page = dir.resolve("kennisbank.html");

        Run run = Run.of("document", "--out", page.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"), html);
        assertTrue(html.contains("<h1>De kennisbank, regel voor regel</h1>"), html);
    }

    @Test
    void aFormatThatIsNoFormatOfTheOverviewIsABadCommandLine() {
        Run run = Run.of("document", "--format", "text");

        assertEquals(2, run.exitCode());
        assertEquals("innovatiewijzer document: Invalid value for option '--format': unknown format \"text\"; expected "
                + "one of markdown, html, json (see 'java -jar target/innovatiewijzer.jar document --help')\n", run.err());
    }

    @Test
    void jsonIsTheFormatOfTheFactsSchemaNotOfTheOverview() {
        Run run = Run.of("document", "--format", "json");

        assertEquals(2, run.exitCode());
        assertEquals("innovatiewijzer document: --format json: the knowledge overview is written as markdown or html; "
                + "json is for the facts schema, with --facts\n", run.err());
    }

    @Test
    void withFactsTheFactsReferenceInDocsIsWhatTheJarWrites() throws IOException {
        Run english = Run.of("document", "--facts", "--rules", "rules", "--lang", "en");
        Run dutch = Run.of("document", "--facts", "--rules", "rules");

        assertEquals(0, english.exitCode(), english.err());
        assertEquals(Files.readString(Path.of("docs/facts.md")), english.out());
        assertEquals(Files.readString(Path.of("docs/facts.nl.md")), dutch.out());
    }

    @Test
    void withFactsAndAJsonFileTheSchemaIsWritten() throws IOException {
        Path schema = dir.resolve("facts.schema.json");

        Run run = Run.of("document", "--facts", "--rules", "rules", "--lang", "en", "--out", schema.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readString(Path.of("docs/facts.schema.json")), Files.readString(schema));
    }

    @Test
    void outNamingAFolderIsRefusedAndNothingIsWritten() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("docs"));

        Run run = Run.of("document", "--out", folder.toString());

        assertEquals(2, run.exitCode());
        assertEquals("innovatiewijzer document: --out: " + folder + " is a folder; --out names the overview's file\n",
                run.err());
    }
}
