package nl.innovatiewijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Comparison;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import org.junit.jupiter.api.Test;

class ComparisonReportTest {

    private static final Advisor ADVISOR = Advisor.withDefaultRules();
    private static final Path EXAMPLE = Path.of("facts/factuurcontrole.yaml");

    private static Comparison shorterCycles(Language language, boolean withFacts) throws IOException {
        ProjectFacts before = ProjectFacts.read(EXAMPLE);
        ProjectFacts after = ProjectFacts.fromYaml("nu.yaml", Files.readString(EXAMPLE)
                .replace("cycleLengthWeeks: 10", "cycleLengthWeeks: 3")
                .replace("stepsHaveGoals: false, evaluateEachStep: false", "stepsHaveGoals: true, evaluateEachStep: true")
                .replace("plannedSteps: 2", "plannedSteps: 6"));
        return withFacts
                ? Comparison.of(before, ADVISOR.assess(before, language), after, ADVISOR.assess(after, language))
                : Comparison.of(ADVISOR.assess(before, language), ADVISOR.assess(after, language));
    }

    @Test
    void theTextSaysPerFactorWhatItWasAndIsAndWhichFactsChangedInWords() throws IOException {
        String text = ComparisonReport.render(shorterCycles(Language.NL, true), ReportFormat.TEXT);

        assertTrue(text.startsWith("Wat is veranderd: Automatische factuurcontrole\n"), text);
        assertTrue(text.contains("  F4 Kortcyclische werkwijze: Aandacht -> Sterk\n"), text);
        assertTrue(text.contains("  Werkwijze: Weken per cyclus: 10 -> 3\n")
                || text.contains(": 10 -> 3\n"), text);
        assertTrue(text.contains(": nee -> ja\n"), text);
        assertTrue(text.contains("Afgehandelde aanbevelingen\n"), text);
        assertTrue(text.contains("  - F4 Verkort de werkcycli\n"), text);
        assertFalse(text.contains("workingMethod"), "a fact is named in words, not by its field path:\n" + text);
    }

    @Test
    void markdownHasATableOfBeforeAndNowInEnglish() throws IOException {
        String markdown = ComparisonReport.render(shorterCycles(Language.EN, true), ReportFormat.MARKDOWN);

        assertTrue(markdown.startsWith("# What changed: Automatische factuurcontrole\n"), markdown);
        assertTrue(markdown.contains("| | Before | Now |\n|---|---|---|\n"), markdown);
        assertTrue(markdown.contains("| F4 Short-cycle way of working | Attention | Strong |\n"), markdown);
        assertTrue(markdown.contains("## Resolved recommendations\n"), markdown);
    }

    @Test
    void htmlIsAPageWithTheChangesInATable() throws IOException {
        String html = ComparisonReport.render(shorterCycles(Language.NL, true), ReportFormat.HTML);

        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<html lang=\"nl\">"), html);
        assertTrue(html.contains("<td><span class=\"tag\">F4</span> Kortcyclische werkwijze</td><td>Aandacht</td><td>Sterk</td>"), html);
        assertTrue(html.contains("<h2>Afgehandelde aanbevelingen</h2>"), html);
    }

    @Test
    void jsonIsTheComparisonsOwnJson() throws IOException {
        Comparison comparison = shorterCycles(Language.NL, true);

        assertEquals(comparison.toJson(), ComparisonReport.render(comparison, ReportFormat.JSON));
    }

    @Test
    void withoutTheFactsEveryFormatSaysTheFactChangesAreNotKnown() throws IOException {
        Comparison comparison = shorterCycles(Language.NL, false);

        for (ReportFormat format : new ReportFormat[] {ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML}) {
            String report = ComparisonReport.render(comparison, format);
            assertTrue(report.contains("Welke feiten veranderden, is niet bekend"), format + ":\n" + report);
        }
        assertTrue(comparison.toJson().contains("\"factsKnown\": false"), comparison.toJson());
    }

    @Test
    void theSameProjectTwiceSaysNothingChanged() {
        ProjectFacts facts = ProjectFacts.read(EXAMPLE);

        String text = ComparisonReport.render(Comparison.of(facts, ADVISOR.assess(facts), facts, ADVISOR.assess(facts)),
                ReportFormat.TEXT);

        assertTrue(text.contains("\nEr is niets veranderd.\n"), text);
    }

    @Test
    void everyWordOfTheComparisonAndTheInterviewIsWrittenInDutchAndEnglish() {
        for (Language language : Language.values()) {
            var words = ADVISOR.texts(language).labels().words();
            for (String id : words.keySet()) {
                if (id.startsWith("compare-") || id.startsWith("interview-")) {
                    assertFalse(words.get(id).isBlank(), id + " in " + language);
                }
            }
            for (String id : new String[] {"compare-title", "compare-facts-not-known", "interview-question",
                    "interview-wrong", "interview-stopped"}) {
                assertTrue(words.containsKey(id), id + " in " + language);
            }
        }
    }
}
