package nl.innovatiewijzer.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.innovatiewijzer.document.Suggestion;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Limits in the constraints of rules: what the check of the rule language accepts (a limit compared
 * with a number), and the rule file as Drools compiles it, each limit a constraint names written as
 * its number. Only the constraints the parser found are rewritten, and in them only a name that
 * stands on its own (not part of a field path, a call, a text in quotes or a comment), so that a
 * rule's name, its texts and its consequence stay as written. The number takes the name's place and
 * is padded to its length, so that every line, and every column after it, is where the adviser
 * wrote it.
 */
final class ConstraintLimits {

    /** What an operand that names a limit holds, to the check of the rule language: a number, not a field. */
    static final FactModel.FieldType OPERAND = new FactModel.FieldType(Limits.Limit.class, false);

    private static final String COMPARED = "a limit is a number, compared with a field that holds a number, "
            + "such as cycleLengthWeeks > longCycleWeeks";

    /** One name of a limit, from {@code start} up to {@code end}, and what takes its place. */
    private record Replacement(int start, int end, String number) {
    }

    private final Limits limits;
    private final String source;
    private final List<Replacement> replacements = new ArrayList<>();

    private ConstraintLimits(Limits limits, String source) {
        this.limits = limits;
        this.source = source;
    }

    /** The file's content with the limits in its constraints written as numbers; the same bytes when it names none. */
    static byte[] write(Limits limits, SourceFile file, PackageDescr drl) {
        if (limits.names().isEmpty() || drl == null) {
            return file.content();
        }
        ConstraintLimits rewrite = new ConstraintLimits(limits, new String(file.content(), StandardCharsets.UTF_8));
        for (RuleDescr rule : drl.getRules()) {
            rewrite.condition(rule.getLhs());
        }
        return rewrite.replacements.isEmpty() ? file.content() : rewrite.written().getBytes(StandardCharsets.UTF_8);
    }

    private String written() {
        StringBuilder written = new StringBuilder(source);
        // from the end, so that a number longer than its name moves nothing not yet replaced
        replacements.sort(Comparator.comparingInt(Replacement::start).reversed());
        for (Replacement replacement : replacements) {
            int length = replacement.end() - replacement.start();
            String number = replacement.number();
            written.replace(replacement.start(), replacement.end(),
                    number.length() >= length ? number : number + " ".repeat(length - number.length()));
        }
        return written.toString();
    }

    private void condition(BaseDescr descr) {
        if (descr instanceof ConditionalElementDescr element) {
            for (Object part : element.getDescrs()) {
                condition((BaseDescr) part);
            }
        } else if (descr instanceof PatternDescr pattern) {
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expression) {
                    constraint(expression);
                }
            }
        }
    }

    /** Rewrites the names of limits between the constraint's first and last character. */
    private void constraint(ExprConstraintDescr constraint) {
        int start = constraint.getStartCharacter();
        int end = constraint.getEndCharacter() + 1;
        if (start < 0 || end > source.length() || start >= end) {
            return; // not placed by the parser: the language check has read it, Drools will say what it finds
        }
        int i = start;
        while (i < end) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = afterQuoted(i, end, c);
            } else if (c == '/' && i + 1 < end && (source.charAt(i + 1) == '/' || source.charAt(i + 1) == '*')) {
                i = afterComment(i, end);
            } else if (Character.isJavaIdentifierStart(c)) {
                int wordEnd = i + 1;
                while (wordEnd < end && Character.isJavaIdentifierPart(source.charAt(wordEnd))) {
                    wordEnd++;
                }
                replaceIfLimit(start, i, wordEnd, end);
                i = wordEnd;
            } else {
                i++;
            }
        }
    }

    private void replaceIfLimit(int constraintStart, int start, int end, int constraintEnd) {
        Limits.Limit limit = limits.limit(source.substring(start, end));
        if (limit != null && neighbour(start - 1, -1, constraintStart) != '.'
                && !isCallOrPath(neighbour(end, 1, constraintEnd))) {
            replacements.add(new Replacement(start, end, limit.written()));
        }
    }

    private static boolean isCallOrPath(char next) {
        return next == '(' || next == '.';
    }

    /** The first character from {@code i} on, in steps of {@code step}, that is not white space; 0 past {@code limit}. */
    private char neighbour(int i, int step, int limit) {
        while (step < 0 ? i >= limit : i < limit) {
            char c = source.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c;
            }
            i += step;
        }
        return 0;
    }

    private int afterQuoted(int open, int end, char quote) {
        int i = open + 1;
        while (i < end && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private int afterComment(int slash, int end) {
        if (source.charAt(slash + 1) == '/') {
            int line = source.indexOf('\n', slash);
            return line < 0 || line > end ? end : line;
        }
        int close = source.indexOf("*/", slash + 2);
        return close < 0 || close + 2 > end ? end : close + 2;
    }

    /**
     * The message for {@code name}, written in a pattern on {@code type} where a field or a limit is
     * allowed, when it is neither.
     */
    static String unknown(Limits limits, String name, Class<?> type) {
        List<String> allowed = new ArrayList<>(FactModel.fieldNameList(type));
        allowed.addAll(limits.names());
        String found = "found " + name + ": " + type.getSimpleName() + " has no such field"
                + (limits.names().isEmpty() ? "" : ", and " + limits.where() + " no such limit");
        String meant = Suggestion.didYouMean(name, allowed);
        if (!meant.isEmpty()) {
            return found + meant;
        }
        return found + "; its fields are " + FactModel.fieldNames(type)
                + (limits.names().isEmpty() ? "" : "; the limits are " + String.join(", ", limits.names()));
    }

    /**
     * Null when a comparison is one a limit may take part in, else the message: a limit is compared
     * with a field, or a bound variable, that holds a number. An operand's type is null for a literal,
     * {@link #OPERAND} for a limit.
     */
    static String comparison(String left, FactModel.FieldType leftType, String right, FactModel.FieldType rightType) {
        boolean leftIsLimit = OPERAND.equals(leftType);
        boolean rightIsLimit = OPERAND.equals(rightType);
        if (leftIsLimit && rightIsLimit) {
            return "found " + left + " compared with " + right + ", two limits; " + COMPARED;
        }
        if (!leftIsLimit && !rightIsLimit) {
            return null;
        }
        String limit = leftIsLimit ? left : right;
        String other = leftIsLimit ? right : left;
        FactModel.FieldType otherType = leftIsLimit ? rightType : leftType;
        if (otherType != null && otherType.isNumber()) {
            return null;
        }
        return "found the limit " + limit + " compared with " + other
                + (otherType == null ? "" : ", which holds " + holds(otherType)) + "; " + COMPARED;
    }

    private static String holds(FactModel.FieldType type) {
        String name = type.type().getSimpleName();
        if (type.list()) {
            return "a list of " + name + " values";
        }
        if (type.type() == Boolean.class) {
            return "true or false";
        }
        if (type.type() == String.class) {
            return "text";
        }
        return type.isEnum() ? name + " values" : "a " + name;
    }
}
