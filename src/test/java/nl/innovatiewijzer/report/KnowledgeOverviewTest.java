package nl.innovatiewijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.engine.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge overview: every rule with what it says and why, in the words of the rules, safe in Markdown and HTML. */
class KnowledgeOverviewTest {

    private static final String RULES = """

            // Long cycles | slow learning: the study's <b>first</b> lesson & more.
            rule "Cycles longer than <twelve> weeks"
                @factor("F4") @finding("F4-long-cycles")
            when
                WorkingMethod( $weeks : cycleLengthWeeks != null, cycleLengthWeeks > 12 )
            then
                advice.rate(Status.RISK, $weeks);
            end

            // Shorter steps let a failed one be redone.
            rule "Shorten long cycles"
                @factor("F4") @action("F4-shorten-cycles")
            when
                WorkingMethod( cycleLengthWeeks != null, cycleLengthWeeks > 12 )
            then
                advice.recommend(Priority.HIGH, fact("workingMethod.cycleLengthWeeks", 13));
            end

            rule "Ask how long a cycle is"
                @factor("F4") @missing("workingMethod.cycleLengthWeeks")
            when
                WorkingMethod( cycleLengthWeeks == null )
            then
                advice.missing();
            end
            """;

    private static final String TEXTS = """
            findings:
              F4-long-cycles: {nl: "Een werkcyclus duurt {0} weken.", en: "One work cycle | takes {0} weeks."}
            actions:
              F4-shorten-cycles:
                nl: {title: "Maak de cycli korter", action: "Knip het werk op."}
                en: {title: "Shorten the <cycles>", action: "Cut the work up."}
            questions:
              workingMethod.cycleLengthWeeks: {nl: "Hoeveel weken duurt een cyclus?", en: "How many weeks is a cycle?"}
            """;

    @TempDir
    Path dir;

    /** Where the rule with this name is, as the overview writes it. */
    private String place(String rule) {
        return advisor().rules().stream().filter(r -> r.name().equals(rule)).findFirst()
                .map(r -> r.file() + ":" + r.line()).orElseThrow();
    }

    private Advisor advisor() {
        return Advisor.fromDirectory(RulesFolder.in(dir).drl("f4.drl", RULES).write("f4.yaml", TEXTS).path());
    }

    @Test
    void theRulesSayWhatTheyGiveAndTheCommentAboveThemSaysWhy() {
        RuleInfo rated = advisor().rules().stream().filter(rule -> rule.finding() != null).findFirst().orElseThrow();
        RuleInfo recommends = advisor().rules().stream().filter(rule -> rule.action() != null).findFirst().orElseThrow();

        assertEquals(Status.RISK, rated.status());
        assertEquals("Long cycles | slow learning: the study's <b>first</b> lesson & more.", rated.description());
        assertEquals(Priority.HIGH, recommends.priority());
        assertEquals("Shorter steps let a failed one be redone.", recommends.description());
    }

    @Test
    void everyRuleIsARowWithWhatItSaysWhyAndWhereInTheLanguageAsked() {
        String markdown = KnowledgeOverview.of(advisor(), Language.NL).render(ReportFormat.MARKDOWN);

        assertTrue(markdown.startsWith("# De kennisbank, regel voor regel\n"), markdown);
        assertTrue(markdown.contains("| F4 | Shorten long cycles | **hoog** `F4-shorten-cycles`: Maak de cycli korter "
                + "\\(Shorten the \\<cycles\\>\\) | Shorter steps let a failed one be redone. | `"
                + place("Shorten long cycles") + "` |\n"), markdown);
        assertTrue(markdown.contains("| F4 | Ask how long a cycle is | vraagt `workingMethod.cycleLengthWeeks`: Hoeveel "
                + "weken duurt een cyclus? |  | `" + place("Ask how long a cycle is") + "` |\n"), markdown);
        assertTrue(markdown.contains("**Risico**: Een werkcyclus duurt … weken."), "a placeholder shows as …");
    }

    @Test
    void theFactorsAtAGlanceShowTheFindingsOfEachStatus() {
        String markdown = KnowledgeOverview.of(advisor(), Language.EN).render(ReportFormat.MARKDOWN);

        assertTrue(markdown.contains("| Factor | Strong | Risk | Attention |\n"), markdown);
        assertTrue(markdown.contains("| F4 Short-cycle way of working |  | One work cycle \\| takes … weeks. |  |\n"),
                markdown);
    }

    @Test
    void markdownKeepsWhatTheRulesSayFromBreakingTheTable() {
        String markdown = KnowledgeOverview.of(advisor(), Language.EN).render(ReportFormat.MARKDOWN);

        assertTrue(markdown.contains("| Long cycles \\| slow learning: the study's \\<b\\>first\\</b\\> lesson \\& more. |"),
                markdown);
        assertTrue(markdown.contains("| Cycles longer than \\<twelve\\> weeks |"), markdown);
    }

    @Test
    void htmlIsOnePageInTheLookOfTheReportsWithEveryTextEscaped() {
        String html = KnowledgeOverview.of(advisor(), Language.EN).render(ReportFormat.HTML);

        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
        assertTrue(html.contains("<title>The knowledge base, rule by rule</title>"), html);
        assertTrue(html.contains("<h1>The knowledge base, rule by rule</h1>"), html);
        assertTrue(html.contains("<td>Cycles longer than &lt;twelve&gt; weeks</td>"), html);
        assertTrue(html.contains("the study&#39;s &lt;b&gt;first&lt;/b&gt; lesson &amp; more."), html);
        assertTrue(html.contains("<strong>high</strong> <code>F4-shorten-cycles</code>: Shorten the &lt;cycles&gt;"), html);
        assertFalse(html.contains("<b>first"), html);
    }

    @Test
    void theShippedOverviewNamesEveryRuleOnce() {
        Advisor shipped = Advisor.withDefaultRules();
        String markdown = KnowledgeOverview.of(shipped, Language.EN).render(ReportFormat.MARKDOWN);

        for (RuleInfo rule : shipped.rules()) {
            assertTrue(markdown.contains("`" + rule.file() + ":" + rule.line() + "` |\n"), rule.name());
        }
        assertTrue(shipped.rules().stream().filter(rule -> rule.obligation() != null && rule.missing() == null)
                .allMatch(rule -> rule.state() != null), "every duty rule says the state it gives");
        assertTrue(markdown.contains("**To do** `dpia`: "), markdown);
        assertTrue(shipped.rules().stream().anyMatch(rule -> rule.state() == ObligationState.DONE));
    }

    @Test
    void anOverviewIsWrittenAsMarkdownOrHtmlOnly() {
        KnowledgeOverview overview = KnowledgeOverview.of(advisor(), Language.EN);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> overview.render(ReportFormat.JSON));
        assertEquals("the knowledge overview is written as markdown or html, not json", e.getMessage());
    }
}
