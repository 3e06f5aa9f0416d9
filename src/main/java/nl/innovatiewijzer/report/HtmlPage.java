package nl.innovatiewijzer.report;

import static nl.innovatiewijzer.report.HtmlText.escape;

import nl.innovatiewijzer.Language;

/**
 * The frame of an HTML report: one self-contained file with its style inline, no script and no
 * link to the network, laid out for the screen and for printing on A4.
 */
final class HtmlPage {

    private static final String STYLE = """
            :root { --ink: #1f1f1f; --muted: #5b6168; --line: #d5d9de; --accent: #154273; --paper: #ffffff; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #f3f4f6; color: var(--ink); line-height: 1.5;
                   font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 980px; margin: 0 auto; padding: 24px 16px; }
            article, section.portfolio { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
                   padding: 24px 32px; margin-bottom: 32px; }
            h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .25rem; color: var(--accent); overflow-wrap: anywhere; }
            h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; padding-bottom: .2rem; border-bottom: 2px solid var(--line); }
            h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
            h4 { font-size: 1.05rem; margin: 0 0 .3rem; }
            p { margin: .3rem 0; }
            .municipality, .intro, .source, footer { color: var(--muted); }
            figure.chart { margin: 1rem 0; }
            figure.chart svg { display: block; width: 100%; max-width: 900px; height: auto; }
            table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; }
            th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--line); }
            th { font-size: .9rem; }
            .number { text-align: right; font-variant-numeric: tabular-nums; }
            td ul, .recommendation ul, .obligation ul { margin: .2rem 0; padding-left: 1.2rem; }
            .badge { display: inline-block; padding: .05rem .55rem; border-radius: 999px; font-weight: 700;
                   font-size: .85rem; white-space: nowrap; }
            ol.recommendations { list-style: none; padding: 0; margin: 0; }
            li.recommendation { border-left: 6px solid var(--line); background: #fafbfc; padding: .6rem 1rem;
                   margin: .75rem 0; }
            li.priority-high { border-left-color: #b3261e; }
            li.priority-medium { border-left-color: #f2b01e; }
            li.priority-low { border-left-color: #8a9199; }
            .number-tag, .factor-tag { font-weight: 700; color: var(--accent); }
            .source { font-size: .9rem; }
            code { font-family: ui-monospace, "SFMono-Regular", Consolas, monospace; font-size: .9em;
                   overflow-wrap: anywhere; }
            footer { font-size: .85rem; margin-top: 2rem; border-top: 1px solid var(--line); padding-top: .5rem;
                   overflow-wrap: anywhere; }
            @page { size: A4; margin: 16mm 14mm 18mm; }
            @media print {
              body { background: var(--paper); font-size: 10pt; }
              main { max-width: none; padding: 0; }
              article, section.portfolio { border: 0; border-radius: 0; padding: 0; margin: 0; }
              article + article, article + section.portfolio { break-before: page; page-break-before: always; }
              h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
              li.recommendation, tr, figure, li.obligation, li.question { break-inside: avoid; page-break-inside: avoid; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    private HtmlPage() {
    }

    /** A whole document around the body given; {@code title} is escaped here, the body must be escaped already. */
    static String document(Language lang, String title, String body) {
        StringBuilder page = new StringBuilder(body.length() + STYLE.length() + 512);
        page.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                // even if a value slipped through unescaped, the page may run no script and fetch nothing
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append(statusStyle()).append("</style>\n</head>\n<body>\n<main>\n")
                .append(body).append("</main>\n</body>\n</html>\n");
        return page.toString();
    }

    private static String statusStyle() {
        StringBuilder css = new StringBuilder();
        for (StatusColours colour : StatusColours.values()) {
            css.append(".badge.").append(colour.cssClass()).append(" { background: ").append(colour.fill())
                    .append("; color: ").append(colour.ink()).append("; }\n");
        }
        return css.toString();
    }
}
