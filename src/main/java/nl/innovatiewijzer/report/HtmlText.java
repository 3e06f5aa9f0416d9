package nl.innovatiewijzer.report;

import nl.innovatiewijzer.document.PrintableText;

/**
 * Makes a value from the facts or the texts literal HTML text, safe in element content and in
 * quoted attributes, in which no control character steers and no character turns the text around.
 */
final class HtmlText {

    private HtmlText() {
    }

    /**
     * The value with {@code & < > " '} written as character references, and every control
     * character other than a line break or tab, and every character that turns the text around,
     * written as {@code \}{@code uXXXX}: HTML does not allow the one, and the other would make the
     * page read differently from what the file says.
     */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\t' -> out.appendCodePoint(c);
                case '\r' -> out.append(' ');
                default -> {
                    if (PrintableText.isHidden(c)) {
                        PrintableText.escape(out, c);
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
