package nl.innovatiewijzer.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a value from the facts or the texts literal Markdown text: whatever a project name holds,
 * it cannot become a link, emphasis, raw HTML, a heading, a list or a table cell border, and it
 * shows a hidden character as {@link TextRenderer#plain plain text} does.
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
        // leading spaces could make an indented code block of a list item
        String line = TextRenderer.plain(value).strip();
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 128 && MARKUP.indexOf(c) >= 0 || startsBareLink(line, i)) {
                out.append('\\');
            }
            out.append(c);
        }
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

    /**
     * True for the colon of {@code scheme://} and the dot of {@code www.}: GitHub's Markdown makes
     * a link of a bare address that starts so, and an escaped colon or dot keeps it text that
     * reads the same. (A bare e-mail address still becomes a mailto link there: no escape stops it.)
     */
    private static boolean startsBareLink(String line, int i) {
        return line.charAt(i) == ':' && line.startsWith("//", i + 1)
                || line.charAt(i) == '.' && i >= 3 && line.regionMatches(true, i - 3, "www", 0, 3);
    }
}
