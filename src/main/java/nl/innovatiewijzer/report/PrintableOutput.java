package nl.innovatiewijzer.report;

import gg.jte.TemplateOutput;
import nl.innovatiewijzer.document.PrintableText;

/**
 * Collects a rendered page and keeps every control character other than a line break or tab, and
 * every character that turns the text around, out of it, written as {@code \}{@code uXXXX}: HTML does
 * not allow the one, and the other would make the page read differently from what the file says.
 * The templates escape what HTML would read as markup; this keeps out what it would hide.
 */
final class PrintableOutput implements TemplateOutput {

    private final StringBuilder page = new StringBuilder(32768);

    @Override
    public void writeContent(String value) {
        writeContent(value, 0, value.length());
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        for (int i = beginIndex; i < endIndex; ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r') {
                page.append(' ');
            } else if (c != '\n' && c != '\t' && PrintableText.isHidden(c)) {
                PrintableText.escape(page, c);
            } else {
                page.appendCodePoint(c);
            }
        }
    }

    @Override
    public String toString() {
        return page.toString();
    }
}
