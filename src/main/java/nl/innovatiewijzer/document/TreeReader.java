package nl.innovatiewijzer.document;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads typed values out of a {@link Node} tree strictly, for facts, texts and scenario files
 * alike: a value of the wrong kind becomes a {@link DocumentProblem} worded "expected X, found Y",
 * placed at the value's line and column with its field path, and reading goes on, so that one run
 * reports every problem in the file. A null node is a value the parser refused and has reported
 * already: every accessor returns null for it without a second problem.
 */
public final class TreeReader {

    /** How a document spells the constants of an enum. */
    public enum Spelling {
        /** As the facts contract writes them, in camelCase: {@code coCreation}. */
        CONTRACT,
        /** As the assessment contract writes them, in capitals: {@code STRONG}. */
        CAPITALS;

        String of(Enum<?> constant) {
            return this == CONTRACT ? ContractNames.of(constant) : constant.name();
        }

        /** Every constant of {@code type}, spelled this way, separated by commas. */
        public String allOf(Class<? extends Enum<?>> type) {
            List<String> names = new ArrayList<>();
            for (Enum<?> constant : type.getEnumConstants()) {
                names.add(of(constant));
            }
            return String.join(", ", names);
        }

        private String hint(String spelled) {
            return this == CAPITALS ? "write it in capitals: " + spelled : "write it as " + spelled;
        }
    }

    /** The ways of writing yes and no that YAML 1.1 took for booleans, and the case variants of true and false. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> YES = Set.of("yes", "y", "on", "true");
    private static final Set<String> NO = Set.of("no", "n", "off", "false");
    /** A number with a zero before its first digit, such as {@code 010}, {@code -07} or {@code 00.5}. */
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9][0-9]*(\\.[0-9]*)?([eE][-+]?[0-9]+)?");

    private final String file;
    private final List<DocumentProblem> problems;

    /** A reader that adds every problem it finds, placed in {@code file}, to {@code problems}. */
    public TreeReader(String file, List<DocumentProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** Every problem found so far, also those added by the caller. */
    public List<DocumentProblem> problems() {
        return problems;
    }

    /**
     * A mapping whose keys must be among {@code names}, each a {@code noun} such as "field" or
     * "section": in the order of the file, each known key is handed to {@code known} and every
     * other key is reported at its own place. Null after reporting a value that is not a mapping.
     */
    public Node.MapNode mapping(Node node, String path, String noun, List<String> names, Consumer<Node.Entry> known) {
        String allowed = String.join(", ", names);
        Node.MapNode map = mapping(node, path, "a mapping with the " + noun + "s " + allowed);
        if (map != null) {
            for (Node.Entry entry : map.entries().values()) {
                if (names.contains(entry.key())) {
                    known.accept(entry);
                } else {
                    problem(entry, join(path, entry.key()), "unknown " + noun + "; expected one of " + allowed
                            + Suggestion.didYouMean(entry.key(), names));
                }
            }
        }
        return map;
    }

    /** A mapping with the fields {@code names}; see {@link #mapping(Node, String, String, List, Consumer)}. */
    public Node.MapNode fields(Node node, String path, List<String> names, Consumer<Node.Entry> known) {
        return mapping(node, path, "field", names, known);
    }

    /** A mapping with keys of the caller's choosing, or null after reporting that it must be {@code expected}. */
    public Node.MapNode mapping(Node node, String path, String expected) {
        if (node instanceof Node.MapNode map) {
            return map;
        }
        wrongKind(node, path, expected);
        return null;
    }

    /**
     * Reports {@code field} as required, at the mapping {@code map} (at {@code path}), when the
     * mapping does not have it; {@code why} says what it is for, or is empty.
     */
    public void required(Node.MapNode map, String path, String field, String why) {
        if (!map.entries().containsKey(field)) {
            problem(map, join(path, field), absent(why));
        }
    }

    /**
     * A list, or null after reporting that it must be {@code expected}: in the order of the file,
     * each item is handed to {@code item} with its field path, and an item that is empty (nothing,
     * null or "") is reported instead.
     */
    public Node.ListNode list(Node node, String path, String expected, BiConsumer<Node, String> item) {
        if (!(node instanceof Node.ListNode list)) {
            wrongKind(node, path, expected, " (an empty list is written [])");
            return null;
        }
        for (int i = 0; i < list.items().size(); i++) {
            Node value = list.items().get(i);
            if (value != null && (isNull(value) || isText(value) && ((String) ((Node.Scalar) value).value()).isEmpty())) {
                problem(value, item(path, i), "a list item may not be empty");
            } else if (value != null) {
                item.accept(value, item(path, i));
            }
        }
        return list;
    }

    /**
     * The text as written, empty or not, or null after reporting a value that is not text. An
     * unquoted YAML value is text as it is written ({@code On}, {@code 010}, {@code 2.50}), since
     * only the field says what it is; null and {@code ~} stay null.
     */
    public String text(Node node, String path) {
        if (isText(node)) {
            return (String) ((Node.Scalar) node).value();
        }
        if (node instanceof Node.Scalar scalar && scalar.type() != Node.Scalar.Type.NULL && scalar.written() != null) {
            return scalar.written();
        }
        wrongKind(node, path, "text");
        return null;
    }

    /** The text, or null after reporting that it is not text or blank. */
    public String nonBlankText(Node node, String path) {
        return nonBlankText(node, path, Integer.MAX_VALUE);
    }

    /** The text, or null after reporting that it is not text, blank, or longer than {@code max} characters. */
    public String nonBlankText(Node node, String path, int max) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            problem(node, path, "is empty; expected text");
            return null;
        }
        if (text.length() > max) {
            problem(node, path, tooLong(text.length(), max));
            return null;
        }
        return text;
    }

    /** The whole number, or null after reporting that it is not one or lies outside {@code min} to {@code max}. */
    public Integer wholeNumber(Node node, String path, int min, int max) {
        if (!(node instanceof Node.Scalar scalar && scalar.type() == Node.Scalar.Type.INTEGER)) {
            if (!leadingZero(node, path)) {
                wrongKind(node, path, "a whole number");
            }
            return null;
        }
        BigInteger number = (BigInteger) scalar.value();
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            problem(node, path, outside(number.toString(), min, max));
            return null;
        }
        return number.intValue();
    }

    /** The number, whole or decimal, or null after reporting that it is not a finite number. */
    public Double number(Node node, String path) {
        if (node instanceof Node.Scalar scalar
                && (scalar.type() == Node.Scalar.Type.INTEGER || scalar.type() == Node.Scalar.Type.DECIMAL)) {
            double number = ((Number) scalar.value()).doubleValue();
            if (Double.isFinite(number)) {
                return number;
            }
            wrongKind(node, path, "a finite number");
            return null;
        }
        if (!leadingZero(node, path)) {
            wrongKind(node, path, "a number");
        }
        return null;
    }

    /**
     * True or false, or null after reporting another value; a yes or no written another way
     * ({@code yes}, {@code On}, {@code N}, which YAML 1.1 reads as booleans) is told how to write it.
     */
    public Boolean bool(Node node, String path) {
        if (node instanceof Node.Scalar scalar && scalar.type() == Node.Scalar.Type.BOOLEAN) {
            return (Boolean) scalar.value();
        }
        String word = isText(node) ? ((String) ((Node.Scalar) node).value()).toLowerCase(Locale.ROOT) : "";
        String meant = YES.contains(word) ? "true" : NO.contains(word) ? "false" : null;
        wrongKind(node, path, "true or false", meant == null ? "" : "; write " + meant);
        return null;
    }

    /**
     * A calendar date written as the contract writes it, {@code YYYY-MM-DD} ({@code 2026-12-01}),
     * or null after reporting what was found instead.
     */
    public LocalDate date(Node node, String path) {
        String text = isText(node) ? (String) ((Node.Scalar) node).value() : null;
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            wrongKind(node, path, "a date written as YYYY-MM-DD, such as 2026-12-01");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(node, path, Node.quoted(text) + " is no day of the calendar; write a date that exists, as YYYY-MM-DD");
            return null;
        }
    }

    /** Reports a number written with a leading zero, which YAML 1.1 reads as octal; false for any other value. */
    private boolean leadingZero(Node node, String path) {
        if (isText(node) && LEADING_ZERO.matcher((String) ((Node.Scalar) node).value()).matches()) {
            String text = (String) ((Node.Scalar) node).value();
            String sign = text.startsWith("-") ? "-" : "";
            String digits = text.replaceFirst("^[-+]?0+(?=[0-9])", "");
            problem(node, path, "a number does not start with 0; write " + sign + digits);
            return true;
        }
        return false;
    }

    /**
     * The constant of {@code type} written as {@code spelling} spells it, or null after reporting
     * the ones that exist; {@code noun} says what the value is ("value", "status", ...). A value
     * that differs only in capitals is told how to write it.
     */
    public <E extends Enum<E>> E constant(Class<E> type, Spelling spelling, Node node, String path, String noun) {
        String allowed = spelling.allOf(type);
        if (!isText(node)) {
            wrongKind(node, path, "one of " + allowed);
            return null;
        }
        String text = (String) ((Node.Scalar) node).value();
        for (E constant : type.getEnumConstants()) {
            if (spelling.of(constant).equals(text)) {
                return constant;
            }
        }
        for (E constant : type.getEnumConstants()) {
            if (spelling.of(constant).toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
                problem(node, path, "unknown " + noun + " " + Node.quoted(text) + "; " + spelling.hint(spelling.of(constant)));
                return null;
            }
        }
        List<String> spelled = Arrays.stream(type.getEnumConstants()).map(spelling::of).toList();
        problem(node, path, "unknown " + noun + " " + Node.quoted(text) + "; expected one of " + allowed
                + Suggestion.didYouMean(text, spelled));
        return null;
    }

    /** Reports a problem with a value, at its line and column. */
    public void problem(Node node, String path, String message) {
        problems.add(new DocumentProblem(file, node == null ? 0 : node.line(), node == null ? 0 : node.column(), path, message));
    }

    /** Reports a problem with a key of a mapping, at the key's line and column. */
    public void problem(Node.Entry entry, String path, String message) {
        problems.add(new DocumentProblem(file, entry.line(), entry.column(), path, message));
    }

    private void wrongKind(Node node, String path, String expected) {
        wrongKind(node, path, expected, "");
    }

    private void wrongKind(Node node, String path, String expected, String advice) {
        if (node != null) {
            problem(node, path, "expected " + expected + ", found " + node.kind() + advice);
        }
    }

    private static boolean isText(Node node) {
        return node instanceof Node.Scalar scalar && scalar.type() == Node.Scalar.Type.TEXT;
    }

    /** True for a value that is absent or written as null. */
    public static boolean isNull(Node node) {
        return node == null || node instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL;
    }

    /** The path of {@code field} inside the mapping at {@code path}; the document itself is the empty path. */
    public static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** The path of item {@code index} of the list at {@code path}. */
    public static String item(String path, int index) {
        return path + "[" + index + "]";
    }

    /** The wording of a required value that is absent; {@code why} says what it is for, or is empty. */
    static String absent(String why) {
        return why.isEmpty() ? "required, but absent" : "required, but absent: " + why;
    }

    /** The wording of a text longer than the contract allows. */
    static String tooLong(int length, int max) {
        return "has " + length + " characters; at most " + max + " are allowed";
    }

    /** The wording of a number outside its bounds; a {@code max} of {@link Double#MAX_VALUE} means none. */
    static String outside(String number, double min, double max) {
        return "is " + number + "; expected " + (max == Double.MAX_VALUE
                ? "a number of at least " + format(min)
                : "a number from " + format(min) + " to " + format(max));
    }

    static String format(double n) {
        return n == Math.rint(n) && Math.abs(n) < 1e15 ? Long.toString((long) n) : Double.toString(n);
    }
}
