package nl.innovatiewijzer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of running text made of spans that are plain, bold or code, so that one text can be
 * written as Markdown and as HTML, each escaped its own way. Texts from {@code rules/} may mark
 * {@code **bold**} and {@code `code`}; nothing else in them is markup.
 *
 * @param spans the spans, in order
 */
record Phrase(List<Span> spans) {

    /** How a span is shown. */
    enum Kind { PLAIN, BOLD, CODE }

    /** A run of text shown one way. */
    record Span(Kind kind, String text) {
    }

    private static final Pattern MARKED = Pattern.compile("\\*\\*([^*]+)\\*\\*|`([^`]+)`");

    Phrase {
        spans = List.copyOf(spans);
    }

    /** A text from the rules, with its {@code **bold**} and {@code `code`} marks read. */
    static Phrase marked(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher mark = MARKED.matcher(text);
        int start = 0;
        while (mark.find()) {
            if (mark.start() > start) {
                spans.add(new Span(Kind.PLAIN, text.substring(start, mark.start())));
            }
            spans.add(mark.group(1) != null ? new Span(Kind.BOLD, mark.group(1)) : new Span(Kind.CODE, mark.group(2)));
            start = mark.end();
        }
        if (start < text.length()) {
            spans.add(new Span(Kind.PLAIN, text.substring(start)));
        }
        return new Phrase(spans);
    }

    /** A text shown as it is, whatever it holds. */
    static Phrase plain(String text) {
        return new Phrase(text == null || text.isEmpty() ? List.of() : List.of(new Span(Kind.PLAIN, text)));
    }

    /** Builds a phrase span by span. */
    static Builder builder() {
        return new Builder();
    }

    /** Adds spans to a phrase in order. */
    static final class Builder {
        private final List<Span> spans = new ArrayList<>();

        Builder plain(String text) {
            spans.add(new Span(Kind.PLAIN, text));
            return this;
        }

        Builder bold(String text) {
            spans.add(new Span(Kind.BOLD, text));
            return this;
        }

        Builder code(String text) {
            spans.add(new Span(Kind.CODE, text));
            return this;
        }

        Phrase build() {
            return new Phrase(spans);
        }
    }

    /** As Markdown: plain text escaped, so that nothing from the rules becomes a link, a table border or markup. */
    String markdown() {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            switch (span.kind()) {
                case PLAIN -> out.append(markdownText(span.text()));
                case BOLD -> out.append("**").append(MarkdownText.escape(span.text())).append("**");
                case CODE -> out.append('`').append(TextRenderer.plain(span.text()).replace("`", "'")).append('`');
            }
        }
        return out.toString();
    }

    /** As HTML element content, escaped. */
    String html() {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            String text = HtmlText.escape(span.text());
            switch (span.kind()) {
                case PLAIN -> out.append(text);
                case BOLD -> out.append("<strong>").append(text).append("</strong>");
                case CODE -> out.append("<code>").append(text).append("</code>");
            }
        }
        return out.toString();
    }

    /** Escaped Markdown that keeps the spaces around the text, which join it to the spans beside it. */
    private static String markdownText(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return text.isEmpty() ? "" : " ";
        }
        return (Character.isWhitespace(text.charAt(0)) ? " " : "") + MarkdownText.escape(stripped)
                + (Character.isWhitespace(text.charAt(text.length() - 1)) ? " " : "");
    }
}
