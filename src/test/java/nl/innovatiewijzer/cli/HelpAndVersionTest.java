package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class HelpAndVersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "assess", "validate", "test"})
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

    @Test
    void versionNamesTheProgram() {
        Run run = Run.of("--version");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("innovatiewijzer "), run.out());
        assertEquals(1, run.out().lines().count(), run.out());
    }

    /** Every command a user can type, so that a command added later is checked too. */
    static Stream<String> commands() {
        return new CommandLine(new Main()).getSubcommands().values().stream()
                .filter(command -> !command.getCommandSpec().helpCommand())
                .map(CommandLine::getCommandName);
    }

    @ParameterizedTest(name = "{0} --version")
    @MethodSource("commands")
    void everyCommandPrintsTheSameVersionLineAsTheProgram(String command) {
        Run run = Run.of(command, "--version");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Run.of("--version").out(), run.out());
    }

    @Test
    void anUnknownCommandExitsWithTwoAndOneLine() {
        Run run = Run.of("advise", "facts/slimme-afvalinzameling.yaml");

        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
    }
}
