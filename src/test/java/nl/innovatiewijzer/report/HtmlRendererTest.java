package nl.innovatiewijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.innovatiewijzer.Status;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private final Renderer html = ReportFormat.HTML.renderer();
    private final Renderer explained = ReportFormat.HTML.renderer(true);

    @Test
    void theReportIsOneSelfContainedPageWithoutScriptsOrNetwork() {
        String page = html.assessment(Examples.pilot("Pilot"));

        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"), page);
        assertTrue(page.contains("<meta charset=\"utf-8\">"), page);
        assertTrue(page.contains("<style>"), page);
        assertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'\">"), page);
        assertFalse(page.contains("<script"), page);
        assertFalse(page.contains("<link"), page);
        assertFalse(page.contains("src="), page);
        assertFalse(page.contains("url("), page);
        // the only address is the SVG namespace, a name that is never fetched
        assertEquals(List.of(), addresses(page));
    }

    @Test
    void theTilesPrintEveryFactorsNameWithItsStatusAsTextAndSign() {
        String page = html.assessment(Examples.pilot("Pilot"));

        assertTrue(page.contains("<ol class=\"tiles\" aria-label=\"Stand van de negen succesfactoren\">"), page);
        assertTrue(page.contains("<li class=\"tile status-strong\">\n<span class=\"tile-head\">F1</span>\n"
                + "<span class=\"tile-status\">\u2713 Sterk</span>\n"
                + "<span class=\"tile-name\">Vaardige projectleider en gedreven team</span>"), page);
        assertTrue(page.contains("<span class=\"tile-status\">\u2717 Risico</span>\n"
                + "<span class=\"tile-name\">Multidisciplinaire interactieve teams</span>"), page);
        assertEquals(9, count(page, "<li class=\"tile "), page);
    }

    @Test
    void thePageIsLaidOutForA4AndKeepsARecommendationOnOnePage() {
        String page = html.assessment(Examples.pilot("Pilot"));

        assertTrue(page.contains("@page { size: A4;"), page);
        assertTrue(page.contains("@media print"), page);
        assertTrue(page.contains("li.recommendation, tr, figure, li.duty, li.tile, ol.steps li { break-inside: avoid;"),
                page);
    }

    @Test
    void recommendationsShowTheirPriorityAndWhyInPlainWords() {
        String page = html.assessment(Examples.pilot("Pilot"));

        assertTrue(page.contains("<h3>Prioriteit hoog</h3>"), page);
        assertTrue(page.contains("<li class=\"recommendation priority-high\">\n<h4><span class=\"number-tag\">1.</span> "
                + "Betrek een privacy officer <span class=\"factor-tag\">(F5)</span></h4>\n"
                + "<p>Neem een privacy officer op in het team.</p>\n<div class=\"because\">Waarom: "
                + "<ul><li>Project, verwerkt persoonsgegevens: ja.</li><li>Het team heeft geen privacyfunctionaris.</li></ul>"
                + "</div>\n</li>"), page);
        assertTrue(page.indexOf("Prioriteit hoog") < page.indexOf("Prioriteit middel"));
    }

    @Test
    void explainedARecommendationAlsoShowsItsFactsItsRuleAndItsFile() {
        String page = explained.assessment(Examples.pilot("Pilot"));

        assertTrue(page.contains("<li>Het team heeft geen privacyfunctionaris.</li></ul></div>\n"
                + "<p class=\"source\">Feiten: <code>project.processesPersonalData = true</code></p>\n\n"
                + "<p class=\"source\">Regel: <q>Personal data without a privacy officer</q> in "
                + "<code>rules/f5-multidisciplinary-team.drl</code></p>"), page);
        assertTrue(page.contains("gemeente eigenaar blijft van de data? <code>market.dataOwnershipAgreed</code></li>"), page);
        assertTrue(page.contains("<code>sha256:abc123</code>"), page);
    }

    @Test
    void factorsMissingFactsAndObligationsAreAllShown() {
        String page = html.assessment(Examples.pilot("Pilot"));

        assertTrue(page.contains("<h1>Advies van de Innovatiewijzer: Pilot</h1>"), page);
        assertTrue(page.contains("<td>Multidisciplinaire interactieve teams</td><td><span class=\"badge status-risk\">"
                + "\u2717 Risico</span></td><td><ul><li>Bevinding over F5.</li></ul>"), page);
        assertTrue(page.contains("<h3><span class=\"factor-tag\">F6</span> Samenwerking en leren van "
                + "de markt</h3>\n<ul class=\"questions\">\n<li class=\"question\">Is afgesproken dat de "
                + "gemeente eigenaar blijft van de data?</li>"), page);
        assertFalse(page.contains("sha256"), page);
        assertTrue(page.contains("<li class=\"duty to-do\"><strong>Gegevensbeschermingseffectbeoordeling (DPIA)</strong>: "
                + "<span class=\"duty-state\">Te doen</span>"), page);
    }

    @Test
    void aScriptAsProjectNameOrTextIsEscapedEverywhere() {
        String page = html.all(Portfolio.of(List.of(Examples.everywhere(Examples.HOSTILE_SCRIPT))));

        assertFalse(page.contains("<script"), page);
        assertTrue(page.contains("<title>Portfolio-overzicht: 1 project</title>"), page);
        assertTrue(page.contains("<h1>Advies van de Innovatiewijzer: &lt;script&gt;alert(1)&lt;/script&gt;</h1>"), page);
        assertTrue(count(page, "&lt;script&gt;alert(1)&lt;/script&gt;") > 20);
    }

    @Test
    void quotesAndAmpersandsCannotCloseAnAttributeOrOpenATag() {
        String page = html.assessment(Examples.everywhere(Examples.HOSTILE_QUOTES));

        // in element content a quote is text; in an attribute it is written as a reference
        assertFalse(page.contains("<b>"), page);
        assertTrue(page.contains("<title>Advies van de Innovatiewijzer: \"Tom's\" &amp; &lt;b&gt;Jerry&lt;/b&gt;"
                + "</title>"), page);
        assertFalse(page.contains("=\"\"Tom"), page);
        assertTrue(page.contains("aria-label=\"Stand van de negen succesfactoren\""), page);
    }

    @Test
    void aMarkdownLookingNameIsShownAsItIs() {
        String page = html.assessment(Examples.pilot(Examples.HOSTILE_MARKDOWN));

        assertTrue(page.contains("<h1>Advies van de Innovatiewijzer: *bold* [link](javascript:x) | pipe</h1>"), page);
        assertFalse(page.contains("href"), page);
    }

    @Test
    void thePortfolioChartsEachFactorByStatusAndRanksTheProjects() {
        Portfolio portfolio = Portfolio.of(List.of(
                Examples.withStatuses("Rustig", List.of(Status.STRONG, Status.STRONG, Status.STRONG, Status.STRONG,
                        Status.STRONG, Status.STRONG, Status.STRONG, Status.STRONG, Status.UNKNOWN)),
                Examples.withStatuses("Onrustig", List.of(Status.RISK, Status.STRONG, Status.STRONG, Status.STRONG,
                        Status.STRONG, Status.STRONG, Status.STRONG, Status.STRONG, Status.UNKNOWN), "F1-appoint")));

        String page = html.portfolio(portfolio);

        assertTrue(page.contains("<title>F1 Vaardige projectleider en gedreven team: Risico 1</title>"), page);
        assertTrue(page.contains("<title>F9 Een lerende aanpak: Onbekend 2</title>"), page);
        assertTrue(page.contains("<tr><td class=\"factor-tag\">F1</td><td>Vaardige projectleider en gedreven team</td>"
                + "<td class=\"number\">1</td><td class=\"number\">0</td><td class=\"number\">1</td>"
                + "<td class=\"number\">0</td></tr>"), page);
        assertTrue(page.indexOf("<td>Onrustig</td>") < page.indexOf("<td>Rustig</td>"), page);
    }

    @Test
    void manyProjectsToOnePageGiveEveryReportThenThePortfolio() {
        String page = html.all(Portfolio.of(List.of(Examples.pilot("Eerste"), Examples.pilot("Tweede"))));

        assertEquals(1, count(page, "<!DOCTYPE html>"));
        assertEquals(2, count(page, "<article class=\"project\">"));
        assertTrue(page.indexOf("Eerste") < page.indexOf("Tweede"));
        assertTrue(page.indexOf("Tweede") < page.indexOf("<section class=\"portfolio\">"));
    }

    private static List<String> addresses(String page) {
        Matcher address = Pattern.compile("https?://[^\"'\\s)]*").matcher(page);
        return address.results().map(r -> r.group()).distinct().toList();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
