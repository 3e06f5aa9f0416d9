package nl.innovatiewijzer.document;

import java.util.Locale;

/**
 * Text from an input file made fit to show on one line of a terminal or a report: a character
 * that could steer the terminal, break the line, or turn the direction of the text around is
 * written as {@code \}{@code uXXXX}, so that what a file holds can neither hide in nor rewrite what
 * the reader sees.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /**
     * True for the characters that are never shown as they are: the C0 and C1 control characters
     * and DEL (also tab and line breaks), the line and paragraph separators, and the bidirectional
     * marks, embeddings, overrides and isolates.
     */
    public static boolean isHidden(int c) {
        return Character.isISOControl(c)
                || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069'
                || c == '\u2028' || c == '\u2029';
    }

    /** The text with every {@linkplain #isHidden hidden} character written as {@code \}{@code uXXXX}; null stays null. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHidden(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                escape(out, c);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Appends {@code c} as {@code \}{@code uXXXX}. */
    public static StringBuilder escape(StringBuilder out, int c) {
        String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        return out.append("\\u").append("0".repeat(Math.max(0, 4 - hex.length()))).append(hex);
    }
}
