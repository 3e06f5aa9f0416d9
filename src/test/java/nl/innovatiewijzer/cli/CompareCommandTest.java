package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    private static final String EXAMPLE = "facts/factuurcontrole.yaml";

    @TempDir
    Path dir;

    /** The example a few months on: the leader has more time and the cycles are short. */
    private Path later() throws IOException {
        Path later = dir.resolve("factuurcontrole-nu.yaml");
        Files.writeString(later, Files.readString(Path.of(EXAMPLE))
                .replace("hoursPerWeek: 6", "hoursPerWeek: 20")
                .replace("cycleLengthWeeks: 10", "cycleLengthWeeks: 3"));
        return later;
    }

    @Test
    void twoFactsFilesShowTheFactorsAndFactsThatChanged() throws IOException {
        Run run = Run.of("compare", EXAMPLE, later().toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Wat is veranderd: Automatische factuurcontrole\n"), run.out());
        assertTrue(run.out().contains("  F1 Vaardige projectleider en gedreven team: Risico -> Aandacht\n"), run.out());
        assertTrue(run.out().contains("Projectleider: Uren per week: 6 -> 20\n"), run.out());
        assertTrue(run.out().contains("  - F1 Maak tijd vrij voor de projectleider\n"), run.out());
    }

    @Test
    void jsonListsOnlyWhatChanged() throws IOException {
        Run run = Run.of("compare", EXAMPLE, later().toString(), "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"field\": \"projectLeader.hoursPerWeek\",\n      \"before\": 6,\n      \"after\": 20"),
                run.out());
        assertTrue(run.out().contains("\"resolved\": [\n      \"F1-free-leader-time\""), run.out());
        assertTrue(!run.out().contains("\"id\": \"F2\""), "F2 did not change:\n" + run.out());
    }

    @Test
    void aSavedAssessmentIsToldApartByItsContentAndItsFactsAreNotKnown() throws IOException {
        Path saved = dir.resolve("advies-juni.json");
        Files.writeString(saved, Run.of("assess", EXAMPLE, "--format", "json").out());

        Run run = Run.of("compare", saved.toString(), later().toString(), "--lang", "en", "--format", "markdown");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("| F1 Skilled project leader and driven team | Risk | Attention |"), run.out());
        assertTrue(run.out().contains("Which facts changed is not known"), run.out());
    }

    @Test
    void htmlIsOnePage() throws IOException {
        Run run = Run.of("compare", EXAMPLE, later().toString(), "--format", "html");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("<!DOCTYPE html>"), run.out());
        assertTrue(run.out().contains("<h1>Wat is veranderd: Automatische factuurcontrole</h1>"), run.out());
    }

    @Test
    void anInvalidFactsFileIsNamedWithItsLineAndExitsWithTwo() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "project:\n  name: X\n  phase: later\n");

        Run run = Run.of("compare", EXAMPLE, bad.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(bad + ":3:10: project.phase: unknown value \"later\""), run.err());
        assertEquals("", run.out());
    }

    @Test
    void brokenJsonIsNamedWithItsLineAndColumn() throws IOException {
        Path broken = dir.resolve("advies.json");
        Files.writeString(broken, "{\"knowledgeBase\": {},\n \"factors\": [}\n");

        Run run = Run.of("compare", broken.toString(), EXAMPLE);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith(broken + ":2:"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void aSavedAssessmentWithAStatusThatDoesNotExistSaysWhichAreAllowed() throws IOException {
        Path saved = dir.resolve("advies.json");
        Files.writeString(saved, "{\"project\": {\"name\": \"X\"}, \"knowledgeBase\": {},"
                + " \"factors\": [{\"id\": \"F1\", \"status\": \"GOOD\"}]}\n");

        Run run = Run.of("compare", saved.toString(), EXAMPLE);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(saved + ": factors[F1].status: \"GOOD\" is not allowed; expected one of "
                + "STRONG, ATTENTION, RISK, UNKNOWN"), run.err());
    }

    @Test
    void aFileThatIsNotThereIsNamed() {
        Run run = Run.of("compare", EXAMPLE, dir.resolve("nergens.yaml").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(dir.resolve("nergens.yaml").toString()), run.err());
    }
}
