package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.KnowledgeBaseException;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.NextStep;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.StepKind;
import nl.innovatiewijzer.facts.WorkingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan rule proposes a next step as advisers write it, and validate tells what is wrong with one. */
class PlanRulesTest {

    private static final String PLAN_HEADER = RulesFolder.HEADER.replace("import nl.innovatiewijzer.Status;",
            "import nl.innovatiewijzer.Status;\nimport nl.innovatiewijzer.DutyKind;\nimport nl.innovatiewijzer.rules.*;");

    private static final String SHORTEN_CYCLES = """
            // Long cycles: shorten them, for this test.
            rule "Long cycles are shortened"
                @factor("F4") @action("F4-shorten-cycles")
            when
                WorkingMethod( cycleLengthWeeks != null, cycleLengthWeeks > 12 )
            then
                advice.recommend(Priority.HIGH);
            end
            """;

    private static final String TEXTS = """
            actions:
              F4-shorten-cycles:
                nl: {title: Kort de cycli in, action: Maak elke cyclus vier weken of korter.}
                en: {title: Shorten the cycles, action: Make each cycle four weeks or shorter.}
            steps:
              urgent-first:
                nl: Dit is het dringendst.
                en: This is the most urgent.
            """;

    @TempDir
    Path dir;

    private RulesFolder rulesWithPlan(String plan) {
        return RulesFolder.in(dir).write("f4.yaml", TEXTS).drl("f4.drl", SHORTEN_CYCLES)
                .write("plan.drl", PLAN_HEADER + "\n" + plan);
    }

    private static String planRule(String metadata, String condition, String call) {
        return """
                // What is urgent comes first, for this test.
                rule "An urgent action comes first"
                    %s
                when
                    %s
                then
                    %s
                end
                """.formatted(metadata, condition, call);
    }

    private List<String> problemsOf(RulesFolder rules) {
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));
        return e.problems().stream().map(Problem::toString).map(shown -> shown.replace(dir + "/", "")).toList();
    }

    private static ProjectFacts longCycles() {
        return ProjectFacts.builder("Cycli").workingMethod(new WorkingMethod(14, null, null, null, null)).build();
    }

    @Test
    void aPlanRuleMakesTheActionItMatchesANextStepWithItsReasonInTheReportsLanguage() {
        Advisor advisor = Advisor.fromDirectory(rulesWithPlan(planRule("@step(\"urgent-first\")",
                "$action : Recommended( priority == Priority.HIGH )", "advice.step($action, 40);")).path());

        List<NextStep> steps = advisor.assess(longCycles(), Language.EN).nextSteps();

        assertEquals(List.of(new NextStep(1, StepKind.RECOMMENDATION, "F4-shorten-cycles", "F4", "Shorten the cycles",
                "This is the most urgent.")), steps);
    }

    @Test
    void withoutPlanRulesThereAreNoNextSteps() {
        Advisor advisor = Advisor.fromDirectory(RulesFolder.in(dir).write("f4.yaml", TEXTS).drl("f4.drl", SHORTEN_CYCLES)
                .path());

        assertEquals(List.of(), advisor.assess(longCycles()).nextSteps());
    }

    @Test
    void aReasonWithoutItsTextIsToldWithTheOneMeant() {
        assertEquals(List.of("plan.drl:16:5: rule \"An urgent action comes first\" @step(\"urgent-frist\") has no text; "
                        + "add it under steps: in a texts file, in nl and en; did you mean urgent-first?"),
                problemsOf(rulesWithPlan(planRule("@step(\"urgent-frist\")",
                        "$action : Recommended( priority == Priority.HIGH )", "advice.step($action, 40);"))));
    }

    @Test
    void aStepWithoutItsReasonIsTold() {
        assertEquals(List.of("plan.drl:20:12: rule \"An urgent action comes first\" calls advice.step(...) but has no "
                        + "@step(...); give the rule @step(\"...\") with the id of its text"),
                problemsOf(rulesWithPlan(planRule("@factor(\"F4\")",
                        "$action : Recommended( priority == Priority.HIGH )", "advice.step($action, 40);"))));
    }

    @Test
    void aStepOfSomethingThatIsNoCandidateIsTold() {
        assertEquals(List.of("plan.drl:20:17: found '$method'; $method holds a WorkingMethod, which is no next step; "
                        + "advice.step($candidate, order) takes a Recommended, Duty or Question bound in the conditions "
                        + "($duty : Duty( ... )) and a whole number: the lower, the sooner"),
                problemsOf(rulesWithPlan(planRule("@step(\"urgent-first\")",
                        "$method : WorkingMethod( )", "advice.step($method, 40);"))));
    }

    @Test
    void aPlaceThatIsNoWholeNumberIsTold() {
        assertEquals(List.of("plan.drl:20:26: found '\"first\"'; the place of a step is a whole number such as 10; "
                        + "advice.step($candidate, order) takes a Recommended, Duty or Question bound in the conditions "
                        + "($duty : Duty( ... )) and a whole number: the lower, the sooner"),
                problemsOf(rulesWithPlan(planRule("@step(\"urgent-first\")",
                        "$action : Recommended( priority == Priority.HIGH )", "advice.step($action, \"first\");"))));
    }

    @Test
    void aMisspelledCandidateIsToldWithTheOneMeant() {
        List<String> problems = problemsOf(rulesWithPlan(planRule("@step(\"urgent-first\")",
                "$action : Recomended( priority == Priority.HIGH )", "advice.step($action, 40);")));

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("plan.drl:18:5: found the pattern Recomended(...), which is not a fact; "),
                problems.get(0));
        assertTrue(problems.get(0).endsWith("; did you mean Recommended?"), problems.get(0));
    }
}
