package nl.innovatiewijzer.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.document.Node;

/**
 * Reads values out of a scenario file's {@link Node} tree strictly, the way facts files are read:
 * a value of the wrong kind becomes a problem with the file, line, column and field path, and
 * reading goes on, so that one run reports every problem in the file.
 */
final class NodeReader {

    private final String file;
    private final List<Problem> problems;

    NodeReader(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The mapping, or null after reporting that {@code path} must be one with these fields. */
    Node.MapNode mapping(Node node, String path, String expected) {
        if (node instanceof Node.MapNode map) {
            return map;
        }
        if (node == null) {
            return null; // the parser has reported why
        }
        problem(node, path, "expected " + expected + ", found " + node.kind());
        return null;
    }

    /** The list's items, or an empty list after reporting that {@code path} must be a list. */
    List<Node> list(Node node, String path, String expected) {
        if (node instanceof Node.ListNode list) {
            return list.items();
        }
        if (node == null) {
            return List.of(); // the parser has reported why
        }
        problem(node, path, "expected " + expected + ", found " + node.kind() + " (an empty list is written [])");
        return List.of();
    }

    /** The text, or null after reporting that {@code path} must be a text that is not blank. */
    String text(Node node, String path) {
        if (node instanceof Node.Scalar scalar && scalar.type() == Node.Scalar.Type.TEXT) {
            String text = (String) scalar.value();
            if (!text.isBlank()) {
                return text;
            }
            problem(node, path, "is empty; expected text");
            return null;
        }
        if (node == null) {
            return null; // the parser has reported why
        }
        problem(node, path, "expected text, found " + node.kind());
        return null;
    }

    /** The text, or null after reporting that it is longer than {@code max} characters. */
    String text(Node node, String path, int max) {
        String text = text(node, path);
        if (text != null && text.length() > max) {
            problem(node, path, "has " + text.length() + " characters; at most " + max + " are allowed");
            return null;
        }
        return text;
    }

    /**
     * The constant of {@code type} spelled exactly as its Java name (the way the assessment
     * contract writes statuses), or null after reporting what is allowed.
     */
    <E extends Enum<E>> E constant(Class<E> type, Node node, String path, String what) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text.toUpperCase(Locale.ROOT))) {
                problem(node, path, "unknown " + what + " \"" + text + "\"; write it in capitals: " + constant.name());
                return null;
            }
        }
        problem(node, path, "unknown " + what + " \"" + text + "\"; expected one of " + allowed);
        return null;
    }

    /** Reports a key that is not one of {@code allowed}. */
    void unknownField(Node.Entry entry, String path, List<String> allowed) {
        problems.add(new Problem(file, entry.line(), entry.column(), path,
                "unknown field; expected one of " + String.join(", ", allowed)));
    }

    void problem(Node node, String path, String message) {
        problems.add(new Problem(file, node == null ? 0 : node.line(), node == null ? 0 : node.column(), path, message));
    }

    void problem(Node.Entry entry, String path, String message) {
        problems.add(new Problem(file, entry.line(), entry.column(), path, message));
    }

    /** True for a value that is absent or written as null. */
    static boolean isNull(Node node) {
        return node == null || node instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL;
    }

    static String join(String path, String field) {
        return path + "." + field;
    }

    static String item(String path, int index) {
        return path + "[" + index + "]";
    }
}
