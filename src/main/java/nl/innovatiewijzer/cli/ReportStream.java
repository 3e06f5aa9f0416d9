package nl.innovatiewijzer.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.report.Portfolio;
import nl.innovatiewijzer.report.ReportFormat;
import nl.innovatiewijzer.report.Renderer;

/**
 * The reports of many projects as one document on standard output, each written as soon as it is
 * made, so that memory holds one report at a time however many projects there are. The document
 * is the one {@link Renderer#all} makes: every report, then the summary.
 */
final class ReportStream implements AutoCloseable {

    private static final String MAIN = "<main>\n";
    private static final String END_OF_MAIN = "</main>\n</body>";

    private final ReportFormat format;
    private final Renderer renderer;
    private final PrintWriter out;
    private int reports;
    /** HTML only: the page's title counts the projects, so the reports wait on disk until the count is known. */
    private Path spool;
    private BufferedWriter spooled;
    /** Text and markdown: what comes after each report. */
    private String separator;

    ReportStream(ReportFormat format, boolean explain, PrintWriter out) {
        this.format = format;
        this.renderer = format.renderer(explain);
        this.out = out;
    }

    /** Writes the report of the next project. */
    void add(Assessment assessment) throws IOException {
        reports++;
        switch (format) {
            case JSON -> {
                out.print(reports == 1 ? "{\n  \"assessments\": [\n" : ",\n");
                // one level deeper than on its own: inside the list, inside the document
                out.print(assessment.toJson().stripTrailing().indent(4).stripTrailing());
            }
            case HTML -> {
                if (spooled == null) {
                    spool = Files.createTempFile("innovatiewijzer-", ".html");
                    spooled = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
                }
                spooled.write(body(renderer.assessment(assessment)));
            }
            default -> {
                String report = renderer.assessment(assessment);
                if (separator == null) {
                    separator = separator(assessment, report);
                }
                out.print(report);
                out.print(separator);
            }
        }
        out.flush();
    }

    /** Writes the summary after the last report; nothing when no report was written. */
    void finish(Portfolio portfolio) throws IOException {
        if (reports == 0) {
            return;
        }
        String summary = renderer.portfolio(portfolio);
        switch (format) {
            case JSON -> out.print("\n  ],\n" + summary.substring(summary.indexOf('{') + 2));
            case HTML -> {
                int body = summary.indexOf(MAIN) + MAIN.length();
                out.print(summary.substring(0, body));
                spooled.close();
                try (Reader articles = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                    articles.transferTo(out);
                }
                out.print(summary.substring(body));
            }
            default -> out.print(summary);
        }
        out.flush();
    }

    /** What the renderer puts between one report and the next, as its document of one project shows. */
    private String separator(Assessment assessment, String report) {
        Portfolio one = Portfolio.of(List.of(assessment));
        String all = renderer.all(one);
        String summary = renderer.portfolio(one);
        if (!all.startsWith(report) || !all.endsWith(summary) || all.length() < report.length() + summary.length()) {
            throw new IllegalStateException("a " + format + " document of all reports that is not report, then summary");
        }
        return all.substring(report.length(), all.length() - summary.length());
    }

    /** The part of a whole HTML page inside its {@code <main>}: the article of one report. */
    private static String body(String page) {
        int start = page.indexOf(MAIN);
        int end = page.lastIndexOf(END_OF_MAIN);
        if (start < 0 || end < start) {
            throw new IllegalStateException("an HTML report without its <main> element");
        }
        return page.substring(start + MAIN.length(), end);
    }

    @Override
    public void close() throws IOException {
        if (spool != null) {
            spooled.close();
            Files.deleteIfExists(spool);
        }
    }
}
