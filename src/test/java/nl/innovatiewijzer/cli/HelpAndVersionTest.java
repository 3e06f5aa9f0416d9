package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class HelpAndVersionTest {

    /** How the tests run the program: from a folder of classes, so the help names the documented command. */
    private static final String COMMAND = "java -jar target/innovatiewijzer.jar";

    /** Every command a user can type, so that a command added later is checked too. */
    static Stream<String> commands() {
        return Main.commandLine().getSubcommands().values().stream()
                .filter(command -> !command.getCommandSpec().helpCommand())
                .map(CommandLine::getCommandName);
    }

    /** The program itself and every command. */
    static Stream<String> programAndCommands() {
        return Stream.concat(Stream.of(""), commands());
    }

    private static Run help(String command) {
        return command.isEmpty() ? Run.of("--help") : Run.of(command, "--help");
    }

    /** The help as one line of words, so that a sentence can be found however it was wrapped. */
    private static String unwrapped(String help) {
        return String.join(" ", help.strip().split("\\s+"));
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("programAndCommands")
    void helpShowsTheUsageWithTheCommandAsTheUserRunsItAndAnExample(String command) {
        Run run = help(command);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: " + COMMAND + (command.isEmpty() ? " " : " " + command + " ")), run.out());
        assertTrue(run.out().contains("Example"), run.out());
        assertTrue(run.out().contains("\n  " + COMMAND + " " + (command.isEmpty() ? "assess" : command)), run.out());
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("programAndCommands")
    void everyExampleInTheHelpIsOneLineThatRunsAsPastedAtEightyColumns(String command) {
        Run run = help(command);

        List<String> examples = run.out().lines().filter(line -> line.startsWith("  " + COMMAND + " ")).toList();
        assertFalse(examples.isEmpty(), run.out());
        assertTrue(run.out().lines().noneMatch(line -> line.stripTrailing().endsWith("\\")),
                "no example is continued on the next line:\n" + run.out());
        for (String example : examples) {
            String[] args = example.substring(("  " + COMMAND + " ").length()).split(" ");
            assertDoesNotThrow(() -> Main.commandLine().parseArgs(args), example);
        }
        run.out().lines().filter(line -> !examples.contains(line))
                .forEach(line -> assertTrue(line.length() <= 80, "wider than 80 columns: " + line));
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("programAndCommands")
    void everyHelpEndsWithTheExitCodesOfTheContract(String command) {
        String help = unwrapped(help(command).out());

        assertTrue(help.endsWith(ExitCode.HELP), help);
    }

    @Test
    void theReadmeExplainsEachExitCodeInTheWordsOfTheHelp() throws IOException {
        String readme = Files.readString(Path.of("README.md"));

        for (String meaning : ExitCode.MEANINGS) {
            String code = meaning.substring(0, 1);
            String words = meaning.substring(2);
            assertTrue(readme.contains("| " + code + " | " + words + " |"), "README.md: | " + code + " | " + words + " |");
        }
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void everyCommandThatCompilesRulesSaysWhereTheCacheIs(String command) {
        String help = unwrapped(help(command).out());

        if (help.contains("--no-cache")) {
            assertTrue(help.contains("$INNOVATIEWIJZER_CACHE, else $XDG_CACHE_HOME/innovatiewijzer, else "
                    + "~/.cache/innovatiewijzer"), help);
        }
    }

    @Test
    void assessHelpExplainsWhereManyReportsGoAndHowTheFormatIsChosen() {
        String help = unwrapped(Run.of("assess", "--help").out());

        assertTrue(help.contains("portfolio.<ext>"), help);
        assertTrue(help.contains("One of: text, markdown, html, json. Default: the format the --out file's extension "
                + "names (txt, md, html or htm, json), else text; a --format given wins over the extension."), help);
        assertTrue(help.contains("Language of the report: nl, en (default: nl)."), help);
    }

    @Test
    void aLauncherNamesTheCommandTheHelpAndTheHintsUse() {
        String before = System.getProperty(CommandName.PROPERTY);
        System.setProperty(CommandName.PROPERTY, "bin/innovatiewijzer");
        try {
            Run help = Run.of("validate", "--help");
            Run typo = Run.of("asess");

            assertTrue(help.out().startsWith("Usage: bin/innovatiewijzer validate "), help.out());
            assertTrue(help.out().contains("\n  bin/innovatiewijzer validate --rules rules\n"), help.out());
            assertTrue(typo.err().endsWith("(see 'bin/innovatiewijzer --help')\n"), typo.err());
        } finally {
            if (before == null) {
                System.clearProperty(CommandName.PROPERTY);
            } else {
                System.setProperty(CommandName.PROPERTY, before);
            }
        }
    }

    @Test
    void aJarIsNamedByItsPathFromTheWorkingFolderOrInFullWhenItIsElsewhere() {
        Path here = Path.of("/home/adviseur/innovatiewijzer");

        assertEquals("target/innovatiewijzer.jar", CommandName.shown(here.resolve("target/innovatiewijzer.jar"), here));
        assertEquals("/opt/innovatiewijzer/innovatiewijzer.jar",
                CommandName.shown(Path.of("/opt/innovatiewijzer/innovatiewijzer.jar"), here));
        assertEquals("'/home/a b/innovatiewijzer.jar'", CommandName.quoted("/home/a b/innovatiewijzer.jar"));
    }

    @Test
    void versionNamesTheProgram() {
        Run run = Run.of("--version");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("innovatiewijzer "), run.out());
        assertEquals(1, run.out().lines().count(), run.out());
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
        assertEquals("innovatiewijzer: unknown command 'advise'; the commands are assess, validate, test, document, interview, "
                + "compare, serve, help (see '" + COMMAND + " --help')\n", run.err());
    }

    @Test
    void aMistypedCommandGetsTheCommandItWasMeantToBe() {
        Run run = Run.of("valdate", "--rules", "rules");

        assertEquals(2, run.exitCode());
        assertEquals("innovatiewijzer: unknown command 'valdate'; did you mean validate? (see '" + COMMAND
                + " --help')\n", run.err());
    }

    @Test
    void aMistypedOptionGetsTheOptionItWasMeantToBe() {
        Run run = Run.of("assess", "facts/slimme-afvalinzameling.yaml", "--fromat", "html");

        assertEquals(2, run.exitCode());
        assertEquals("innovatiewijzer assess: unknown option '--fromat'; did you mean --format? (see '" + COMMAND
                + " assess --help')\n", run.err());
    }

    @Test
    void everyCommandIsListedInTheProgramsHelp() {
        String help = Run.of("--help").out();

        commands().forEach(command -> assertTrue(Arrays.stream(help.split("\n"))
                .anyMatch(line -> line.strip().startsWith(command + " ")), command + ":\n" + help));
    }
}
