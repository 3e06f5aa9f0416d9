package nl.innovatiewijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Status;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    private final Renderer text = ReportFormat.TEXT.renderer();
    private final Renderer explained = ReportFormat.TEXT.renderer(true);

    @Test
    void theReportOpensWithTheProjectAndItsMunicipality() {
        String report = text.assessment(Examples.pilot("Slimme afvalinzameling"));

        List<String> lines = report.lines().toList();
        assertEquals("Advies van de Innovatiewijzer: Slimme afvalinzameling", lines.get(0));
        assertEquals("Gemeente: Voorbeeldstad", lines.get(2));
    }

    @Test
    void everyFactorShowsItsStatusAndItsFindings() {
        String report = text.assessment(Examples.pilot("Pilot"));

        assertTrue(report.contains("F1  Sterk     Vaardige projectleider en gedreven team\n"
                + "              - Bevinding over F1.\n"), report);
        assertTrue(report.contains("F4  Aandacht  Kortcyclische werkwijze"), report);
        assertTrue(report.contains("F5  Risico    Multidisciplinaire interactieve teams"), report);
        assertTrue(report.contains("F9  Onbekend  Een lerende aanpak"), report);
    }

    @Test
    void recommendationsComeByPriorityEachWithWhyInPlainWords() {
        String report = text.assessment(Examples.pilot("Pilot"));

        assertTrue(report.contains("""
                Prioriteit hoog
                  1. Betrek een privacy officer (F5)
                     Neem een privacy officer op in het team.
                     Waarom:
                     - Project, verwerkt persoonsgegevens: ja.
                     - Het team heeft geen privacyfunctionaris.
                
                Prioriteit middel
                """), report);
        assertFalse(report.contains("Regel:"), report);
        assertTrue(report.indexOf("Prioriteit hoog") < report.indexOf("Prioriteit middel"));
        assertTrue(report.indexOf("Prioriteit middel") < report.indexOf("Prioriteit laag"));
        assertTrue(report.contains("  3. Deel de lessen (F9)"), report);
    }

    @Test
    void explainedEachRecommendationAlsoNamesItsFactsItsRuleAndItsFile() {
        String report = explained.assessment(Examples.pilot("Pilot"));

        assertTrue(report.contains("""
                     - Het team heeft geen privacyfunctionaris.
                     Feiten: project.processesPersonalData = true
                     Regel: "Personal data without a privacy officer" in rules/f5-multidisciplinary-team.drl
                """), report);
    }

    @Test
    void missingFactsAreAskedAsQuestions() {
        String report = text.assessment(Examples.pilot("Pilot"));

        assertTrue(report.contains("Open vragen\n-----------\n"), report);
        assertTrue(report.contains("  F6 Samenwerking en leren van de markt\n"
                + "    - Is afgesproken dat de gemeente eigenaar blijft van de data?\n"), report);
        assertTrue(explained.assessment(Examples.pilot("Pilot")).contains("    - Is afgesproken dat de gemeente "
                + "eigenaar blijft van de data?  [market.dataOwnershipAgreed]"), report);
    }

    @Test
    void theFooterNamesTheKnowledgeBaseInWordsAndItsFingerprintOnlyWhenExplained() {
        String plain = text.assessment(Examples.pilot("Pilot"));
        String technical = explained.assessment(Examples.pilot("Pilot"));

        assertTrue(plain.endsWith("\nDit advies komt uit de kennisbank van de Innovatiewijzer: 74 regels in 10 bestanden.\n"),
                plain);
        assertFalse(plain.contains("sha256"), plain);
        assertTrue(technical.contains("Kennisbank: rules, regels: 74, bestanden: 10, vingerafdruk: sha256:abc123\n"),
                technical);
    }

    @Test
    void obligationsShowTheirStateAndWhy() {
        String report = text.assessment(Examples.pilot("Pilot"));

        assertTrue(report.contains("""
                  - Gegevensbeschermingseffectbeoordeling (DPIA): Te doen
                      - dataUse.dpiaCriteria heeft 2 criteria
                      - dataUse.dpiaDone = false
                """), report);
    }

    @Test
    void aProjectWithoutAdviceSaysSoInsteadOfLeavingEmptySections() {
        Assessment quiet = Examples.withStatuses("Stil", Collections.nCopies(9, Status.UNKNOWN));

        String report = text.assessment(quiet);

        assertTrue(report.contains("Geen aanbevelingen."), report);
        assertTrue(report.contains("De feiten brengen geen verplichtingen met zich mee."), report);
        assertFalse(report.contains("Open vragen"), report);
    }

    @Test
    void controlCharactersInANameCannotSteerTheTerminalOrBreakTheLayout() {
        String report = text.assessment(Examples.pilot("Rood\u001b[31m\nnieuwe regel"));

        assertFalse(report.contains("\u001b"), report);
        assertEquals("Advies van de Innovatiewijzer: Rood\\u001B[31m nieuwe regel", report.lines().findFirst().orElseThrow());
    }

    @Test
    void thePortfolioCountsStatusesListsFrequentRecommendationsAndRanksByRisk() {
        Portfolio portfolio = Portfolio.of(List.of(
                Examples.withStatuses("Kalm", Collections.nCopies(9, Status.STRONG), "F2-secure-budget"),
                Examples.withStatuses("Onrustig", Collections.nCopies(9, Status.RISK), "F1-appoint", "F2-secure-budget")));

        String report = text.portfolio(portfolio);

        assertTrue(report.startsWith("Portfolio-overzicht: 2 projecten\n"), report);
        assertTrue(report.contains("Sterk  Aandacht    Risico  Onbekend\n"
                + "F1  Vaardige projectleider en gedreven team         1         0         1         0\n"), report);
        assertTrue(report.contains("  2 projecten: Titel van F2-secure-budget (F2, hoog)\n"
                + "    1 project: Titel van F1-appoint (F1, hoog)\n"), report);
        assertTrue(explained.portfolio(portfolio).contains("  2 projecten: Titel van F2-secure-budget (F2, hoog)  "
                + "[F2-secure-budget]\n"), report);
        assertTrue(report.contains("   1. Onrustig: Factoren met risico: 9, Verplichtingen te doen: 0, Aanbevelingen hoog: 2\n"
                + "   2. Kalm: Factoren met risico: 0, Verplichtingen te doen: 0, Aanbevelingen hoog: 1\n"), report);
    }

    @Test
    void thePortfolioShowsTheTenMostFrequentRecommendationsAndSaysHowManyThereAre() {
        String[] twelve = IntStream.rangeClosed(10, 21).mapToObj(i -> "F1-action-" + i)
                .toArray(String[]::new);
        Portfolio portfolio = Portfolio.of(List.of(Examples.withStatuses("Druk", Collections.nCopies(9, Status.RISK),
                twelve)));

        String report = explained.portfolio(portfolio);

        assertTrue(report.contains("[F1-action-19]"), report);
        assertFalse(report.contains("[F1-action-20]"), report);
        assertTrue(report.contains("  (10 van 12)\n"), report);
    }
}
