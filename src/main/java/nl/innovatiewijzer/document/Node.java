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

    /** A scalar: text, a whole number, a decimal number, true/false, or null. */
    record Scalar(Type type, Object value, int line, int column) implements Node {

        public enum Type { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }

        public String kind() {
            return switch (type) {
                case TEXT -> "the text \"" + value + "\"";
                case INTEGER, DECIMAL -> "the number " + value;
                case BOOLEAN -> value.toString();
                case NULL -> "null";
            };
        }
    }
}
