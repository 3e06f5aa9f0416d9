package nl.innovatiewijzer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How the help of every command is laid out. The footer's prose is wrapped to the width of the
 * help, as picocli does; an example (a footer line that starts with two spaces) is never wrapped,
 * so that it can be copied from the terminal and pasted as one command, however narrow the
 * terminal and however long the command the user runs the program with.
 */
final class HelpLayout {

    /** What starts an example in a footer: a command, indented. */
    static final String EXAMPLE = "  ";

    private HelpLayout() {
    }

    /** Lays out the help of {@code cli} and of each of its subcommands. */
    static void apply(CommandLine cli) {
        cli.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, HelpLayout::footer);
        cli.getSubcommands().values().forEach(HelpLayout::apply);
    }

    private static String footer(Help help) {
        UsageMessageSpec usage = help.commandSpec().usageMessage();
        StringBuilder out = new StringBuilder();
        for (String line : usage.footer()) {
            if (line.startsWith(EXAMPLE)) {
                out.append(line).append(System.lineSeparator());
            } else {
                wrap(line, usage.width(), out);
            }
        }
        return out.toString();
    }

    /** Appends {@code text} in lines of at most {@code width} characters, broken between words. */
    static void wrap(String text, int width, StringBuilder out) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.append(line).append(System.lineSeparator());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append(System.lineSeparator());
    }
}
