package nl.innovatiewijzer.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a value from the facts or the texts literal Markdown text: whatever a project name holds,
 * it cannot become a link, emphasis, raw HTML, a heading, a list or a table cell border.
 */
final class MarkdownText {

    /** Every character that Markdown (CommonMark and GitHub tables) may read as markup anywhere in a line. */
    private static final String MARKUP = "\\`*_{}[]()<>#!|~&$";

    /** What makes a line a list item, a block quote or a heading underline when it starts with it. */
    private static final Pattern LINE_START = Pattern.compile("^(\\d+)([.)])|^([-+=>])");

    private MarkdownText() {
    }

    /** The value as Markdown that reads exactly as the value, on one line. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        // leading spaces could make an indented code block of a list item
        value.strip().codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                if (c < 128 && MARKUP.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.appendCodePoint(c);
            }
        });
        Matcher start = LINE_START.matcher(out);
        if (start.find()) {
            if (start.group(1) != null) {
                out.insert(start.start(2), '\\');
            } else {
                out.insert(0, '\\');
            }
        }
        return out.toString();
    }
}
