package nl.innovatiewijzer;

import nl.innovatiewijzer.document.DocumentProblem;
import nl.innovatiewijzer.document.PrintableText;

/**
 * One thing wrong with an input file (facts, rules, texts or scenario): where it is and what
 * would be right. Line and column are 1-based; 0 means the position is not known.
 *
 * @param file    the file as the user named it, or a description such as "facts built in code"
 * @param line    the line, or 0
 * @param column  the column, or 0
 * @param field   the field path inside the file (e.g. {@code team.members[2].role}), or empty
 * @param message what is wrong and what was expected
 */
public record Problem(String file, int line, int column, String field, String message) {

    public Problem {
        file = file == null ? "" : file;
        field = field == null ? "" : field;
    }

    /** A problem with a file as a whole, or with no known position in it. */
    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    /** The same problem, as found by the document reader. */
    public static Problem of(DocumentProblem problem) {
        return new Problem(problem.file(), problem.line(), problem.column(), problem.field(), problem.message());
    }

    /**
     * {@code file:line:column: field: message}, leaving out what is not known, on one line: a
     * control character or a character that turns the text around, which a file may hold and a
     * message quote, is written as {@code \}{@code uXXXX}, so that printing a problem cannot
     * steer the terminal it is printed on.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (!field.isEmpty()) {
            text.append(field).append(": ");
        }
        return PrintableText.of(text.append(message).toString());
    }
}
