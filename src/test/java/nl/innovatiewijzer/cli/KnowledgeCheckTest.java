package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.innovatiewijzer.engine.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge check of {@code validate}, tried as an adviser would meet it: a copy of the shipped
 * rules with one mistake added, in substance rather than in writing, and the message that names
 * the rule, its file and line, and the project that shows the mistake.
 */
class KnowledgeCheckTest {

    @TempDir
    Path dir;

    @Test
    void theShippedRulesPassTheKnowledgeCheckEvenWithStrict() {
        Run run = Run.of("validate", "--strict");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void aCopyOfTheRulesWithTheirExamplesPassesTheKnowledgeCheckEvenWithStrict() throws IOException {
        Path rules = shippedRulesWithExamples();

        Run run = Run.of("validate", "--rules", rules.toString(), "--strict");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void aWeaknessRuleBesideTheStrongRuleIsAnErrorNamingBothRulesAndTheExampleThatShowsIt() throws IOException {
        Path rules = shippedRulesWithExamples();
        add(rules, "f4-steps.drl", STEPS_TOO_BIG.formatted("plannedSteps < 10"), STEPS_TOO_BIG_TEXTS);

        Run run = Run.of("validate", "--rules", rules.toString());

        assertEquals(3, run.exitCode());
        assertEquals(List.of("error in the knowledge base: " + rules + "/f4-short-cycles.drl:18: rule \"Short cycles with "
                + "checked and reviewed steps\" rates F4 STRONG while rule \"The steps are too big\" (" + rules
                + "/f4-steps.drl:13) rates it ATTENTION, for " + dir + "/facts/bezoekersstromen-binnenstad.json; the "
                + "report would show the strong finding under ATTENTION. Add the opposite of the condition of \"The "
                + "steps are too big\" to this rule, so that it does not fire when that one does"), run.err().lines().toList());
    }

    @Test
    void aWeaknessRuleBesideTheStrongRuleIsFoundFromTheConditionsWhenNoExampleShowsIt() throws IOException {
        Path rules = shippedRules();
        add(rules, "f4-steps.drl", STEPS_TOO_BIG.formatted("plannedSteps < 5"), STEPS_TOO_BIG_TEXTS);

        Run run = Run.of("validate", "--rules", rules.toString());

        assertEquals(3, run.exitCode());
        assertEquals(List.of("error in the knowledge base: " + rules + "/f4-short-cycles.drl:18: rule \"Short cycles with "
                + "checked and reviewed steps\" rates F4 STRONG while rule \"The steps are too big\" (" + rules
                + "/f4-steps.drl:13) rates it ATTENTION, for a project with workingMethod.cycleLengthWeeks: 4, "
                + "workingMethod.plannedSteps: 3, workingMethod.stepsHaveGoals: true, workingMethod.evaluateEachStep: "
                + "true; the report would show the strong finding under ATTENTION. Add the opposite of the condition "
                + "of \"The steps are too big\" to this rule, so that it does not fire when that one does"),
                run.err().lines().toList());
    }

    @Test
    void aHighActionOnAFactorTheSameFactsRateStrongIsAnError() throws IOException {
        Path rules = shippedRulesWithExamples();
        add(rules, "f2-alderman.drl", """
                // The alderman carries the project and wants to hear of it.
                rule "Brief the alderman every month"
                    @factor("F2") @action("F2-brief-alderman")
                when
                    Mandate( sponsor == Sponsor.ALDERMAN )
                then
                    advice.recommend(Priority.HIGH, fact("mandate.sponsor", Sponsor.ALDERMAN));
                end
                """, BRIEF_ALDERMAN_TEXTS);

        Run run = Run.of("validate", "--rules", rules.toString());

        assertEquals(3, run.exitCode());
        assertEquals(List.of("error in the knowledge base: " + rules + "/f2-alderman.drl:13: rule \"Brief the alderman "
                + "every month\" recommends F2-brief-alderman at HIGH while F2 is rated STRONG (by rule \"A senior sponsor "
                + "gives trust, room to fail and secured money\", " + rules + "/f2-room-trust-budget.drl:18), for " + dir
                + "/facts/sterk-voorbeeldproject.yaml; a strong factor needs no urgent action. Add a condition to this "
                + "rule so that it does not fire when that one does, or give the action a lower priority"),
                run.err().lines().toList());
    }

    @Test
    void aQuestionAboutAFactTheProjectGivesIsAnError() throws IOException {
        Path rules = shippedRules();
        add(rules, "f2-multi-year.drl", """
                // Money for several years keeps the result out of every budget round.
                rule "Ask whether the budget runs over several years"
                    @factor("F2") @missing("budget.multiYear")
                when
                    Budget( implementationBudgetReserved == null )
                then
                    advice.missing();
                end
                """, """
                questions:
                  budget.multiYear: {nl: "Is het budget meerjarig?", en: "Does the budget run over several years?"}
                """);

        Run run = Run.of("validate", "--rules", rules.toString());

        assertEquals(3, run.exitCode());
        assertEquals(List.of("error in the knowledge base: " + rules + "/f2-multi-year.drl:13: rule \"Ask whether the "
                + "budget runs over several years\" asks for budget.multiYear (@missing) while it is known (false), for a "
                + "project with budget.multiYear: false; the report would ask a question the facts answer. Let the rule "
                + "fire only when the fact is unknown, as in Budget( multiYear == null )"), run.err().lines().toList());
    }

    @Test
    void aDutyTwoRulesDecideDifferentlyOnTheSameFactsIsAnError() throws IOException {
        Path rules = shippedRules();
        add(rules, "dpia-pseudonymised.drl", """
                // Pseudonymised data, the adviser thought, needs no DPIA.
                rule "A DPIA is not needed for pseudonymised data"
                    @obligation("dpia")
                when
                    Project( processesPersonalData == true )
                    DataUse( dpiaCriteria != null, dpiaCriteria.size() >= 2 )
                then
                    advice.oblige(ObligationState.DONE);
                end
                """, null);

        Run run = Run.of("validate", "--rules", rules.toString());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().lines().anyMatch(line -> line.equals("error in the knowledge base: " + rules
                + "/dpia-pseudonymised.drl:13: rule \"A DPIA is not needed for pseudonymised data\" decides dpia DONE "
                + "while rule \"A DPIA is required and has not been carried out\" (" + rules + "/obligations.drl:39) "
                + "decides it TODO, for a project with project.processesPersonalData: true, dataUse.dpiaCriteria: "
                + "[evaluationOrScoring, automatedDecisions], dataUse.dpiaDone: false; a duty is in one state at a "
                + "time. Make the conditions of the two rules exclude each other")), run.err());
    }

    @Test
    void aRuleThatFailsOnSomeProjectIsAnErrorNamingThatRule() throws IOException {
        Path rules = shippedRules();
        add(rules, "f5-criteria.drl", """
                // Many high-risk criteria call for more care in the team.
                rule "Three or more high-risk criteria apply"
                    @factor("F5") @finding("F5-many-criteria")
                when
                    DataUse( dpiaCriteria.size() >= 3 )
                then
                    advice.rate(Status.ATTENTION);
                end
                """, """
                findings:
                  F5-many-criteria: {nl: "Er gelden veel risicocriteria.", en: "Many high-risk criteria apply."}
                """);

        Run run = Run.of("validate", "--rules", rules.toString());

        assertEquals(3, run.exitCode());
        assertEquals("error in the knowledge base: " + rules + "/f5-criteria.drl:13: rule \"Three or more high-risk "
                + "criteria apply\" fails while matching the facts (ConstraintEvaluationException: Error evaluating "
                + "constraint 'dpiaCriteria.size() >= 3' in [Rule \"Three or more high-risk criteria apply\" in "
                + "f5-criteria.drl]), for a project with only a name; assess stops with this error on such a project. "
                + "A list that is not known has no size: test that it is known first, as in field != null, "
                + "field.size() >= 2", run.err().lines().findFirst().orElse(""));
    }

    @Test
    void aReasonNoRuleGivesIsAWarningThatStrictMakesAnError() throws IOException {
        Path rules = shippedRules();
        add(rules, "more-reasons.yaml", null, """
                reasons:
                  alderman-busy: {nl: de wethouder heeft het druk, en: the alderman is busy}
                """);

        Run run = Run.of("validate", "--rules", rules.toString());
        Run strict = Run.of("validate", "--rules", rules.toString(), "--strict");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("warning: " + rules + "/more-reasons.yaml:2: reasons.alderman-busy: no rule gives this "
                + "reason; a rule gives it in its consequence as reason(\"alderman-busy\", ...). Name it in the rule "
                + "that should give it, or remove the text"), run.err().lines().toList());
        assertEquals(3, strict.exitCode());
    }

    @Test
    void aHighActionOnAFactorNoRuleRatesRiskIsAWarning() throws IOException {
        Path rules = shippedRules();
        add(rules, "f2-director.drl", """
                // A manager as sponsor: a director is needed at once.
                rule "Find a director when the sponsor is a manager"
                    @factor("F2") @action("F2-brief-alderman")
                when
                    Mandate( sponsor == Sponsor.MANAGER )
                then
                    advice.recommend(Priority.HIGH, fact("mandate.sponsor", Sponsor.MANAGER));
                end
                """, BRIEF_ALDERMAN_TEXTS);

        Run run = Run.of("validate", "--rules", rules.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("warning: " + rules + "/f2-director.drl:13: rule \"Find a director when the sponsor is a "
                + "manager\" recommends F2-brief-alderman at HIGH while F2 is rated ATTENTION, not RISK, for a project "
                + "with mandate.sponsor: manager; a HIGH action answers a risk. Give it MEDIUM, or add the risk it "
                + "answers: a rule that rates F2 RISK on the same condition"), run.err().lines().toList());
    }

    @Test
    void aRiskWithNoActionAtHighIsAWarning() throws IOException {
        Path rules = shippedRules();
        add(rules, "f4-goals.drl", """
                // Many steps and none with a goal: nobody can tell whether a step worked.
                rule "Many steps and none has a checkable goal"
                    @factor("F4") @finding("F4-no-goals")
                when
                    WorkingMethod( stepsHaveGoals == false, plannedSteps > 6 )
                then
                    advice.rate(Status.RISK);
                end
                """, """
                findings:
                  F4-no-goals: {nl: "Geen stap heeft een doel.", en: "No step has a goal."}
                """);

        Run run = Run.of("validate", "--rules", rules.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("warning: " + rules + "/f4-goals.drl:13: rule \"Many steps and none has a checkable goal\" "
                + "rates F4 RISK while no rule recommends a HIGH action for F4, for a project with "
                + "workingMethod.plannedSteps: 7, workingMethod.stepsHaveGoals: false; the report would show a risk with "
                + "nothing urgent to do about it. Add a rule that recommends an action at HIGH on the same condition"),
                run.err().lines().toList());
    }

    @Test
    void aRuleWhoseConditionsExcludeEachOtherIsAWarning() throws IOException {
        Path rules = shippedRules();
        add(rules, "f4-cycles.drl", """
                // Cycles that are short and long at once: the adviser meant "or".
                rule "Cycles are short or very long"
                    @factor("F4") @finding("F4-odd-cycles")
                when
                    WorkingMethod( cycleLengthWeeks <= 4, cycleLengthWeeks > 12 )
                then
                    advice.rate(Status.ATTENTION);
                end
                """, """
                findings:
                  F4-odd-cycles: {nl: "De cycli zijn ongewoon.", en: "The cycles are unusual."}
                """);

        Run run = Run.of("validate", "--rules", rules.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("warning: " + rules + "/f4-cycles.drl:13: rule \"Cycles are short or very long\" fires on "
                + "no project the check ran, not even on those made from its own conditions: its conditions may exclude "
                + "each other, such as one field compared with two values no value meets at once. Check each condition "
                + "against a project it should fire on"), run.err().lines().toList());
    }

    @Test
    void anErrorOfTheKnowledgeCheckDoesNotStopAssess() throws IOException {
        Path rules = shippedRulesWithExamples();
        add(rules, "f4-steps.drl", STEPS_TOO_BIG.formatted("plannedSteps < 10"), STEPS_TOO_BIG_TEXTS);

        Run run = Run.of("assess", "--rules", rules.toString(), dir.resolve("facts/bezoekersstromen-binnenstad.json").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("De stappen zijn te groot."), run.out());
    }

    @Test
    void theSameRulesGiveTheSameMessagesEveryTime() throws IOException {
        Path rules = shippedRules();
        add(rules, "f2-multi-year.drl", """
                rule "Ask whether the budget runs over several years"
                    @factor("F2") @missing("budget.multiYear")
                when
                    Budget( implementationBudgetReserved == null )
                then
                    advice.missing();
                end
                """, """
                questions:
                  budget.multiYear: {nl: "Is het budget meerjarig?", en: "Does the budget run over several years?"}
                """);

        Run first = Run.of("validate", "--rules", rules.toString());
        Run second = Run.of("validate", "--rules", rules.toString());

        assertEquals(3, first.exitCode());
        assertEquals(first.err(), second.err());
    }

    private static final String STEPS_TOO_BIG = """
            // Fewer steps than this, and each step is too big to redo when it fails.
            rule "The steps are too big"
                @factor("F4") @finding("F4-steps-too-big")
            when
                WorkingMethod( plannedSteps != null, %s )
            then
                advice.rate(Status.ATTENTION);
            end
            """;

    private static final String STEPS_TOO_BIG_TEXTS = """
            findings:
              F4-steps-too-big: {nl: "De stappen zijn te groot.", en: "The steps are too big."}
            """;

    private static final String BRIEF_ALDERMAN_TEXTS = """
            actions:
              F2-brief-alderman:
                nl: {title: "Informeer de wethouder", action: "Informeer de wethouder elke maand."}
                en: {title: "Brief the alderman", action: "Brief the alderman every month."}
            """;

    /** A copy of the shipped rules, with no examples beside it: the check has only the projects it makes. */
    private Path shippedRules() throws IOException {
        return copy(Path.of("rules"), dir.resolve("rules"));
    }

    /** A copy of the shipped rules with the shipped examples in facts/ beside it. */
    private Path shippedRulesWithExamples() throws IOException {
        copy(Path.of("facts"), dir.resolve("facts"));
        return shippedRules();
    }

    /** The adviser's change: one more rule file, written with the header every rule file has, and its texts. */
    private static void add(Path rules, String drl, String rule, String texts) throws IOException {
        if (rule != null) {
            Files.writeString(rules.resolve(drl), RulesFolder.HEADER + "\n" + rule);
        }
        if (texts != null) {
            Files.writeString(rules.resolve(drl.replaceFirst("\\.drl$", ".yaml")), texts);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
