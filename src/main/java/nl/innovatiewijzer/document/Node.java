package nl.innovatiewijzer.document;

import java.util.List;
import java.util.Map;

/**
 * A value read from a YAML or JSON document, with the line and column it starts at, so that
 * every problem found later can point at its place in the file.
 */
public sealed interface Node {

    /** 1-based line of the value. */
    int line();

    /** 1-based column of the value. */
    int column();

    /** What the user would call this kind of value, for messages. */
    String kind();

    /** A mapping; keys keep the order of the file. */
    record MapNode(Map<String, Entry> entries, int line, int column) implements Node {
        public String kind() {
            return "a mapping";
        }
    }

    /** One key of a mapping with its value; the key's own position is kept for "unknown key". */
    record Entry(String key, int line, int column, Node value) {
    }

    /** A list. */
    record ListNode(List<Node> items, int line, int column) implements Node {
        public String kind() {
            return "a list";
        }
    }

    /**
     * A scalar: text, a whole number, a decimal number, true/false, or null.
     *
     * @param written the scalar as the file writes it, when the file leaves its type to the reader
     *                (an unquoted YAML scalar), so that a field that expects text can take
     *                {@code On} or {@code 010} as written; null for text in quotes and for JSON
     */
    record Scalar(Type type, Object value, String written, int line, int column) implements Node {

        public enum Type { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }

        public String kind() {
            return switch (type) {
                case TEXT -> "the text " + quoted((String) value);
                case INTEGER, DECIMAL -> "the number " + (written == null ? value : shortened(written));
                case BOOLEAN -> value.toString();
                case NULL -> "null";
            };
        }

        /** The same value, standing at another place: where an alias repeats it. */
        Scalar at(int line, int column) {
            return new Scalar(type, value, written, line, column);
        }
    }

    /** Text from the file in quotes for a message, cut short when it is long. */
    static String quoted(String text) {
        String shown = shortened(text);
        return shown.length() == text.length() ? "\"" + text + "\""
                : "\"" + shown + "\" (" + text.length() + " characters)";
    }

    /** The first 60 characters of a long text from the file, followed by "...". */
    static String shortened(String text) {
        if (text.length() <= 80) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(59)) ? 59 : 60;
        return text.substring(0, end) + "...";
    }
}
