package nl.innovatiewijzer.report;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.innovatiewijzer.Language;

/** Writes the blocks of the knowledge overview as Markdown, or as an HTML page in the look of the reports. */
final class OverviewPage {

    /** The width Markdown prose is wrapped at, as the project's other documents are. */
    static final int WIDTH = 100;
    /** What a line must not start with: a list item, a quote, a heading, a table or a thematic break. */
    private static final Pattern LINE_START = Pattern.compile("([-+*]|\\d+[.)])( |$)|[>#|=]");

    private OverviewPage() {
    }

    /** The blocks as Markdown (CommonMark with GitHub tables), one blank line between blocks. */
    static String markdown(List<OverviewBlock> blocks) {
        StringBuilder out = new StringBuilder(64 * 1024);
        for (OverviewBlock block : blocks) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (block instanceof OverviewBlock.Heading heading) {
                out.append("#".repeat(heading.level())).append(' ').append(heading.text().markdown()).append('\n');
            } else if (block instanceof OverviewBlock.Paragraph paragraph) {
                wrap(out, "", "", paragraph.text().markdown());
            } else if (block instanceof OverviewBlock.Bullets bullets) {
                bullets.items().forEach(item -> wrap(out, "- ", "  ", item.markdown()));
            } else if (block instanceof OverviewBlock.Table table) {
                out.append("| ").append(table.headers().stream().map(MarkdownText::escape).collect(Collectors.joining(" | ")))
                        .append(" |\n|").append("---|".repeat(table.headers().size())).append('\n');
                for (List<List<Phrase>> row : table.rows()) {
                    out.append("| ").append(row.stream()
                                    .map(cell -> cell.stream().map(Phrase::markdown).collect(Collectors.joining("<br>")))
                                    .collect(Collectors.joining(" | ")))
                            .append(" |\n");
                }
            }
        }
        return out.toString();
    }

    /**
     * Appends Markdown text in lines of at most {@link #WIDTH} characters, so that the file reads
     * well as it is too: broken at a space outside code, never before a word that would start a
     * list, a quote or a heading on the next line.
     */
    static void wrap(StringBuilder out, String first, String next, String text) {
        String indent = first;
        int lineStart = 0;
        int breakAt = -1;
        boolean inCode = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`' && (inCode || i == 0 || text.charAt(i - 1) != '\\')) {
                inCode = !inCode; // an escaped backtick is text, not the start of code
            }
            if (c == ' ' && !inCode && !startsBlock(text, i + 1)) {
                breakAt = i;
            }
            if (indent.length() + i - lineStart >= WIDTH && breakAt > lineStart) {
                out.append(indent).append(text, lineStart, breakAt).append('\n');
                lineStart = breakAt + 1;
                indent = next;
                breakAt = -1;
            }
        }
        out.append(indent).append(text.substring(lineStart)).append('\n');
    }

    /** True when the text from {@code at} on, at the start of a line, would be read as a list, a quote or a heading. */
    private static boolean startsBlock(String text, int at) {
        return LINE_START.matcher(text).region(at, text.length()).lookingAt();
    }

    /** The blocks as one self-contained HTML page, every text escaped; the first heading is its title. */
    static String html(Language language, List<OverviewBlock> blocks) {
        StringBuilder body = new StringBuilder(64 * 1024).append("<article class=\"knowledge\">\n");
        String title = "";
        for (OverviewBlock block : blocks) {
            if (block instanceof OverviewBlock.Heading heading) {
                if (title.isEmpty()) {
                    title = heading.text().spans().stream().map(Phrase.Span::text).collect(Collectors.joining());
                }
                body.append("<h").append(heading.level()).append('>').append(heading.text().html())
                        .append("</h").append(heading.level()).append(">\n");
            } else if (block instanceof OverviewBlock.Paragraph paragraph) {
                body.append("<p>").append(paragraph.text().html()).append("</p>\n");
            } else if (block instanceof OverviewBlock.Bullets bullets) {
                body.append("<ul>\n");
                bullets.items().forEach(item -> body.append("<li>").append(item.html()).append("</li>\n"));
                body.append("</ul>\n");
            } else if (block instanceof OverviewBlock.Table table) {
                table(body, table);
            }
        }
        return HtmlPage.document(language, title, body.append("</article>\n").toString());
    }

    private static void table(StringBuilder body, OverviewBlock.Table table) {
        body.append("<table>\n<thead><tr>");
        table.headers().forEach(header -> body.append("<th>").append(HtmlText.escape(header)).append("</th>"));
        body.append("</tr></thead>\n<tbody>\n");
        for (List<List<Phrase>> row : table.rows()) {
            body.append("<tr>");
            for (List<Phrase> cell : row) {
                body.append("<td>");
                if (cell.size() == 1) {
                    body.append(cell.get(0).html());
                } else if (!cell.isEmpty()) {
                    body.append("<ul>");
                    cell.forEach(phrase -> body.append("<li>").append(phrase.html()).append("</li>"));
                    body.append("</ul>");
                }
                body.append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table>\n");
    }
}
