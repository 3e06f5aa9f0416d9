package nl.innovatiewijzer.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Language;

/**
 * One self-contained HTML page, for the screen and for A4 print, from the templates in
 * {@code src/main/jte}: compiled with the rest of the code, so that a mistake in one fails the
 * build, and escaping every value they show unless a template says otherwise.
 */
final class HtmlRenderer implements Renderer {

    /** The templates, compiled at build time into this package; loaded once, shared by every renderer. */
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlRenderer.class.getClassLoader(), HtmlRenderer.class.getPackageName());

    /** Whether the report adds the technical part: rule names, files, field paths. */
    private final boolean explain;

    HtmlRenderer(boolean explain) {
        this.explain = explain;
    }

    @Override
    public String assessment(Assessment assessment) {
        HtmlView view = HtmlView.of(assessment, explain);
        return page(assessment.language(), view.title(), List.of(view), null);
    }

    @Override
    public String portfolio(Portfolio portfolio) {
        PortfolioView view = new PortfolioView(portfolio, explain);
        return page(portfolio.language(), view.title(), List.of(), view);
    }

    @Override
    public String all(Portfolio portfolio) {
        List<HtmlView> projects = new ArrayList<>();
        for (Assessment assessment : portfolio.assessments()) {
            projects.add(HtmlView.of(assessment, explain));
        }
        PortfolioView view = new PortfolioView(portfolio, explain);
        return page(portfolio.language(), view.title(), projects, view);
    }

    private static String page(Language language, String title, List<HtmlView> projects, PortfolioView portfolio) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("lang", language.code());
        params.put("title", title);
        params.put("statusStyle", statusStyle());
        params.put("projects", projects);
        params.put("portfolio", portfolio);
        PrintableOutput page = new PrintableOutput();
        TEMPLATES.render("page.jte", params, page);
        return page.toString();
    }

    /** The colours of the statuses, from the one place that holds them, for badges and tiles alike. */
    private static String statusStyle() {
        StringBuilder css = new StringBuilder();
        for (StatusColours colour : StatusColours.values()) {
            css.append(".badge.").append(colour.cssClass()).append(", .tile.").append(colour.cssClass())
                    .append(" { background: ").append(colour.fill()).append("; color: ").append(colour.ink())
                    .append("; }\n");
        }
        return css.toString();
    }
}
