package nl.innovatiewijzer.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.innovatiewijzer.document.Node;

/**
 * The lines of a texts file as written, to tell where YAML read a text otherwise than it looks:
 * in a text without quotes, {@code " #"} starts a comment, and YAML drops the rest of the line
 * without a word. A facts file may hold such comments ({@code phase: pilot  # since March}); in
 * a texts file they cut a sentence short, so there they are an error.
 */
final class WrittenTexts {

    private static final Pattern COMMENT = Pattern.compile("[ \\t]+(#.*)");

    /** The comment that follows a text on its line, with where it starts. */
    record Comment(String text, int line, int column) {
    }

    private final List<String> lines;

    WrittenTexts(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        this.lines = List.of((text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1));
    }

    /** The comment YAML read after the text {@code node} without quotes on its line, or null when there is none. */
    Comment commentAfter(Node node) {
        if (!(node instanceof Node.Scalar scalar) || scalar.written() == null || scalar.line() < 1
                || scalar.line() > lines.size()) {
            return null;
        }
        String line = lines.get(scalar.line() - 1);
        int start;
        try {
            start = line.offsetByCodePoints(0, scalar.column() - 1);
        } catch (IndexOutOfBoundsException e) {
            return null;
        }
        if (!line.startsWith(scalar.written(), start)) {
            return null; // a text over more lines: YAML joined them, and the line holds a part
        }
        int after = start + scalar.written().length();
        Matcher comment = COMMENT.matcher(line.substring(after));
        if (!comment.matches()) {
            return null;
        }
        int hash = after + comment.start(1);
        return new Comment(comment.group(1).strip(), scalar.line(), line.codePointCount(0, hash) + 1);
    }

    /** {@code text} in double quotes, as a texts file writes it. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
