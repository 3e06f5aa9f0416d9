package nl.innovatiewijzer.engine;

/**
 * Text from a rule file as a message may show it: control characters and the characters that
 * turn the direction of text around are written as {@code \}{@code uXXXX}, so that what a file
 * holds can neither hide in nor rewrite the terminal it is shown on.
 */
final class Printable {

    private Printable() {
    }

    static String of(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                    || c == '\u2028' || c == '\u2029' || c == '\u200E' || c == '\u200F') {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
