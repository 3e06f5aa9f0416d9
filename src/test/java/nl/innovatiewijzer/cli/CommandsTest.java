package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A command line that names a command reads that command's options alone. */
class CommandsTest {

    @Test
    void aNamedCommandIsTheOnlyOneRead() {
        assertEquals(List.of(AssessCommand.class), Commands.needed(new String[] {"assess", "x.yaml"}));
        assertEquals(List.of(ServeCommand.class), Commands.needed(new String[] {"serve"}));
    }

    @Test
    void helpAMistypedCommandOrNoneReadsThemAll() {
        assertEquals(Commands.ALL, Commands.needed(new String[] {}));
        assertEquals(Commands.ALL, Commands.needed(new String[] {"--help"}));
        assertEquals(Commands.ALL, Commands.needed(new String[] {"asess", "x.yaml"}));
        assertEquals(Commands.ALL, Commands.needed(new String[] {"help", "assess"}));
    }

    @Test
    void theProgramRunsEveryCommandItLists() {
        List<String> listed = Main.commandLine().getSubcommands().keySet().stream().filter(name -> !name.equals("help")).toList();

        for (String name : listed) {
            List<Class<?>> needed = Commands.needed(new String[] {name});
            assertEquals(1, needed.size(), name);
            assertEquals(name, needed.get(0).getAnnotation(CommandLine.Command.class).name(), "the command run for " + name);
        }
    }
}
