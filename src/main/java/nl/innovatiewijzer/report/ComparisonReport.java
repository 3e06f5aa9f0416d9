package nl.innovatiewijzer.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.innovatiewijzer.Comparison;
import nl.innovatiewijzer.document.PrintableText;

/**
 * A comparison of two assessments of one project in a report format: text, Markdown, an HTML page
 * (from {@code src/main/jte/comparison.jte}) or the JSON of the contract's "compare". Every word
 * comes from the knowledge base's texts, in the language of the comparison's labels.
 */
public final class ComparisonReport {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            ComparisonReport.class.getClassLoader(), ComparisonReport.class.getPackageName());

    private ComparisonReport() {
    }

    /** The comparison in this format, ending in a newline. */
    public static String render(Comparison comparison, ReportFormat format) {
        return switch (format) {
            case JSON -> comparison.toJson();
            case TEXT -> text(ComparisonView.of(comparison));
            case MARKDOWN -> markdown(ComparisonView.of(comparison));
            case HTML -> html(comparison, ComparisonView.of(comparison));
        };
    }

    private static String text(ComparisonView view) {
        StringBuilder out = new StringBuilder();
        String title = PrintableText.of(view.title());
        out.append(title).append('\n').append("=".repeat(title.length())).append('\n');
        out.append(view.period()).append('\n');
        if (view.nothing() != null) {
            out.append('\n').append(view.nothing()).append('\n');
        }
        for (ComparisonView.Section section : view.sections()) {
            out.append('\n').append(section.heading()).append('\n');
            if (section.note() != null) {
                out.append("  ").append(section.note()).append('\n');
            }
            for (ComparisonView.Row row : section.rows()) {
                out.append(section.changes() ? "  " : "  - ");
                if (!row.tag().isEmpty()) {
                    out.append(row.tag()).append(' ');
                }
                out.append(PrintableText.of(row.name()));
                if (section.changes()) {
                    out.append(": ").append(PrintableText.of(row.before())).append(" -> ")
                            .append(PrintableText.of(row.after()));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String markdown(ComparisonView view) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(MarkdownText.escape(view.title())).append("\n\n");
        out.append(MarkdownText.escape(view.period())).append('\n');
        if (view.nothing() != null) {
            out.append('\n').append(MarkdownText.escape(view.nothing())).append('\n');
        }
        for (ComparisonView.Section section : view.sections()) {
            out.append("\n## ").append(MarkdownText.escape(section.heading())).append("\n\n");
            if (section.note() != null) {
                out.append(MarkdownText.escape(section.note())).append('\n');
            }
            if (section.changes()) {
                out.append("| | ").append(MarkdownText.escape(view.before())).append(" | ")
                        .append(MarkdownText.escape(view.after())).append(" |\n|---|---|---|\n");
            }
            for (ComparisonView.Row row : section.rows()) {
                String name = (row.tag().isEmpty() ? "" : row.tag() + " ") + MarkdownText.escape(row.name());
                if (section.changes()) {
                    out.append("| ").append(name).append(" | ").append(MarkdownText.escape(row.before()))
                            .append(" | ").append(MarkdownText.escape(row.after())).append(" |\n");
                } else {
                    out.append("- ").append(name).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String html(Comparison comparison, ComparisonView view) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("lang", comparison.labels().language().code());
        params.put("v", view);
        PrintableOutput page = new PrintableOutput();
        TEMPLATES.render("comparison.jte", params, page);
        return page.toString();
    }
}
