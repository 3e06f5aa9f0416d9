package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.KnowledgeBaseException;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.facts.WorkingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

    @TempDir
    Path dir;

    static final String LONG_CYCLES = """
            // Long cycles: the study found that small steps succeed more often.
            rule "Cycles longer than twelve weeks are a risk"
                @factor("F4") @finding("F4-long-cycles")
            when
                WorkingMethod( $weeks : cycleLengthWeeks != null, cycleLengthWeeks > 12 )
            then
                advice.rate(Status.RISK, $weeks);
            end
            """;

    static final String LONG_CYCLES_TEXTS = """
            findings:
              F4-long-cycles:
                nl: Een werkcyclus duurt {0} weken.
                en: One work cycle takes {0} weeks.
            """;

    static final String SHORTEN = """
            rule "Shorten cycles that take more than twelve weeks"
                @factor("F4") @action("F4-shorten-cycles")
            when
                WorkingMethod( $weeks : cycleLengthWeeks != null, cycleLengthWeeks > 12 )
            then
                advice.recommend(Priority.HIGH, fact("workingMethod.cycleLengthWeeks", $weeks), reason("cycles-long", $weeks));
            end
            """;

    static final String SHORTEN_TEXTS = """
            actions:
              F4-shorten-cycles:
                nl: {title: Maak de cycli korter, action: Knip het werk in stappen van hooguit vier weken.}
                en: {title: Shorten the cycles, action: Cut the work into steps of four weeks at most.}
            reasons:
              cycles-long: {nl: "een cyclus van {0} weken is lang", en: "a cycle of {0} weeks is long"}
            """;

    private static ProjectFacts withCycle(int weeks) {
        return ProjectFacts.builder("Proef").workingMethod(new WorkingMethod(weeks, null, null, null, null)).build();
    }

    @Test
    void oneMoreRuleFileInTheFolderChangesTheAssessmentWithoutAnyJava() {
        RulesFolder rules = RulesFolder.in(dir).drl("f4.drl", LONG_CYCLES).write("f4.yaml", LONG_CYCLES_TEXTS);
        Assessment before = Advisor.fromDirectory(rules.path()).assess(withCycle(20));

        rules.drl("f4-actions.drl", SHORTEN).write("f4-actions.yaml", SHORTEN_TEXTS);
        Assessment after = Advisor.fromDirectory(rules.path()).assess(withCycle(20));

        assertEquals(List.of(), before.recommendations());
        assertEquals(1, after.recommendations().size());
        var shorten = after.recommendations().get(0);
        assertEquals("F4-shorten-cycles", shorten.id());
        assertEquals(Priority.HIGH, shorten.priority());
        assertEquals("Maak de cycli korter", shorten.title());
        assertEquals(List.of("workingMethod.cycleLengthWeeks = 20", "een cyclus van 20 weken is lang"), shorten.because());
        assertEquals("Shorten cycles that take more than twelve weeks", shorten.rule());
        assertEquals(dir + "/f4-actions.drl", shorten.ruleFile());
    }

    @Test
    void anUnknownFactValueIsSaidInTheLanguageOfTheReport() {
        Advisor advisor = Advisor.fromDirectory(RulesFolder.in(dir).drl("f4.drl", """
                rule "Shorten cycles whose steps are unknown"
                    @factor("F4") @action("F4-shorten-cycles")
                when
                    WorkingMethod( $weeks : cycleLengthWeeks > 12, $steps : plannedSteps == null )
                then
                    advice.recommend(Priority.MEDIUM, fact("workingMethod.plannedSteps", $steps), reason("cycles-long", $steps));
                end
                """).write("f4.yaml", SHORTEN_TEXTS).path());

        var dutch = advisor.assess(withCycle(20)).recommendations().get(0);
        var english = advisor.assess(withCycle(20), nl.innovatiewijzer.Language.EN).recommendations().get(0);

        assertEquals(List.of("workingMethod.plannedSteps = onbekend", "een cyclus van onbekend weken is lang"), dutch.because());
        assertEquals(List.of("workingMethod.plannedSteps = unknown", "a cycle of unknown weeks is long"), english.because());
    }

    @Test
    void aStatusRuleJudgesItsFactorAndFillsItsFinding() {
        Advisor advisor = Advisor.fromDirectory(RulesFolder.in(dir).drl("f4.drl", LONG_CYCLES)
                .write("f4.yaml", LONG_CYCLES_TEXTS).path());

        Assessment assessment = advisor.assess(withCycle(16));

        assertEquals(Status.RISK, assessment.status("F4"));
        assertEquals(List.of("Een werkcyclus duurt 16 weken."), assessment.factor("F4").orElseThrow().findings());
        assertEquals(Status.UNKNOWN, assessment.status("F1"), "a factor no rule rated is unknown");
    }

    @Test
    void theWorstStatusWinsWhenRulesDisagree() {
        Advisor advisor = Advisor.fromDirectory(RulesFolder.in(dir).drl("f4.drl", LONG_CYCLES + """
                rule "Any known cycle is a strong sign"
                    @factor("F4") @finding("F4-known")
                when
                    WorkingMethod( cycleLengthWeeks != null )
                then
                    advice.rate(Status.STRONG);
                end
                """).write("f4.yaml", LONG_CYCLES_TEXTS + """
                  F4-known: {nl: De cyclus is bekend., en: The cycle is known.}
                """).path());

        assertEquals(Status.RISK, advisor.assess(withCycle(16)).status("F4"));
        assertEquals(Status.STRONG, advisor.assess(withCycle(2)).status("F4"));
    }

    @Test
    void aSyntaxErrorNamesTheAdvisersFileAndLine() {
        RulesFolder rules = RulesFolder.in(dir).drl("f4-broken.drl", """
                rule "A rule with a typo"
                    @factor("F4")
                when
                    WorkingMethod( cycleLengthWeeks > )
                then
                end
                """);

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));

        Problem problem = e.problems().get(0);
        assertEquals(dir + "/f4-broken.drl", problem.file());
        assertEquals(15, problem.line(), e.getMessage());
    }

    @Test
    void anUnknownFieldIsACompileErrorInTheAdvisersFile() {
        RulesFolder rules = RulesFolder.in(dir).drl("f4-field.drl", """
                rule "A rule about a field that does not exist"
                    @factor("F4") @finding("F4-long-cycles")
                when
                    WorkingMethod( cycleWeeks > 12 )
                then
                    advice.rate(Status.RISK);
                end
                """).write("f4.yaml", LONG_CYCLES_TEXTS);

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));

        assertEquals(dir + "/f4-field.drl", e.problems().get(0).file());
        assertTrue(e.getMessage().contains("cycleWeeks"), e.getMessage());
    }

    @Test
    void aDuplicateRuleNameIsRejectedWithBothPlaces() {
        RulesFolder rules = RulesFolder.in(dir).drl("a.drl", LONG_CYCLES).drl("b.drl", LONG_CYCLES)
                .write("f4.yaml", LONG_CYCLES_TEXTS);

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));

        Problem problem = e.problems().get(0);
        assertEquals(dir + "/b.drl", problem.file());
        assertTrue(problem.message().startsWith("duplicate rule name \"Cycles longer than twelve weeks are a risk\"; "
                + "it is already used at " + dir + "/a.drl:13"), problem.message());
    }

    @Test
    void aRuleWithoutItsFactorOrWithATextThatIsMissingIsRejected() {
        RulesFolder rules = RulesFolder.in(dir).drl("f4.drl", """
                rule "A rule that says nothing about its factor"
                when
                    WorkingMethod()
                then
                end

                rule "A rule whose finding has no text"
                    @factor("F4") @finding("F4-nowhere")
                when
                    WorkingMethod()
                then
                    advice.rate(Status.RISK);
                end

                rule "A rule that asks for a field that does not exist"
                    @factor("F4") @missing("workingMethod.cycles")
                when
                    WorkingMethod()
                then
                    advice.missing();
                end
                """);

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));

        assertEquals(List.of(
                "rule \"A rule that says nothing about its factor\" has no @factor(\"F1\" .. \"F9\") and no @obligation; "
                        + "each rule says which factor or duty it judges",
                "rule \"A rule whose finding has no text\" @finding(\"F4-nowhere\") has no text; "
                        + "add it under findings: in a texts file, in nl and en",
                "rule \"A rule that asks for a field that does not exist\" @missing(\"workingMethod.cycles\") "
                        + "is not a field of the facts contract; a field path is section.field, such as "
                        + "workingMethod.cycleLengthWeeks"),
                e.problems().stream().map(Problem::message).toList());
    }

    @Test
    void aTextWithoutItsEnglishVersionIsRejectedAtItsTexts() {
        RulesFolder rules = RulesFolder.in(dir).drl("f4.drl", LONG_CYCLES).write("f4.yaml", """
                findings:
                  F4-long-cycles:
                    nl: Een werkcyclus duurt {0} weken.
                """);

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));

        assertEquals(dir + "/f4.yaml:3:5: findings.F4-long-cycles.en: required, but absent: add en: with the English text; "
                        + "every text is written in nl and en",
                e.problems().get(0).toString());
    }

    @Test
    void aReasonWithoutTextIsRejectedAtTheLineThatUsesIt() {
        RulesFolder rules = RulesFolder.in(dir).drl("f4.drl", SHORTEN).write("f4.yaml", """
                actions:
                  F4-shorten-cycles:
                    nl: {title: Maak de cycli korter, action: Knip het werk op.}
                    en: {title: Shorten the cycles, action: Cut the work.}
                """);

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));

        assertEquals(dir + "/f4.drl:17:85: reason \"cycles-long\" has no text; add it under reasons: in a texts file, in nl and en",
                e.getMessage());
    }

    @Test
    void ruleFilesWithoutAnyRuleAreRefused() {
        RulesFolder rules = RulesFolder.in(dir).write("f4.drl", "");

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));

        assertEquals(dir + ": the rule files hold no rules", e.getMessage());
    }

    @Test
    void aFolderWithoutRulesIsNamed() {
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                () -> Advisor.fromDirectory(dir.resolve("nowhere")));

        assertEquals(dir.resolve("nowhere") + ": no such folder of rules", e.getMessage());
    }

    @Test
    void aTextNoRuleUsesIsAWarning() {
        Advisor advisor = Advisor.fromDirectory(RulesFolder.in(dir).drl("f4.drl", LONG_CYCLES)
                .write("f4.yaml", LONG_CYCLES_TEXTS + SHORTEN_TEXTS.replace("actions:", "actions:")).path());

        List<Problem> unusedTexts = advisor.warnings().stream().filter(w -> w.field().startsWith("actions.")).toList();

        assertEquals(1, unusedTexts.size());
        assertEquals("actions.F4-shorten-cycles", unusedTexts.get(0).field());
        assertEquals("no rule uses this text", unusedTexts.get(0).message());
    }
}
