package nl.innovatiewijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.innovatiewijzer.Status;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final Renderer markdown = ReportFormat.MARKDOWN.renderer();
    private final Renderer explained = ReportFormat.MARKDOWN.renderer(true);

    @Test
    void theReportOpensWithTheProjectAsTitleAndItsMunicipality() {
        String report = markdown.assessment(Examples.pilot("Slimme afvalinzameling"));

        assertTrue(report.startsWith("# Advies van de Innovatiewijzer: Slimme afvalinzameling\n\n"
                + "**Gemeente:** Voorbeeldstad  \n"), report);
    }

    @Test
    void theFactorsAreATableWithStatusAndFindings() {
        String report = markdown.assessment(Examples.pilot("Pilot"));

        assertTrue(report.contains("| | Factor | Stand | Bevindingen |\n|---|---|---|---|\n"), report);
        assertTrue(report.contains("| F5 | Multidisciplinaire interactieve teams | **Risico** | Bevinding over F5. |"),
                report);
        assertTrue(report.contains("| F9 | Een lerende aanpak | **Onbekend** |  |"), report);
    }

    @Test
    void recommendationsAreGroupedByPriorityWithWhyAndTheirRule() {
        String report = markdown.assessment(Examples.pilot("Pilot"));

        assertTrue(report.contains("""
                ### Prioriteit hoog

                #### 1. Betrek een privacy officer (F5)

                Neem een privacy officer op in het team.

                Waarom:

                - Project, verwerkt persoonsgegevens: ja.
                - Het team heeft geen privacyfunctionaris.

                ### Prioriteit middel
                """), report);
        assertTrue(report.contains("### Prioriteit middel\n\n#### 2. Maak de cycli korter (F4)"), report);
    }

    @Test
    void explainedARecommendationAlsoNamesItsFactsItsRuleAndItsFile() {
        String report = explained.assessment(Examples.pilot("Pilot"));

        assertTrue(report.contains("""
                - Het team heeft geen privacyfunctionaris.

                Feiten: project.processesPersonalData = true

                Regel: *Personal data without a privacy officer* in rules/f5-multidisciplinary-team.drl
                """), report);
        assertTrue(report.contains("(Veld: market.dataOwnershipAgreed)"), report);
    }

    @Test
    void missingFactsAreQuestionsAndObligationsShowTheirState() {
        String report = markdown.assessment(Examples.pilot("Pilot"));

        assertTrue(report.contains("## Open vragen\n"), report);
        assertTrue(report.contains("### F6 Samenwerking en leren van de markt\n\n"
                + "- Is afgesproken dat de gemeente eigenaar blijft van de data?\n"), report);
        assertTrue(report.contains("- **Gegevensbeschermingseffectbeoordeling \\(DPIA\\)**: Te doen\n"
                + "  - dataUse.dpiaCriteria heeft 2 criteria\n"), report);
    }

    @Test
    void aHostileProjectNameStaysLiteralTextWithoutLinkEmphasisOrExtraTableCell() {
        String report = markdown.all(Portfolio.of(List.of(Examples.pilot(Examples.HOSTILE_MARKDOWN))));

        assertTrue(report.contains("# Advies van de Innovatiewijzer: \\*bold\\* \\[link\\]\\(javascript:x\\) \\| pipe\n"),
                report);
        assertFalse(report.contains("[link](javascript:x)"), report);
        String rankingRow = report.lines().filter(l -> l.startsWith("| 1 |") && l.contains("Voorbeeldstad")).findFirst().orElseThrow();
        assertEquals(7, rankingRow.replace("\\|", "").chars().filter(c -> c == '|').count(), rankingRow);
    }

    @Test
    void aScriptInAnyValueIsEscapedAndNeverRawHtml() {
        String report = markdown.assessment(Examples.everywhere(Examples.HOSTILE_SCRIPT));

        assertFalse(report.contains("<script>"), report);
        assertTrue(report.contains("\\<script\\>alert\\(1\\)\\</script\\>"), report);
    }

    @Test
    void quotesAndAmpersandsCannotFormEntitiesOrTags() {
        String report = markdown.assessment(Examples.everywhere(Examples.HOSTILE_QUOTES));

        assertTrue(report.contains("\"Tom's\" \\& \\<b\\>Jerry\\</b\\>"), report);
        assertFalse(report.contains("<b>"), report);
    }

    @Test
    void aValueThatLooksLikeAListOrHeadingStartsEscaped() {
        assertEquals("1\\. eerste", MarkdownText.escape("1. eerste"));
        assertEquals("\\- punt", MarkdownText.escape("- punt"));
        assertEquals("\\# kop", MarkdownText.escape("# kop"));
        assertEquals("twee regels", MarkdownText.escape("twee\nregels"));
    }

    @Test
    void thePortfolioCountsEveryStatusPerFactorInATable() {
        Portfolio portfolio = Portfolio.of(List.of(
                Examples.withStatuses("A", List.of(Status.RISK, Status.STRONG, Status.STRONG, Status.STRONG,
                        Status.STRONG, Status.STRONG, Status.STRONG, Status.STRONG, Status.STRONG)),
                Examples.withStatuses("B", List.of(Status.RISK, Status.UNKNOWN, Status.STRONG, Status.STRONG,
                        Status.STRONG, Status.STRONG, Status.STRONG, Status.STRONG, Status.STRONG))));

        String report = markdown.portfolio(portfolio);

        assertTrue(report.startsWith("# Portfolio-overzicht: 2 projecten\n"), report);
        assertTrue(report.contains("| | Factor | Sterk | Aandacht | Risico | Onbekend |"), report);
        assertTrue(report.contains("| F1 | Vaardige projectleider en gedreven team | 0 | 0 | 2 | 0 |"), report);
        assertTrue(report.contains("| F2 | Ruimte, vertrouwen en budget | 1 | 0 | 0 | 1 |"), report);
    }
}
