package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.document.PrintableText;
import nl.innovatiewijzer.document.Suggestion;

/**
 * Reads the consequence of a rule ({@code then ... end}) as the Java compiler will, unicode escapes
 * decoded first, and accepts only what the rule API offers: one call of
 * {@code advice.rate/recommend/missing/oblige} per statement, whose arguments are literals, enum
 * constants, bound variables and the helpers {@code fact(...)} and {@code reason(...)}. Whatever
 * else is written is refused at its line and column, saying what was found and what is allowed.
 */
final class ConsequenceCheck {

    private static final String ALLOWED_STATEMENT = "a consequence calls advice.rate(...), advice.recommend(...), "
            + "advice.missing() or advice.oblige(...), each ending in ';'";
    private static final String ALLOWED_VALUE = "a value is text in double quotes, a number, true, false, null, "
            + "an enum constant such as Role.DATA_SCIENTIST, or a variable bound in the conditions ($name, $list.size())";

    /** The first argument of each advice call: the enum it takes, and the constants it accepts. */
    private static final Map<String, List<String>> CALLS = Map.of(
            "rate", List.of("Status", "STRONG", "ATTENTION", "RISK"),
            "recommend", List.of("Priority", "HIGH", "MEDIUM", "LOW"),
            "oblige", List.of("ObligationState", "DONE", "TODO", "UNKNOWN"),
            "missing", List.of(),
            "step", List.of());

    private enum Kind { WORD, VARIABLE, TEXT, NUMBER, SIGN, END }

    private record Token(Kind kind, String text, int at) {
    }

    private final SourceFile file;
    private final int firstLine;
    private final int firstColumn;
    private final String rawText;
    private final String code;
    private final int[] origin;
    private final Map<String, FactModel.FieldType> bound;
    private final List<Problem> problems;
    private final List<Token> tokens = new ArrayList<>();
    private int next;

    private ConsequenceCheck(SourceFile file, int[] start, String raw, Map<String, FactModel.FieldType> bound,
                             List<Problem> problems) {
        this.file = file;
        this.firstLine = start[0];
        this.firstColumn = start[1];
        this.bound = bound;
        this.problems = problems;
        this.rawText = raw;
        this.origin = new int[raw.length() + 1];
        this.code = decode(raw);
    }

    /**
     * Checks one consequence, whose {@code then} stands at {@code thenLine} of {@code source};
     * {@code bound} are the variables the conditions bind, with what each holds.
     */
    static void check(SourceFile file, String source, int thenLine, String consequence,
                      Map<String, FactModel.FieldType> bound, List<Problem> problems) {
        ConsequenceCheck check = new ConsequenceCheck(file, start(source, thenLine, consequence), consequence, bound,
                problems);
        if (check.code != null && check.tokenize()) {
            check.statements();
        }
    }

    /** The line and column where the consequence's text begins in the file: Drools gives it without its indentation. */
    private static int[] start(String source, int thenLine, String consequence) {
        int lineStart = 0;
        for (int line = 1; line < thenLine && lineStart >= 0; line++) {
            lineStart = source.indexOf('\n', lineStart) + 1;
            if (lineStart == 0) {
                lineStart = -1;
            }
        }
        String first = consequence.lines().findFirst().orElse("").strip();
        int at = lineStart < 0 || first.isEmpty() ? -1 : source.indexOf(first, lineStart);
        if (at < 0) {
            return new int[] {thenLine + 1, 1};
        }
        int line = thenLine;
        int begin = lineStart;
        for (int i = lineStart; i < at; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                begin = i + 1;
            }
        }
        return new int[] {line, at - begin + 1};
    }

    /** Decodes unicode escapes as the Java compiler does (JLS 3.3), remembering where each character came from. */
    private String decode(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length() && raw.charAt(i + 1) == 'u' && evenBackslashesBefore(raw, i)) {
                int j = i + 1;
                while (j < raw.length() && raw.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 > raw.length() || !isHex(raw.substring(j, j + 4))) {
                    problem(i, raw, "found a broken unicode escape \\u…; write the character itself");
                    return null;
                }
                origin[out.length()] = i;
                out.append((char) Integer.parseInt(raw.substring(j, j + 4), 16));
                i = j + 4;
            } else {
                origin[out.length()] = i;
                out.append(c);
                i++;
            }
        }
        origin[out.length()] = raw.length();
        return out.toString();
    }

    private static boolean evenBackslashesBefore(String raw, int index) {
        int count = 0;
        for (int k = index - 1; k >= 0 && raw.charAt(k) == '\\'; k--) {
            count++;
        }
        return count % 2 == 0;
    }

    private static boolean isHex(String text) {
        return text.chars().allMatch(ch -> Character.digit(ch, 16) >= 0);
    }

    private boolean tokenize() {
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n' && code.charAt(i) != '\r') {
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                if (end < 0) {
                    return fail(i, "found a comment /* that is never closed with */");
                }
                i = end + 2;
            } else if (code.startsWith("\"\"\"", i)) {
                return fail(i, "found a text block (\"\"\"); write text in single double quotes on one line");
            } else if (c == '"') {
                int end = stringEnd(i);
                if (end < 0) {
                    return fail(i, "found text whose closing \" is missing on its line");
                }
                tokens.add(new Token(Kind.TEXT, code.substring(i, end + 1), i));
                i = end + 1;
            } else if (c == '$' || isWordStart(c)) {
                int end = i + 1;
                while (end < code.length() && isWordPart(code.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(c == '$' ? Kind.VARIABLE : Kind.WORD, code.substring(i, end), i));
                i = end;
            } else if (c >= '0' && c <= '9' || c == '-' && i + 1 < code.length() && Character.isDigit(code.charAt(i + 1))) {
                int end = i + 1;
                while (end < code.length() && (Character.isDigit(code.charAt(end)) || code.charAt(end) == '.'
                        && end + 1 < code.length() && Character.isDigit(code.charAt(end + 1)))) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, code.substring(i, end), i));
                i = end;
            } else if (".,();".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.SIGN, String.valueOf(c), i));
                i++;
            } else {
                return fail(i, "found '" + PrintableText.of(String.valueOf(c)) + "', which is not part of the rule language; "
                        + ALLOWED_STATEMENT);
            }
        }
        tokens.add(new Token(Kind.END, "the end of the consequence", code.length()));
        return true;
    }

    /** The index of the quote that closes the text starting at {@code start}, or -1. */
    private int stringEnd(int start) {
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\n' || c == '\r') {
                return -1;
            }
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isWordStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || c >= '0' && c <= '9';
    }

    private void statements() {
        while (peek().kind() != Kind.END) {
            if (!statement()) {
                return; // one problem per consequence: what follows a wrong token says little
            }
        }
    }

    private boolean statement() {
        Token advice = take();
        if (!advice.text().equals("advice") || advice.kind() != Kind.WORD) {
            return refuse(advice, ALLOWED_STATEMENT + Suggestion.didYouMean(advice.text(), List.of("advice")));
        }
        if (!expect(".", ALLOWED_STATEMENT)) {
            return false;
        }
        Token call = take();
        List<String> first = CALLS.get(call.text());
        if (call.kind() != Kind.WORD || first == null) {
            return refuse(call, "the advice offers rate, recommend, missing, oblige and step"
                    + Suggestion.didYouMean(call.text(), List.of("rate", "recommend", "missing", "oblige", "step")));
        }
        if (!expect("(", "advice." + call.text() + " is followed by its arguments in ( )")) {
            return false;
        }
        if (call.text().equals("missing")) {
            return expect(")", "advice.missing() takes no arguments") && expect(";", "a call ends in ';'");
        }
        if (call.text().equals("step")) {
            return step() && expect(")", "advice.step($candidate, order) takes the candidate and its place")
                    && expect(";", "a call ends in ';'");
        }
        if (!constant(first)) {
            return false;
        }
        while (peek().text().equals(",")) {
            take();
            boolean ok = call.text().equals("rate") ? value() : because();
            if (!ok) {
                return false;
            }
        }
        return expect(")", "the arguments are separated by ',' and closed with ')'") && expect(";", "a call ends in ';'");
    }

    /**
     * The arguments of a plan rule's {@code advice.step($duty, 10)}: a variable the conditions bind
     * to a {@code Recommended}, {@code Duty} or {@code Question}, and a whole number, its place.
     */
    private boolean step() {
        String allowed = "advice.step($candidate, order) takes a Recommended, Duty or Question bound in the "
                + "conditions ($duty : Duty( ... )) and a whole number: the lower, the sooner";
        Token candidate = take();
        FactModel.FieldType type = candidate.kind() == Kind.VARIABLE ? bound.get(candidate.text()) : null;
        if (type == null) {
            return refuse(candidate, allowed + (candidate.kind() == Kind.VARIABLE && !bound.isEmpty()
                    ? "; bound are " + String.join(", ", bound.keySet()) : ""));
        }
        if (!type.isUnknown() && (type.list() || !FactModel.INSTANCE.planTypes().contains(type.type().getSimpleName()))) {
            return refuse(candidate, candidate.text() + " holds " + (type.list() ? "a list" : "a " + type.type().getSimpleName())
                    + ", which is no next step; " + allowed);
        }
        if (!expect(",", allowed)) {
            return false;
        }
        Token order = take();
        if (order.kind() != Kind.NUMBER || !order.text().matches("\\d{1,9}")) {
            return refuse(order, "the place of a step is a whole number such as 10; " + allowed);
        }
        return true;
    }

    /** The first argument of an advice call: one of the constants of its enum. */
    private boolean constant(List<String> allowed) {
        String type = allowed.get(0);
        List<String> constants = allowed.subList(1, allowed.size());
        Token word = take();
        String wanted = "the first argument is " + type + "." + String.join(", " + type + ".", constants);
        if (!word.text().equals(type) || !peek().text().equals(".")) {
            return refuse(word, wanted + Suggestion.didYouMean(word.text(), List.of(type)));
        }
        take();
        Token constant = take();
        return constants.contains(constant.text()) || refuse(constant, wanted + Suggestion.closest(constant.text(), constants)
                .map(name -> "; did you mean " + type + "." + name + "?").orElse(""));
    }

    /** A reason why: {@code fact("field.path", value)} or {@code reason("id", values...)}. */
    private boolean because() {
        Token helper = take();
        String allowed = "the reasons are fact(\"field.path\", value) and reason(\"id\", values...)";
        if (helper.kind() != Kind.WORD || !helper.text().equals("fact") && !helper.text().equals("reason")) {
            return refuse(helper, allowed + Suggestion.didYouMean(helper.text(), List.of("fact", "reason")));
        }
        if (!expect("(", allowed)) {
            return false;
        }
        Token id = take();
        if (id.kind() != Kind.TEXT) {
            return refuse(id, helper.text() + "(...) starts with " + (helper.text().equals("fact")
                    ? "the field path in double quotes" : "the id of a reason in double quotes"));
        }
        int values = 0;
        while (peek().text().equals(",")) {
            take();
            if (!value()) {
                return false;
            }
            values++;
        }
        if (helper.text().equals("fact") && values != 1) {
            return refuse(peek(), "fact(\"field.path\", value) takes the field path and one value");
        }
        return expect(")", allowed);
    }

    private boolean value() {
        Token value = take();
        switch (value.kind()) {
            case TEXT, NUMBER -> {
                return true;
            }
            case VARIABLE -> {
                FactModel.FieldType type = bound.get(value.text());
                if (type == null) {
                    return refuse(value, value.text() + " is not bound in the conditions of this rule; "
                            + (bound.isEmpty() ? "bind one there, as $name : field" : "bound are " + String.join(", ", bound.keySet())));
                }
                if (peek().text().equals(".")) {
                    take();
                    Token method = take();
                    if (!type.list() || !Set.of("size", "isEmpty").contains(method.text())) {
                        return refuse(method, "of a bound list a rule may pass size() or isEmpty(); " + ALLOWED_VALUE);
                    }
                    return expect("(", "size() and isEmpty() take no arguments") && expect(")", "size() and isEmpty() take no arguments");
                }
                return true;
            }
            case WORD -> {
                if (Set.of("true", "false", "null").contains(value.text())) {
                    return true;
                }
                Class<?> enumType = FactModel.INSTANCE.enumType(value.text());
                if (enumType == null || !peek().text().equals(".")) {
                    return refuse(value, ALLOWED_VALUE + Suggestion.didYouMean(value.text(), FactModel.INSTANCE.enumNames()));
                }
                take();
                Token constant = take();
                if (!FactModel.hasConstant(enumType, constant.text())) {
                    return refuse(constant, value.text() + "." + constant.text() + " does not exist; "
                            + value.text() + " has " + constants(enumType) + FactModel.didYouMean(enumType, constant.text()));
                }
                return true;
            }
            default -> {
                return refuse(value, ALLOWED_VALUE);
            }
        }
    }

    static String constants(Class<?> enumType) {
        StringBuilder names = new StringBuilder();
        for (Object constant : enumType.getEnumConstants()) {
            names.append(names.length() == 0 ? "" : ", ").append(((Enum<?>) constant).name());
        }
        return names.toString();
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }

    private boolean expect(String sign, String allowed) {
        Token token = take();
        return token.kind() == Kind.SIGN && token.text().equals(sign) || refuse(token, "expected '" + sign + "': " + allowed);
    }

    private boolean refuse(Token token, String allowed) {
        String found = token.kind() == Kind.END ? token.text() : "'" + PrintableText.of(token.text()) + "'";
        return fail(token.at(), "found " + found + "; " + allowed);
    }

    private boolean fail(int index, String message) {
        problem(origin[Math.min(index, code.length())], rawText, message);
        return false;
    }

    private void problem(int rawIndex, String raw, String message) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < rawIndex && i < raw.length(); i++) {
            if (raw.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = rawIndex - lineStart + (line == firstLine ? firstColumn : 1);
        problems.add(new Problem(file.shown(), line, column, "", message));
    }
}
