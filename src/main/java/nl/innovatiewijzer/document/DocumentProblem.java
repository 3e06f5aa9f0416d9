package nl.innovatiewijzer.document;

/**
 * One thing wrong in a document read by this package: where it is and what would be right. The
 * library turns it into its own {@code Problem} for the exception it throws; line and column
 * are 1-based, 0 when the position is not known.
 *
 * @param file    the file as the user named it
 * @param line    the line, or 0
 * @param column  the column, or 0
 * @param field   the field path inside the document (e.g. {@code team.members[2].role}), or empty
 * @param message what is wrong and what was expected
 */
public record DocumentProblem(String file, int line, int column, String field, String message) {

    public DocumentProblem {
        file = file == null ? "" : file;
        field = field == null ? "" : field;
    }

    /** A problem with a file as a whole, or with no known position in it. */
    public static DocumentProblem inFile(String file, String message) {
        return new DocumentProblem(file, 0, 0, "", message);
    }
}
