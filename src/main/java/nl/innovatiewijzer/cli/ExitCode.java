package nl.innovatiewijzer.cli;

/** The exit codes of the command line, as the interfaces contract fixes them. */
final class ExitCode {

    /** Everything worked. */
    public static final int OK = 0;
    /** A scenario failed ({@code test} only). */
    public static final int SCENARIO_FAILED = 1;
    /** A bad command line, or a facts or scenario file that does not follow its contract. */
    public static final int BAD_INPUT = 2;
    /** The knowledge base does not compile or fails validation. */
    public static final int BAD_RULES = 3;
    /** Something went wrong inside: a rule failed while running, or a bug. */
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
