package nl.innovatiewijzer.report;

/** Makes a value from the facts or the texts literal HTML text, safe in element content and in quoted attributes. */
final class HtmlText {

    private HtmlText() {
    }

    /** The value with {@code & < > " '} written as character references. */
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
                // control characters other than line breaks and tabs are not allowed in HTML text
                default -> out.appendCodePoint(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
            }
        });
        return out.toString();
    }
}
