package nl.innovatiewijzer.cli;

import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.document.PrintableText;
import nl.innovatiewijzer.document.Suggestion;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one line a bad command line gets: which command, what is wrong, the command or option that
 * was most likely meant, and the help to read, named as the user runs the program.
 *
 * <pre>
 * innovatiewijzer: unknown command 'valdate'; did you mean validate? (see 'java -jar target/innovatiewijzer.jar --help')
 * </pre>
 */
final class BadCommandLine {

    private BadCommandLine() {
    }

    /** The line for {@code e}, without a line break. */
    static String message(ParameterException e) {
        CommandSpec command = e.getCommandLine().getCommandSpec();
        String what = e instanceof UnmatchedArgumentException unmatched ? unmatched(unmatched, command) : null;
        if (what == null) {
            what = String.join(" ", e.getMessage().strip().lines().map(String::strip).toList());
        }
        return PrintableText.of(label(command) + ": " + what + " (see '" + command.qualifiedName() + " --help')");
    }

    /** {@code innovatiewijzer} and the subcommand, as messages start: short, whatever the command is run with. */
    static String label(CommandSpec command) {
        List<String> names = new ArrayList<>();
        for (CommandSpec spec = command; spec.parent() != null; spec = spec.parent()) {
            names.add(0, spec.name());
        }
        names.add(0, Main.PROGRAM);
        return String.join(" ", names);
    }

    /** What is wrong with an argument nobody expected: a mistyped command or option, or null for picocli's words. */
    private static String unmatched(UnmatchedArgumentException e, CommandSpec command) {
        List<String> arguments = e.getUnmatched();
        if (arguments.isEmpty()) {
            return null;
        }
        String first = arguments.get(0);
        if (first.startsWith("-")) {
            String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            List<String> names = new ArrayList<>();
            for (OptionSpec spec : command.options()) {
                names.addAll(List.of(spec.names()));
            }
            return "unknown option '" + option + "'" + Suggestion.didYouMean(option, names);
        }
        // the program itself takes no arguments but options: a word there was meant as a command
        if (command.parent() == null && !command.subcommands().isEmpty()) {
            List<String> commands = command.subcommands().values().stream()
                    .map(CommandLine::getCommandName).toList();
            String meant = Suggestion.didYouMean(first, commands);
            return "unknown command '" + first + "'" + (meant.isEmpty()
                    ? "; the commands are " + String.join(", ", commands) : meant);
        }
        return null;
    }
}
