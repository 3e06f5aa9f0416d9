package nl.innovatiewijzer.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import nl.innovatiewijzer.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EnglishReportTest {

    /** Every heading and label whose Dutch differs from its English. */
    private static final List<String> DUTCH = Arrays.stream(Label.values())
            .filter(label -> !label.in(Examples.labels(Language.NL)).equals(label.in(Examples.labels(Language.EN))))
            .map(label -> label.in(Examples.labels(Language.NL), "", ""))
            .toList();

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"TEXT", "MARKDOWN", "HTML"})
    void anEnglishReportHasNoDutchHeadingOrLabel(ReportFormat format) {
        Portfolio portfolio = Portfolio.of(List.of(Examples.pilotInEnglish("Smart waste collection"),
                Examples.pilotInEnglish("Second project")));

        String report = format.renderer().all(portfolio);

        for (String dutch : DUTCH) {
            assertFalse(report.contains(dutch), () -> format + " shows the Dutch \"" + dutch + "\":\n" + report);
        }
        assertTrue(report.contains("Innovatiewijzer advice: Smart waste collection"), report);
        assertTrue(report.contains("Success factors"), report);
        assertTrue(report.contains("High priority"), report);
        assertTrue(report.contains("Open questions"), report);
        assertTrue(report.contains("Portfolio summary: 2 projects"), report);
    }

    @Test
    void anEnglishHtmlPageSaysItIsEnglish() {
        String page = ReportFormat.HTML.renderer().assessment(Examples.pilotInEnglish("Pilot"));

        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), page);
        assertTrue(page.contains("<span class=\"tile-status\">\u2717 Risk</span>\n"
                + "<span class=\"tile-name\">Multidisciplinary interactive teams</span>"), page);
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"TEXT", "MARKDOWN", "HTML"})
    void aDutchReportUsesDutchHeadings(ReportFormat format) {
        String report = format.renderer().assessment(Examples.pilot("Pilot"));

        assertTrue(report.contains("Succesfactoren"), report);
        assertTrue(report.contains("Aanbevelingen"), report);
        assertTrue(report.contains("Verplichtingen"), report);
        assertFalse(report.contains("Success factors"), report);
    }
}
