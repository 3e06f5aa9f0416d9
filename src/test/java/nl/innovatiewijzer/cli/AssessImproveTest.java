package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import org.junit.jupiter.api.Test;

/** {@code assess --improve}: what would make each factor strong, in every format. */
class AssessImproveTest {

    private static final String EXAMPLE = "facts/factuurcontrole.yaml";

    @Test
    void improveAddsTheChangesInPlainWordsToTheTextReport() {
        Run run = Run.of("assess", EXAMPLE, "--improve", "--lang", "en");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("What would make it strong\n-------------------------\n"), run.out());
        assertTrue(run.out().contains("F3 Answering questions from the domains: from Attention to Strong\n"
                + "  1. One way:\n"
                + "     - Gather the questions and problems of staff. (little effort)\n"
                + "     - Agree when the answer is good enough. (little effort)\n"), run.out());
        assertTrue(run.out().contains("F4 Short-cycle way of working: from Attention to Strong\n"
                + "  No path within three changes: this takes more than three steps at once.\n"), run.out());
        assertFalse(run.out().contains("workingMethod."), "no field paths in the plain report");
    }

    @Test
    void theDutchReportSaysItInDutch() {
        Run run = Run.of("assess", EXAMPLE, "--improve");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Wat het project kan veranderen\n"), run.out());
        assertTrue(run.out().contains("Geen pad binnen drie veranderingen"), run.out());
        assertTrue(run.out().contains("     - Spreek af wanneer het antwoord goed genoeg is. (weinig moeite)\n"), run.out());
    }

    @Test
    void explainAddsTheLeverAndTheFact() {
        Run run = Run.of("assess", EXAMPLE, "--improve", "--explain", "--lang", "en");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("     - Agree when the answer is good enough. (little effort)\n"
                + "       F3-agree-success-criteria: domainQuestions.successCriteriaDefined false -> true\n"), run.out());
    }

    @Test
    void jsonHoldsTheImprovementsOfTheLibrary() {
        Run run = Run.of("assess", EXAMPLE, "--improve", "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        Advisor advisor = Advisor.withDefaultRules();
        ProjectFacts facts = ProjectFacts.read(Path.of(EXAMPLE));
        assertEquals(advisor.assess(facts).withImprovements(advisor.improvements(facts, Language.NL)).toJson(), run.out());
        assertTrue(run.out().contains("\"lever\": \"F3-agree-success-criteria\""), run.out());
    }

    @Test
    void withoutImproveTheReportHasNoSuchSection() {
        Run run = Run.of("assess", EXAMPLE, "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("\"improvements\""), run.out());
    }

    @Test
    void markdownAndHtmlShowTheSectionToo() {
        Run markdown = Run.of("assess", EXAMPLE, "--improve", "--lang", "en", "--format", "markdown");
        Run html = Run.of("assess", EXAMPLE, "--improve", "--lang", "en", "--format", "html");

        assertTrue(markdown.out().contains("## What would make it strong\n"), markdown.out());
        assertTrue(markdown.out().contains("   - Agree when the answer is good enough. (*little effort*)\n"), markdown.out());
        assertTrue(html.out().contains("<h2>What would make it strong</h2>"), html.out());
        assertTrue(html.out().contains("<li>Agree when the answer is good enough. <span class=\"effort\">(little effort)</span></li>"),
                html.out());
    }
}
