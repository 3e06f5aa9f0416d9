package nl.innovatiewijzer.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.InnovatiewijzerException;
import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.KnowledgeBaseException;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.document.PrintableText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: {@code java -jar innovatiewijzer.jar <command> ...}. */
@Command(name = "innovatiewijzer",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Advises data-driven innovation projects of Dutch municipalities on the nine success factors.",
        footer = {"", "Examples:",
                "  ${ROOT-COMMAND-NAME} assess facts/slimme-afvalinzameling.yaml",
                "  ${ROOT-COMMAND-NAME} interview mijn-project.yaml",
                "  ${ROOT-COMMAND-NAME} compare facts/factuurcontrole.yaml factuurcontrole-nu.yaml",
                "  ${ROOT-COMMAND-NAME} validate --rules rules",
                "  ${ROOT-COMMAND-NAME} test --rules rules",
                "  ${ROOT-COMMAND-NAME} document --rules rules --out kennisbank.html",
                "  ${ROOT-COMMAND-NAME} serve --projects facts",
                "  ${ROOT-COMMAND-NAME} assess --help",
                "", ExitCode.HELP})
public final class Main implements Runnable {

    /** How messages name the program, before what went wrong: {@code innovatiewijzer assess: ...}. */
    static final String PROGRAM = "innovatiewijzer";

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the stack trace of an internal error.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where the answers of an interview come from: one per line. */
    private InputStream input = InputStream.nullInputStream();

    public static void main(String[] args) {
        HeadStart.begin(args);
        int code = run(args, System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        // a signal that stopped serve has begun the JVM's shutdown already; exiting once more would
        // wait for that shutdown to end, and it can wait for this thread: the signal's exit stands
        if (!shuttingDown()) {
            System.exit(code);
        }
    }

    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** Runs the command line with the given output streams and no input, and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, InputStream.nullInputStream(), out, err);
    }

    /**
     * Runs the command line with the given input (the answers {@code interview} reads, one per
     * line) and output streams, and returns the exit code.
     */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        main.input = in;
        CommandLine cli = commandLine(main, Commands.needed(args));
        // the usage, the examples and the hints name the command as the user runs it, so that they can be pasted
        cli.setCommandName(CommandName.current());
        HelpLayout.apply(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, command, parsed) -> report(e, err, main.debug));
        cli.setParameterExceptionHandler((e, given) -> {
            // one line per problem: the hint to the help stays on the line of the problem
            err.println(BadCommandLine.message(e));
            return ExitCode.BAD_INPUT;
        });
        try {
            return cli.execute(args);
        } catch (ThreadDeath e) {
            throw e;
        } catch (Throwable e) { // picocli hands on errors (a StackOverflowError, say) without calling the handler
            return report(e, err, main.debug);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command line of the program with every command, as its help describes it. */
    static CommandLine commandLine() {
        return commandLine(new Main(), Commands.ALL);
    }

    private static CommandLine commandLine(Main main, List<Class<?>> commands) {
        CommandLine cli = new CommandLine(main);
        commands.forEach(cli::addSubcommand);
        return cli;
    }

    /** The input the command line was given. */
    InputStream input() {
        return input;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * One line per problem on stderr, and the exit code of the contract for the kind of failure;
     * the stack trace only with {@code --debug}.
     */
    static int report(Throwable e, PrintWriter err, boolean debug) {
        if (e instanceof InnovatiewijzerException problems) {
            printProblems(problems, err);
        } else {
            err.println(PROGRAM + ": internal error: " + oneLine(e) + (debug ? "" : "; run with --debug for details"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        if (e instanceof InvalidFactsException) {
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof KnowledgeBaseException) {
            return ExitCode.BAD_RULES;
        }
        return ExitCode.INTERNAL;
    }

    /**
     * The exception as one line: a message of many lines, as some have, would read as many
     * problems, and what it quotes from a file must not steer the terminal.
     */
    private static String oneLine(Throwable e) {
        return PrintableText.of(String.join(" ", e.toString().strip().lines().map(String::strip).toList()));
    }

    static void printProblems(InnovatiewijzerException e, PrintWriter err) {
        String kind = e instanceof KnowledgeBaseException ? "error in the knowledge base: "
                : e instanceof AssessmentException ? "error while assessing: " : "";
        for (Problem problem : e.problems()) {
            err.println(kind + problem);
        }
    }

    /** The version written into the jar's manifest when it was built. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"innovatiewijzer " + (version == null ? "(development build)" : version)};
        }
    }
}
