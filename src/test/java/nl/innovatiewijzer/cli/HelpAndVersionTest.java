package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpAndVersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "assess", "validate"})
    void helpShowsTheUsageAnExampleAndTheExitCodes(String command) {
        Run run = command.isEmpty() ? Run.of("--help") : Run.of(command, "--help");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: innovatiewijzer"), run.out());
        assertTrue(run.out().contains("Example"), run.out());
        assertTrue(run.out().contains("java -jar target/innovatiewijzer.jar " + (command.isEmpty() ? "assess" : command)),
                run.out());
        assertTrue(run.out().contains("Exit codes: 0"), run.out());
    }

    @Test
    void assessHelpExplainsWhereManyReportsGo() {
        Run run = Run.of("assess", "--help");

        assertTrue(run.out().contains("portfolio.<ext>"), run.out());
        assertTrue(run.out().contains("One of: text, markdown, html, json (default: text)."), run.out());
        assertTrue(run.out().contains("Language of the report: nl, en (default: nl)."), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "assess", "validate"})
    void versionNamesTheProgram(String command) {
        Run run = command.isEmpty() ? Run.of("--version") : Run.of(command, "--version");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("innovatiewijzer "), run.out());
    }

    @Test
    void anUnknownCommandExitsWithTwoAndOneLine() {
        Run run = Run.of("advise", "facts/slimme-afvalinzameling.yaml");

        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
    }
}
