package nl.innovatiewijzer.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import nl.innovatiewijzer.engine.DrlTokens.Kind;
import nl.innovatiewijzer.engine.DrlTokens.Token;

/**
 * The conditions of a rule, between {@code when} and {@code then}, read token by token for what
 * makes Drools stumble: a pattern whose bracket is not closed, a bracket closed that was never
 * opened, {@code =} for {@code ==}, {@code and} inside a pattern or {@code &&} between patterns,
 * a comparison without a value, a comma where none belongs. Each is told where it is, with how
 * it is written in the rule language.
 */
final class ConditionSyntax {

    /** Where a problem goes: at a token, and, when {@code once}, only if none was told on its line yet. */
    interface Told {
        void at(Token token, String message, boolean once);
    }

    /** Words before a bracket that opens a group of patterns, not a pattern. */
    private static final Set<String> GROUPS = Set.of("not", "exists", "forall", "and", "or");
    /** Words before a bracket whose inside the rule language refuses as a whole. */
    private static final Set<String> FOREIGN = Set.of("eval", "accumulate", "collect", "from", "over", "window");

    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");
    /** Words that stand between a field and a value in a constraint. */
    private static final Set<String> OPERATOR_WORDS = Set.of("contains", "in", "not", "matches", "memberOf", "soundslike",
            "excludes", "str");

    private enum Bracket { PATTERN, INSIDE_PATTERN, GROUP, FOREIGN }

    /** An open bracket, with the word before it (the fact type of a pattern). */
    private record Open(Token at, Bracket kind, String pattern) {
    }

    private final List<Token> tokens;
    private final Told told;
    private final Deque<Open> open = new ArrayDeque<>();
    private Token before;

    ConditionSyntax(List<Token> tokens, Told told) {
        this.tokens = tokens;
        this.told = told;
    }

    /** True when every bracket opened is closed. */
    boolean allClosed() {
        return open.isEmpty();
    }

    /** Reads the next token of the conditions. */
    void read(Token token) {
        Open pattern = innermostPattern(open);
        if (pattern != null && startsNewPattern(token)) {
            told.at(pattern.at(), "the pattern " + pattern.pattern() + "( is not closed; end it with ) before "
                    + shownStart(tokens, token) + " on line " + token.line(), true);
            open.removeIf(o -> o.kind() == Bracket.PATTERN || o.kind() == Bracket.INSIDE_PATTERN);
            pattern = null;
        }
        if (token.is("(") || token.is("[") || token.is("{")) {
            open.push(new Open(token, kind(open, pattern, before), before == null ? "" : before.text()));
        } else if (token.is(")") || token.is("]") || token.is("}")) {
            close(token);
        } else if (pattern != null && innermost(open) != Bracket.FOREIGN) {
            insidePattern(token, pattern);
        } else if (innermost(open) != Bracket.FOREIGN) {
            betweenPatterns(token);
        }
        before = token;
    }

    private static Bracket kind(Deque<Open> open, Open pattern, Token before) {
        if (innermost(open) == Bracket.FOREIGN || before != null && FOREIGN.contains(before.text())) {
            return Bracket.FOREIGN;
        }
        if (pattern != null) {
            return Bracket.INSIDE_PATTERN;
        }
        return before != null && before.kind() == Kind.WORD && !GROUPS.contains(before.text()) ? Bracket.PATTERN : Bracket.GROUP;
    }

    private static Bracket innermost(Deque<Open> open) {
        return open.isEmpty() ? null : open.peek().kind();
    }

    private static Open innermostPattern(Deque<Open> open) {
        for (Open bracket : open) {
            if (bracket.kind() == Bracket.PATTERN) {
                return bracket;
            }
        }
        return null;
    }

    private void insidePattern(Token token, Open pattern) {
        Token after = at(token.index() + 1);
        Token before = at(token.index() - 1);
        String in = " in the pattern " + pattern.pattern() + "(...)";
        boolean comparison = token.kind() == Kind.SIGN && COMPARISONS.contains(token.text());
        if (token.is("<") && after != null && after.is(">") && after.offset() == token.offset() + 1) {
            told.at(token, "found <>" + in + "; not equal is written !=", false);
        } else if (comparison && after != null && (after.is(")") || after.is(","))) {
            told.at(token, "found " + token.text() + " with nothing after it" + in + "; a comparison has a value on both "
                    + "sides, as cycleLengthWeeks " + token.text() + " 12", false);
        } else if (comparison && after != null && after.kind() == Kind.SIGN && COMPARISONS.contains(after.text())) {
            told.at(token, "found " + token.text() + " " + after.text() + in + "; a comparison has one operator between "
                    + "the field and the value, as cycleLengthWeeks " + token.text() + " 12", false);
        } else if (token.is(",") && before != null && before.is("(")) {
            told.at(token, "found , with no constraint before it" + in + "; remove it", false);
        } else if (token.is(",") && after != null && after.is(")")) {
            told.at(token, "found , with no constraint after it" + in + "; remove it", false);
        } else if (token.is("in") && after != null && !after.is("(")) {
            told.at(token, "found in without brackets after it" + in + "; the values go between ( and ), as "
                    + "phase in (Phase.PILOT, Phase.SCALING)", false);
        } else if ((token.kind() == Kind.WORD && !OPERATOR_WORDS.contains(token.text()) || token.kind() == Kind.TEXT
                || token.kind() == Kind.NUMBER) && after != null && after.line() == token.line()
                && (after.kind() == Kind.NUMBER || after.kind() == Kind.TEXT)) {
            told.at(after, "found " + DrlTokens.shown(after) + " right after " + DrlTokens.shown(token) + in
                    + "; a constraint compares one field with one value, with an operator between them"
                    + (token.kind() == Kind.WORD ? ", as " + token.text() + " == " + after.text() : ""), false);
        } else if (token.is("=")) {
            told.at(token, "found = in the pattern " + pattern.pattern() + "(...); compare with == (a single = is "
                    + "no comparison), or bind a value with : as in $weeks : cycleLengthWeeks", false);
        } else if (token.is("and") || token.is("or")) {
            told.at(token, "found " + token.text() + " inside the pattern " + pattern.pattern() + "(...); inside a "
                    + "pattern, constraints are joined with " + (token.is("and") ? ", or &&" : "||")
                    + ", while and and or join patterns", false);
        }
    }

    private void betweenPatterns(Token token) {
        if (token.is(",")) {
            told.at(token, "found , between patterns; a comma separates the constraints inside a pattern, while patterns "
                    + "stand one after another, each on its own line, or are joined with and or or", false);
        } else if (token.is("=")) {
            told.at(token, "found = between patterns; bind a fact with : as in $leader : ProjectLeader( ... ), "
                    + "and compare with == inside a pattern", false);
        } else if (token.is("&&") || token.is("||")) {
            told.at(token, "found " + token.text() + " between patterns; patterns are joined with "
                    + (token.is("&&") ? "and (patterns on lines of their own must all match as well)" : "or")
                    + ", while " + token.text() + " joins the constraints inside a pattern", false);
        }
    }

    private void close(Token token) {
        if (open.isEmpty()) {
            told.at(token, "found " + token.text() + " with no " + opening(token.text()) + " open before it; remove it, "
                    + "or open the pattern it ends, as in Project( ... )", false);
            return;
        }
        Open bracket = open.pop();
        if (!opening(token.text()).equals(bracket.at().text())) {
            told.at(token, "found " + token.text() + " where " + closing(bracket.at().text()) + " closes the "
                    + bracket.at().text() + " of line " + bracket.at().line() + " column " + bracket.at().column(), false);
        }
    }

    /** One problem for the first bracket left open, which is where the mistake most likely is. */
    void unclosed() {
        if (open.isEmpty()) {
            return;
        }
        Open first = open.peekLast();
        if (first.kind() == Bracket.PATTERN) {
            told.at(first.at(), "the pattern " + first.pattern() + "( is not closed; end it with ) after its constraints", true);
        } else {
            told.at(first.at(), "the " + first.at().text() + " is not closed; close it with " + closing(first.at().text()), true);
        }
        open.clear();
    }

    /** A pattern on a line of its own, such as {@code Team( ... )} or {@code not Team( ... )}, which cannot stand inside another. */
    private boolean startsNewPattern(Token token) {
        if (!token.firstOnLine()) {
            return false;
        }
        int at = token.index();
        if (token.is("not") || token.is("exists")) {
            if (is(at + 1, "(")) {
                return true;
            }
            at++;
        } else if (token.kind() == Kind.VARIABLE && is(at + 1, ":")) {
            at += 2;
        }
        return kind(at) == Kind.WORD && is(at + 1, "(") && Character.isUpperCase(tokens.get(at).text().charAt(0));
    }

    /** The token and the name of the call or pattern it starts, for a message: {@code Project(} or {@code advice.rate(...)}. */
    static String shownStart(List<Token> tokens, Token token) {
        int at = token.index();
        StringBuilder shown = new StringBuilder();
        for (int i = at; i < tokens.size() && i < at + 4; i++) {
            Token part = tokens.get(i);
            if (part.line() != token.line()) {
                break;
            }
            shown.append(part.kind() == Kind.TEXT ? "\"" + part.text() + "\"" : part.text());
            if (part.is("(")) {
                return shown + (shown.toString().startsWith("advice.") ? "...)" : "");
            }
            if (part.kind() == Kind.VARIABLE || part.is(":") || part.is("not") || part.is("exists")) {
                shown.append(' ');
            }
        }
        return shown.toString().strip();
    }

    private static String opening(String closing) {
        return switch (closing) {
            case ")" -> "(";
            case "]" -> "[";
            default -> "{";
        };
    }

    private static String closing(String opening) {
        return switch (opening) {
            case "(" -> ")";
            case "[" -> "]";
            default -> "}";
        };
    }

    /** The token at {@code index}, or null before the first and past the last. */
    private Token at(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
    }

    private boolean is(int index, String word) {
        return index < tokens.size() && tokens.get(index).is(word);
    }

    private Kind kind(int index) {
        return index < tokens.size() ? tokens.get(index).kind() : null;
    }
}
