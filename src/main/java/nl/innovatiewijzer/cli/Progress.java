package nl.innovatiewijzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A one-line counter on stderr while many facts files are assessed. Shown only on a terminal:
 * in a pipe, a log or a test it would be noise.
 */
final class Progress {

    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private int done;
    private int width;

    private Progress(PrintWriter err, int total, boolean shown) {
        this.err = err;
        this.total = total;
        this.shown = shown;
    }

    /** A counter for {@code total} files, silent unless there is a terminal and more than one file. */
    static Progress of(PrintWriter err, int total) {
        return new Progress(err, total, total > 1 && System.console() != null);
    }

    /** Shows that the next file is being assessed. */
    void next(Path file) {
        done++;
        if (shown) {
            String line = "assessing " + done + " of " + total + ": " + file.getFileName();
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            err.flush();
            width = line.length();
        }
    }

    /** Wipes the counter, so that a message or the end of the run starts on a clean line. */
    void clear() {
        if (shown && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
