package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.Problem;
import org.junit.jupiter.api.Test;

/** What the command line says when something fails inside: one line and exit code 4, the stack trace only on request. */
class InternalErrorTest {

    private final StringWriter err = new StringWriter();

    private int report(Throwable e, boolean debug) {
        return Main.report(e, new PrintWriter(err, true), debug);
    }

    @Test
    void anErrorIsOneLineWithExitCodeFour() {
        int exit = report(new StackOverflowError(), false);

        assertEquals(ExitCode.INTERNAL, exit);
        assertEquals("innovatiewijzer: internal error: java.lang.StackOverflowError; run with --debug for details"
                + System.lineSeparator(), err.toString());
    }

    @Test
    void aMessageOfManyLinesStaysOnOneLine() {
        report(new IllegalStateException("the first line\n  and the second"), false);

        assertEquals(List.of("innovatiewijzer: internal error: java.lang.IllegalStateException: the first line and the second; "
                + "run with --debug for details"), err.toString().lines().toList());
    }

    @Test
    void aMessageCannotSteerTheTerminal() {
        report(new IllegalStateException("name \u001b[2J\u202Eevil"), false);

        assertEquals("innovatiewijzer: internal error: java.lang.IllegalStateException: name \\u001B[2J\\u202Eevil; "
                + "run with --debug for details" + System.lineSeparator(), err.toString());
    }

    @Test
    void aRuleThatFailedIsOneLinePerProblemWithExitCodeFour() {
        int exit = report(new AssessmentException(List.of(new Problem("rules/f1.drl", 12, 0, "",
                "rule \"Deep\" failed: StackOverflowError")), new StackOverflowError()), false);

        assertEquals(ExitCode.INTERNAL, exit);
        assertEquals(List.of("error while assessing: rules/f1.drl:12: rule \"Deep\" failed: StackOverflowError"),
                err.toString().lines().toList());
    }

    @Test
    void withDebugTheStackTraceFollowsTheLine() {
        report(new OutOfMemoryError("Java heap space"), true);

        List<String> lines = err.toString().lines().toList();
        assertEquals("innovatiewijzer: internal error: java.lang.OutOfMemoryError: Java heap space", lines.get(0));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("\tat ")), err.toString());
    }
}
