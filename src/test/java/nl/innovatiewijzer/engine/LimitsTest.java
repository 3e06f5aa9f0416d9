package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.KnowledgeBaseException;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Recommendation;
import nl.innovatiewijzer.RulesOnDisk;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.facts.WorkingMethod;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A threshold is written once, as a named limit, and every rule and text that names it follows it. */
class LimitsTest {

    private static final String LONG_CYCLE_LIMIT = """
            limits:
              longCycleWeeks:
                value: 12
                unit: weeks
                nl: Een werkcyclus van meer weken dan dit is zeer lang.
                en: A work cycle of more weeks than this is very long.
            """;

    private static final String LONG_CYCLES_TEXTS = """
            findings:
              F4-long-cycles: {nl: "Een werkcyclus duurt {0} weken, meer dan {longCycleWeeks}.", en: "One work cycle takes {0} weeks, more than {longCycleWeeks}."}
            """;

    @TempDir
    Path dir;

    private static ProjectFacts cyclesOf(int weeks) {
        return ProjectFacts.builder("Werkcycli").workingMethod(new WorkingMethod(weeks, null, null, null, null)).build();
    }

    private static String longCyclesRule(String condition) {
        return """
                rule "A work cycle is very long"
                    @factor("F4") @finding("F4-long-cycles")
                when
                    WorkingMethod( $weeks : cycleLengthWeeks, %s )
                then
                    advice.rate(Status.RISK, $weeks);
                end
                """.formatted(condition);
    }

    private RulesFolder rulesWith(String condition) {
        return RulesFolder.in(dir).write("limits.yaml", LONG_CYCLE_LIMIT).write("f4.yaml", LONG_CYCLES_TEXTS)
                .drl("f4.drl", longCyclesRule(condition));
    }

    private List<String> problemsOf(RulesFolder rules) {
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));
        return e.problems().stream().map(Problem::toString).toList();
    }

    /** A copy of the shipped rules/, with one limit's value changed in rules/limits.yaml. */
    private Path shippedRulesWith(String limit, int from, int to) throws IOException {
        return RulesFolder.shippedWithLimit(dir, limit, from, to);
    }

    @Test
    void changingTheLongCycleLimitChangesEveryRuleAndTextThatNamesIt() throws IOException {
        Assessment shipped = RulesOnDisk.advisor().assess(cyclesOf(10));
        Advisor changed = Advisor.fromDirectory(shippedRulesWith("longCycleWeeks", 12, 8));

        Assessment assessment = changed.assess(cyclesOf(10));

        assertEquals(Status.ATTENTION, shipped.status("F4"));
        assertEquals(Status.RISK, assessment.status("F4"));
        assertEquals(List.of("Een werkcyclus duurt 10 weken, langer dan 8 weken; als een stap mislukt, is het team maanden kwijt."),
                assessment.factor("F4").orElseThrow().findings());
        Recommendation shorten = assessment.recommendation("F4-shorten-cycles").orElseThrow();
        assertEquals(Priority.HIGH, shorten.priority());
        assertEquals("Shorten very long work cycles", shorten.rule());
        assertEquals(Status.ATTENTION, changed.assess(cyclesOf(8)).status("F4"), "8 weeks is not more than 8");
    }

    @Test
    void changingTheShortCycleLimitChangesTheStrongEndTheLongCyclesAndTheTextsThatStateIt() throws IOException {
        Advisor changed = Advisor.fromDirectory(shippedRulesWith("shortCycleWeeks", 4, 6));

        Assessment six = changed.assess(cyclesOf(6), Language.EN);
        Assessment seven = changed.assess(cyclesOf(7), Language.EN);

        // six weeks is short now: nothing is wrong with what is known, the rest is still open
        assertEquals(List.of("What is known of the way of working shows no weakness, but not everything is known yet; "
                + "the judgement is provisional until the open questions are answered."),
                six.factor("F4").orElseThrow().findings());
        assertEquals(List.of("A work cycle takes 7 weeks; in cycles of 6 weeks or less the team learns faster."),
                seven.factor("F4").orElseThrow().findings());
        assertTrue(seven.recommendation("F4-shorten-cycles").orElseThrow().action().contains("of 6 weeks at most"));
    }

    @Test
    void aRuleComparesAFieldWithALimitByName() {
        Advisor advisor = Advisor.fromDirectory(rulesWith("cycleLengthWeeks > longCycleWeeks").path());

        assertEquals(Status.RISK, advisor.assess(cyclesOf(13)).status("F4"));
        assertEquals(Status.UNKNOWN, advisor.assess(cyclesOf(12)).status("F4"));
        assertEquals(List.of("One work cycle takes 13 weeks, more than 12."),
                advisor.assess(cyclesOf(13), Language.EN).factor("F4").orElseThrow().findings());
    }

    @Test
    void aLimitMayStandOnEitherSideAndInsideAnOr() {
        Advisor advisor = Advisor.fromDirectory(rulesWith("longCycleWeeks < cycleLengthWeeks || cycleLengthWeeks == longCycleWeeks")
                .path());

        assertEquals(Status.RISK, advisor.assess(cyclesOf(13)).status("F4"));
        assertEquals(Status.RISK, advisor.assess(cyclesOf(12)).status("F4"));
        assertEquals(Status.UNKNOWN, advisor.assess(cyclesOf(11)).status("F4"));
    }

    @Test
    void aLimitWithADecimalValueIsComparedWithAWholeNumberField() {
        RulesFolder rules = rulesWith("cycleLengthWeeks > longCycleWeeks")
                .write("limits.yaml", LONG_CYCLE_LIMIT.replace("value: 12", "value: 12.5"));

        Advisor advisor = Advisor.fromDirectory(rules.path());

        assertEquals(Status.RISK, advisor.assess(cyclesOf(13)).status("F4"));
        assertEquals(Status.UNKNOWN, advisor.assess(cyclesOf(12)).status("F4"));
        assertEquals(List.of("Een werkcyclus duurt 13 weken, meer dan 12.5."),
                advisor.assess(cyclesOf(13)).factor("F4").orElseThrow().findings());
    }

    @Test
    void aLimitNamedInTextInQuotesOrInTheRuleNameIsLeftAsWritten() {
        RulesFolder rules = RulesFolder.in(dir).write("limits.yaml", LONG_CYCLE_LIMIT).write("f4.yaml", LONG_CYCLES_TEXTS)
                .drl("f4.drl", """
                        rule "Cycles longer than longCycleWeeks, for a project not called longCycleWeeks"
                            @factor("F4") @finding("F4-long-cycles")
                        when
                            Project( name != "longCycleWeeks" )
                            WorkingMethod( $weeks : cycleLengthWeeks, cycleLengthWeeks > longCycleWeeks ) // longCycleWeeks
                        then
                            advice.rate(Status.RISK, $weeks);
                        end
                        """);
        Advisor advisor = Advisor.fromDirectory(rules.path());
        ProjectFacts named = ProjectFacts.builder("longCycleWeeks")
                .workingMethod(new WorkingMethod(13, null, null, null, null)).build();

        assertEquals("Cycles longer than longCycleWeeks, for a project not called longCycleWeeks",
                advisor.rules().get(0).name());
        assertEquals(Status.RISK, advisor.assess(cyclesOf(13)).status("F4"));
        assertEquals(Status.UNKNOWN, advisor.assess(named).status("F4"), "the text in quotes was compared as written");
    }

    @Test
    void aLimitIsWrittenAsItsNumberOnTheSameLineAndInTheSameColumns() {
        String source = RulesFolder.HEADER + longCyclesRule("cycleLengthWeeks > longCycleWeeks, cycleLengthWeeks != null");
        SourceFile file = new SourceFile("f4.drl", "f4.drl", source.getBytes(StandardCharsets.UTF_8));
        List<Problem> problems = new ArrayList<>();
        Limits limits = Limits.read(List.of(new SourceFile("limits.yaml", "limits.yaml",
                LONG_CYCLE_LIMIT.getBytes(StandardCharsets.UTF_8))), problems);

        String written = new String(ConstraintLimits.write(limits, file, parse(source)),
                StandardCharsets.UTF_8);

        assertEquals(List.of(), problems);
        assertEquals(source.replace("cycleLengthWeeks > longCycleWeeks,", "cycleLengthWeeks > 12            ,"), written);
        assertEquals(source.lines().count(), written.lines().count());
    }

    private static PackageDescr parse(String source) {
        try {
            return new DrlParser().parse(null, source);
        } catch (DroolsParserException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anUnknownNameInAConditionIsNeitherAFieldNorALimitAndTheNearestIsSuggested() {
        List<String> problems = problemsOf(rulesWith("cycleLengthWeeks > longCycleWeek"));

        assertEquals(List.of(dir + "/f4.drl:15:47: found longCycleWeek: WorkingMethod has no such field, "
                + "and " + dir + "/limits.yaml no such limit; did you mean longCycleWeeks?"), problems);
    }

    @Test
    void anUnknownNameFarFromAnyListsTheFieldsAndTheLimits() {
        List<String> problems = problemsOf(rulesWith("cycleLengthWeeks > quarter"));

        assertEquals(List.of(dir + "/f4.drl:15:47: found quarter: WorkingMethod has no such field, and "
                + dir + "/limits.yaml no such limit; its fields are cycleLengthWeeks, plannedSteps, stepsHaveGoals, evaluateEachStep, "
                + "goNoGoMoments; the limits are longCycleWeeks"), problems);
    }

    @Test
    void anUnknownLimitInATextIsReportedAtTheTextWithTheNearestLimit() {
        RulesFolder rules = rulesWith("cycleLengthWeeks > longCycleWeeks")
                .write("f4.yaml", LONG_CYCLES_TEXTS.replace("meer dan {longCycleWeeks}", "meer dan {longCycleWeek}"));

        assertEquals(List.of(dir + "/f4.yaml:2:24: findings.F4-long-cycles.nl: {longCycleWeek} names no limit; the limits "
                + "are written in " + dir + "/limits.yaml; did you mean {longCycleWeeks}?"), problemsOf(rules));
    }

    @Test
    void aNameInBracesInAKnowledgeBaseWithoutLimitsSaysWhereLimitsAreWritten() {
        List<Problem> problems = new ArrayList<>();
        TextCatalogue.read(List.of(new SourceFile("t.yaml", "t.yaml",
                LONG_CYCLES_TEXTS.getBytes(StandardCharsets.UTF_8))), problems);

        String noLimits = "{longCycleWeeks} names no limit; this knowledge base has no limits (they are written under "
                + "limits: in a texts file); {0}, {1}, ... are the values a rule passes";
        assertEquals(List.of("t.yaml:2:24: findings.F4-long-cycles.nl: " + noLimits,
                        "t.yaml:2:90: findings.F4-long-cycles.en: " + noLimits),
                problems.stream().map(Problem::toString).toList());
    }

    @Test
    void aLimitWrittenTwiceNamesBothPlaces() {
        RulesFolder rules = rulesWith("cycleLengthWeeks > longCycleWeeks").write("more-limits.yaml", LONG_CYCLE_LIMIT);

        assertEquals(List.of(dir + "/more-limits.yaml:2:3: limits.longCycleWeeks: the limit longCycleWeeks is written twice; "
                + "it is already written at " + dir + "/limits.yaml:2. Keep one of them"), problemsOf(rules));
    }

    @Test
    void aLimitComparedWithAFieldThatHoldsNoNumberIsRefused() {
        RulesFolder rules = rulesWith("cycleLengthWeeks > 0").drl("f1.drl", """
                rule "A driven team"
                    @factor("F1") @finding("F4-long-cycles")
                when
                    Team( motivation == longCycleWeeks )
                then
                    advice.rate(Status.STRONG, 1);
                end
                """);

        assertEquals(List.of(dir + "/f1.drl:15:11: found the limit longCycleWeeks compared with motivation, which holds "
                + "Level values; a limit is a number, compared with a field that holds a number, such as "
                + "cycleLengthWeeks > longCycleWeeks"), problemsOf(rules));
    }

    @Test
    void aLimitWhoseValueIsNoNumberIsReportedOnceAtItsValue() {
        RulesFolder rules = rulesWith("cycleLengthWeeks > longCycleWeeks")
                .write("limits.yaml", LONG_CYCLE_LIMIT.replace("value: 12", "value: twelve"));

        assertEquals(List.of(dir + "/limits.yaml:3:12: limits.longCycleWeeks.value: expected a number, found the text \"twelve\""),
                problemsOf(rules));
    }

    @Test
    void aLimitNeedsItsValueUnitAndMeaningInBothLanguages() {
        RulesFolder rules = rulesWith("cycleLengthWeeks > longCycleWeeks")
                .write("limits.yaml", "limits:\n  longCycleWeeks: {value: 12, nl: Lang.}\n");

        assertEquals(List.of(dir + "/limits.yaml:2:19: limits.longCycleWeeks.unit: required, but absent",
                dir + "/limits.yaml:2:19: limits.longCycleWeeks.en: required, but absent"), problemsOf(rules));
    }

    @Test
    void aLimitNamedAsAFieldIsRefusedAsARuleCouldNotTellThemApart() {
        RulesFolder rules = rulesWith("cycleLengthWeeks > 12")
                .write("limits.yaml", LONG_CYCLE_LIMIT.replace("longCycleWeeks:", "hoursPerWeek:"))
                .write("f4.yaml", RulesFolder.LONG_CYCLES_TEXTS);

        assertEquals(List.of(dir + "/limits.yaml:2:3: limits.hoursPerWeek: hoursPerWeek is a field of ProjectLeader, "
                + "so a rule could not tell the two apart; give the limit a name of its own"), problemsOf(rules));
    }

    @Test
    void aChangedLimitMissesTheCacheAndTheRulesFollowTheNewValue() {
        RulesFolder rules = rulesWith("cycleLengthWeeks > longCycleWeeks");
        CompileCache cache = CompileCache.in(dir.resolve("cache"));
        DroolsKnowledgeBase first = DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(rules.path()), cache);
        assertTrue(DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(rules.path()), cache).loadedFromCache());
        rules.write("limits.yaml", LONG_CYCLE_LIMIT.replace("value: 12", "value: 8"));

        DroolsKnowledgeBase changed = DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(rules.path()), cache);

        assertFalse(changed.loadedFromCache());
        assertEquals(Status.UNKNOWN, first.assess(cyclesOf(10), Language.NL).status("F4"));
        assertEquals(Status.RISK, changed.assess(cyclesOf(10), Language.NL).status("F4"));
        assertEquals(List.of("Een werkcyclus duurt 10 weken, meer dan 8."),
                changed.assess(cyclesOf(10), Language.NL).factor("F4").orElseThrow().findings());
        DroolsKnowledgeBase again = DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(rules.path()), cache);
        assertTrue(again.loadedFromCache());
        assertEquals(List.of("Een werkcyclus duurt 10 weken, meer dan 8."),
                again.assess(cyclesOf(10), Language.NL).factor("F4").orElseThrow().findings());
    }
}
