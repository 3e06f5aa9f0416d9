package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.innovatiewijzer.Problem;

/**
 * The words, texts, numbers and signs of a rule file, each with its line and column, comments
 * left out: split as Drools' own reader splits them, so that what is wrong can be said in the
 * adviser's words before Drools says it in its own. Characters a word processor puts in (curly
 * quotes, a non-breaking space, a dash for a minus, a {@code #} comment from a texts file) are
 * named where they stand, with what to write instead, and read as the character meant: one
 * pasted paragraph then does not hide every other mistake in the file.
 */
final class DrlTokens {

    enum Kind { WORD, VARIABLE, TEXT, NUMBER, SIGN }

    /**
     * One token; {@code text} of a {@code TEXT} is its content without the quotes.
     *
     * @param index       its place in the list of tokens
     * @param length      the characters it takes in the file, quotes included
     * @param firstOnLine true when nothing but spaces stands before it on its line
     */
    record Token(Kind kind, String text, int index, int offset, int length, int line, int column, boolean firstOnLine) {

        /** The column just after it. */
        int end() {
            return column + length;
        }

        /** True for the word or sign {@code word}; a text in quotes never is one. */
        boolean is(String word) {
            return kind != Kind.TEXT && text.equals(word);
        }
    }

    private static final Set<String> TWO_CHARACTER_SIGNS = Set.of("==", "!=", "<=", ">=", "&&", "||", "->");

    private final SourceFile file;
    private final String source;
    private final char[] repaired;
    private final List<Problem> problems;
    private final List<Token> tokens = new ArrayList<>();
    private boolean unreadable;
    private int line = 1;
    private int lineStart;
    private boolean firstOnLine = true;

    private DrlTokens(SourceFile file, String source, List<Problem> problems) {
        this.file = file;
        this.source = source;
        this.repaired = source.toCharArray();
        this.problems = problems;
    }

    /** Splits {@code source}, adding a problem for every character that has no place where it stands. */
    static DrlTokens read(SourceFile file, String source, List<Problem> problems) {
        DrlTokens tokens = new DrlTokens(file, source, problems);
        tokens.read();
        return tokens;
    }

    List<Token> tokens() {
        return tokens;
    }

    /**
     * The file with each word-processor character replaced by the one meant, at the same place:
     * what Drools may read when {@link #readable()}, so that it reports the file's other mistakes.
     */
    String repaired() {
        return new String(repaired);
    }

    /** False when a problem was found that no replacement of a character mends (a text not closed). */
    boolean readable() {
        return !unreadable;
    }

    private void read() {
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                i++;
                line++;
                lineStart = i;
                firstOnLine = true;
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
                i++;
            } else if (source.startsWith("//", i)) {
                i = endOfLine(i);
            } else if (source.startsWith("/*", i)) {
                i = comment(i);
            } else if (source.startsWith("\"\"\"", i)) {
                unreadable = true;
                problem(i, "found a text block (\"\"\"); write text in double quotes on one line");
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? source.length() : skipLines(i, end + 3);
            } else if (c == '"' || c == '\'') {
                i = text(i, c);
            } else if (Typography.isQuote(c)) {
                i = curlyText(i);
            } else if (c == '#') {
                problem(i, "found #: a comment in a rule file starts with //; write // instead of #");
                int end = endOfLine(i);
                for (int k = i; k < end; k++) {
                    repaired[k] = ' ';
                }
                i = end;
            } else if (c == '$' || c == '_' || Character.isLetter(c)) {
                int end = i + 1;
                while (end < source.length() && (Character.isLetterOrDigit(source.charAt(end)) || source.charAt(end) == '_')) {
                    end++;
                }
                add(c == '$' ? Kind.VARIABLE : Kind.WORD, source.substring(i, end), i, end - i);
                i = end;
            } else if (c >= '0' && c <= '9') {
                i = number(i);
            } else if (c < 128) {
                String two = i + 2 <= source.length() ? source.substring(i, i + 2) : "";
                String sign = TWO_CHARACTER_SIGNS.contains(two) ? two : String.valueOf(c);
                add(Kind.SIGN, sign, i, sign.length());
                i += sign.length();
            } else {
                i = typography(i, c);
            }
        }
    }

    /** A character above ASCII outside texts and comments: named, and read as what was meant where that is clear. */
    private int typography(int i, char c) {
        Typography found = Typography.of(c);
        if (found == null) {
            int character = source.codePointAt(i);
            unreadable = true;
            problem(i, String.format("found the character %s (U+%04X), which has no place in a rule outside texts "
                    + "in double quotes and comments; delete it or write it inside a text", Character.toString(character),
                    character));
            return i + Character.charCount(character);
        }
        String message = i == 0 && c == '\uFEFF'
                ? "the file starts with an invisible byte order mark (U+FEFF); save the file as UTF-8 without it"
                : found.message(c);
        problem(i, message);
        repaired[i] = found.meant();
        if (found.meant() != ' ') {
            add(Kind.SIGN, String.valueOf(found.meant()), i, 1);
        }
        return i + 1;
    }

    /** A text in straight quotes, which ends on the line it starts on; a curly quote may close it by mistake. */
    private int text(int start, char quote) {
        int end = endOfLine(start);
        int close = -1;
        for (int i = start + 1; i < end; i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                close = i;
                break;
            }
        }
        int curly = firstCurly(start + 1, close < 0 ? end : close);
        if (curly >= 0 && (close < 0 || unpaired(start, end, quote))) {
            // "F1”) @finding("x"): the curly quote is the one meant to close the text
            repaired[curly] = quote;
            problem(curly, "the text " + quote + source.substring(start + 1, curly) + Character.toString(source.charAt(curly))
                    + " ends in a curly quote " + source.charAt(curly) + ", which a word processor puts in; write a straight "
                    + "double quote: \"" + source.substring(start + 1, curly) + "\"");
            add(Kind.TEXT, source.substring(start + 1, curly), start, curly + 1 - start);
            return curly + 1;
        }
        if (close < 0) {
            unreadable = true;
            problem(start, quote == '"'
                    ? "found a text whose closing \" is missing; a text in double quotes ends on the line it starts on: "
                    + "write \" at its end"
                    : "found a ' that is not closed; a text is written in double quotes, on one line");
            add(Kind.TEXT, source.substring(start + 1, end).strip(), start, end - start);
            return end;
        }
        add(Kind.TEXT, unescape(source.substring(start + 1, close)), start, close + 1 - start);
        return close + 1;
    }

    /** True when the straight quotes from {@code start} to the end of its line do not pair up. */
    private boolean unpaired(int start, int end, char quote) {
        int count = 0;
        for (int i = start; i < end; i++) {
            if (source.charAt(i) == '\\') {
                i++;
            } else if (source.charAt(i) == quote) {
                count++;
            }
        }
        return count % 2 == 1;
    }

    private int firstCurly(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Typography.isQuote(source.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A text opened with a curly quote: named once, and read as the text it was meant to be. */
    private int curlyText(int start) {
        int end = endOfLine(start);
        int close = -1;
        for (int i = start + 1; i < end && close < 0; i++) {
            if (Typography.isQuote(source.charAt(i)) || source.charAt(i) == '"') {
                close = i;
            }
        }
        repaired[start] = '"';
        if (close < 0) {
            problem(start, "found the curly quote " + source.charAt(start) + ", which a word processor puts in; "
                    + "write a straight double quote \"");
            add(Kind.SIGN, "\"", start, 1);
            unreadable = true;
            return start + 1;
        }
        repaired[close] = '"';
        String content = source.substring(start + 1, close);
        problem(start, "found the curly quotes " + source.substring(start, close + 1) + ", which a word processor puts in; "
                + "write straight double quotes: \"" + content + "\"");
        add(Kind.TEXT, content, start, close + 1 - start);
        return close + 1;
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private int comment(int start) {
        int end = source.indexOf("*/", start + 2);
        if (end < 0) {
            unreadable = true;
            problem(start, "found /* that starts a comment, with no */ after it to end the comment; write */ where it ends");
            return source.length();
        }
        return skipLines(start, end) + 2;
    }

    /** Moves on to {@code end}, counting the lines on the way. */
    private int skipLines(int from, int end) {
        for (int i = from; i < end; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return end;
    }

    private int number(int start) {
        int end = start + 1;
        while (end < source.length() && (Character.isDigit(source.charAt(end)) || source.charAt(end) == '.'
                && end + 1 < source.length() && Character.isDigit(source.charAt(end + 1)))) {
            end++;
        }
        while (end < source.length() && Character.isLetter(source.charAt(end))) {
            end++; // 12L, 1.5d: the language check says what it makes of them
        }
        add(Kind.NUMBER, source.substring(start, end), start, end - start);
        return end;
    }

    private int endOfLine(int from) {
        int end = source.indexOf('\n', from);
        end = end < 0 ? source.length() : end;
        return end > from && source.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private void add(Kind kind, String text, int offset, int length) {
        tokens.add(new Token(kind, text, tokens.size(), offset, length, line, offset - lineStart + 1, firstOnLine));
        firstOnLine = false;
    }

    private void problem(int offset, String message) {
        problems.add(new Problem(file.shown(), line, offset - lineStart + 1, "", message));
    }

    /** The characters word processors and web pages put in where a rule needs a plain one. */
    private record Typography(char meant, String what) {

        static boolean isQuote(char c) {
            return "\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2018\u2019\u201A\u201B\u2032".indexOf(c) >= 0;
        }

        static Typography of(char c) {
            if (c == '\u00A0' || c == '\u202F' || c == '\u3000' || c >= '\u2000' && c <= '\u200A') {
                return new Typography(' ', "a non-breaking or wide space");
            }
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                return new Typography(' ', "an invisible character");
            }
            if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212') {
                return new Typography('-', "the dash");
            }
            return null;
        }

        String message(char c) {
            String code = String.format("U+%04X", (int) c);
            return switch (meant) {
                case '-' -> "found " + what + " " + c + " (" + code + "), which a word processor puts in; "
                        + "a minus sign is written -";
                default -> "found " + what + " (" + code + "), which a word processor puts in; "
                        + (what.startsWith("an invisible") ? "delete it" : "write an ordinary space");
            };
        }
    }

    /** How a token is named in a message: a text in its quotes, the end of the file as such. */
    static String shown(Token token) {
        if (token == null) {
            return "the end of the file";
        }
        return token.kind() == Kind.TEXT ? "\"" + token.text() + "\"" : "'" + token.text() + "'";
    }
}
