package nl.innovatiewijzer.cli;

import java.util.List;

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

    /**
     * What each exit code means, in the words of the contract: the same at the end of the help of
     * every command and in the README's table, so that a code means one thing wherever it is explained.
     */
    static final String MEANS_OK = "0 success";
    static final String MEANS_SCENARIO_FAILED = "1 a scenario failed (test only)";
    static final String MEANS_BAD_INPUT = "2 bad command line, or a facts or scenario file that is invalid or could not be read";
    static final String MEANS_BAD_RULES = "3 the knowledge base does not compile or fails validation";
    static final String MEANS_INTERNAL = "4 internal error (a rule that fails while it runs, or a fault in the program)";
    static final List<String> MEANINGS = List.of(MEANS_OK, MEANS_SCENARIO_FAILED, MEANS_BAD_INPUT, MEANS_BAD_RULES,
            MEANS_INTERNAL);

    /** The last paragraph of the help of every command. */
    static final String HELP = "Exit codes: " + MEANS_OK + "; " + MEANS_SCENARIO_FAILED + "; " + MEANS_BAD_INPUT + "; "
            + MEANS_BAD_RULES + "; " + MEANS_INTERNAL + ".";

    private ExitCode() {
    }
}
