package nl.innovatiewijzer.report;

import static nl.innovatiewijzer.report.HtmlText.escape;

import java.util.Locale;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Status;

/**
 * The inline SVG chart of a portfolio's factor statuses, drawn without any script or network: one
 * stacked bar per factor (one project's factors are tiles in its template). Each mark carries its status as text and sign too, so the
 * chart reads without colour and in grey print.
 */
final class StatusChart {

    private static final int BAR_LEFT = 50;
    private static final int BAR_WIDTH = 800;
    private static final int ROW = 32;

    private StatusChart() {
    }

    /** One bar per factor, split by how many projects have each status. */
    static String portfolio(Portfolio portfolio, Labels lang) {
        int rows = portfolio.factors().size();
        int height = rows * ROW + 40;
        StringBuilder svg = open(Label.PORTFOLIO_CHART.in(lang), BAR_LEFT + BAR_WIDTH, height);
        for (int i = 0; i < rows; i++) {
            Portfolio.FactorTally factor = portfolio.factors().get(i);
            int y = i * ROW;
            svg.append(text(20, y + 20, "#1f1f1f", "700", 14, escape(factor.id())));
            double x = BAR_LEFT;
            for (Status status : Status.values()) {
                int count = factor.count(status);
                if (count == 0) {
                    continue;
                }
                StatusColours colour = StatusColours.of(status);
                double width = (double) count / portfolio.size() * BAR_WIDTH;
                svg.append("<g><title>")
                        .append(escape(factor.id() + " " + factor.title() + ": " + Label.of(status).in(lang)
                                + " " + count))
                        .append("</title>")
                        .append(rect(x, y + 2, width, ROW - 6, colour.fill()));
                if (width >= 28) {
                    svg.append(text(x + width / 2, y + 20, colour.ink(), "700", 13, colour.symbol() + " " + count));
                }
                svg.append("</g>");
                x += width;
            }
        }
        legend(svg, rows * ROW + 8, lang);
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String label, int width, int height) {
        return new StringBuilder(4096).append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(escape(label)).append("\">");
    }

    private static void legend(StringBuilder svg, int y, Labels lang) {
        svg.append("<g class=\"legend\"><title>").append(Label.LEGEND.in(lang)).append("</title>");
        int x = 4;
        for (Status status : Status.values()) {
            StatusColours colour = StatusColours.of(status);
            String name = Label.of(status).in(lang);
            svg.append(rect(x, y, 22, 22, colour.fill()))
                    .append(text(x + 11, y + 16, colour.ink(), "700", 13, colour.symbol()))
                    .append("<text x=\"").append(x + 30).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"14\" fill=\"#1f1f1f\">").append(escape(name)).append("</text>");
            x += 40 + name.length() * 9;
        }
        svg.append("</g>");
    }

    private static String rect(double x, double y, double width, double height, String fill) {
        return String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"5\" fill=\"%s\"/>",
                x, y, width, height, fill);
    }

    private static String text(double x, double y, String ink, String weight, int size, String escaped) {
        return String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"%d\" font-weight=\"%s\" "
                        + "fill=\"%s\">%s</text>",
                x, y, size, weight, ink, escaped);
    }
}
