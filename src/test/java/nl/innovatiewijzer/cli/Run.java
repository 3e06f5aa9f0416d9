package nl.innovatiewijzer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line in this process, as a user would see it.
 *
 * @param exitCode what the process would exit with
 * @param out      what it wrote to standard output
 * @param err      what it wrote to standard error
 */
record Run(int exitCode, String out, String err) {

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exitCode, out.toString(), err.toString());
    }
}
