package nl.innovatiewijzer.cli;

import java.util.List;
import picocli.CommandLine;

/**
 * The commands of the program, in the order its help lists them. Reading the options of a
 * command takes a cold start some tens of milliseconds, so a command line that names a command
 * gets that one alone; any other (help, a mistyped command, none) gets them all, for the list of
 * commands and the suggestions.
 */
final class Commands {

    static final List<Class<?>> ALL = List.of(AssessCommand.class, ValidateCommand.class, TestCommand.class,
            DocumentCommand.class, InterviewCommand.class, CompareCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class);

    private static final List<String> NAMES = List.of("assess", "validate", "test", "document", "interview", "compare",
            "serve");

    private Commands() {
    }

    /** The commands the command line {@code args} may run. */
    static List<Class<?>> needed(String[] args) {
        if (args.length > 0) {
            int named = NAMES.indexOf(args[0]);
            if (named >= 0) {
                return List.of(ALL.get(named));
            }
        }
        return ALL;
    }
}
