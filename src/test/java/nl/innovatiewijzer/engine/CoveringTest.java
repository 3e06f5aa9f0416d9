package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Evidence;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Recommendation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An action that covers another is listed alone, with the reasons of both; key facts are asked first. */
class CoveringTest {

    @TempDir
    Path dir;

    private static final String RULES = """
            rule "Shorten cycles that take more than twelve weeks"
                @factor("F4") @action("F4-shorten-cycles")
            when
                WorkingMethod( $weeks : cycleLengthWeeks > 12 )
            then
                advice.recommend(Priority.MEDIUM, fact("workingMethod.cycleLengthWeeks", $weeks));
            end

            rule "Review each step"
                @factor("F4") @action("F4-review-each-step")
            when
                WorkingMethod( evaluateEachStep == false )
            then
                advice.recommend(Priority.HIGH, fact("workingMethod.evaluateEachStep", false));
            end

            rule "Ask how long a cycle takes"
                @factor("F4") @missing("workingMethod.cycleLengthWeeks")
            when
                WorkingMethod( cycleLengthWeeks == null )
            then
                advice.missing();
            end

            rule "Ask whether the steps have goals"
                @factor("F4") @missing("workingMethod.stepsHaveGoals")
            when
                WorkingMethod( stepsHaveGoals == null )
            then
                advice.missing();
            end

            rule "Ask how many steps are planned"
                @factor("F4") @missing("workingMethod.plannedSteps")
            when
                WorkingMethod( plannedSteps == null )
            then
                advice.missing();
            end
            """;

    private static String texts(String covers, String keyFacts) {
        return """
                actions:
                  F4-shorten-cycles:
                %s    nl: {title: "Verkort de cycli", action: "Knip het werk op en evalueer elke stap."}
                    en: {title: "Shorten the cycles", action: "Cut the work up and review every step."}
                  F4-review-each-step:
                    nl: {title: "Evalueer elke stap", action: "Sluit elke stap af met een evaluatie."}
                    en: {title: "Review every step", action: "Close every step with a review."}
                questions:
                  workingMethod.cycleLengthWeeks: {nl: "Hoe lang duurt een cyclus?", en: "How long is a cycle?"}
                  workingMethod.stepsHaveGoals: {nl: "Hebben de stappen een doel?", en: "Do the steps have goals?"}
                  workingMethod.plannedSteps: {nl: "Hoeveel stappen?", en: "How many steps?"}
                %s""".formatted(covers, keyFacts);
    }

    private Advisor advisor(String covers, String keyFacts) {
        return Advisor.fromDirectory(RulesFolder.in(dir).drl("f4.drl", RULES).write("f4.yaml", texts(covers, keyFacts)).path());
    }

    private static ProjectFacts facts(String workingMethod) {
        return ProjectFacts.fromYaml("p.yaml", "project: {name: P}\nworkingMethod: " + workingMethod + "\n");
    }

    private static List<String> problemsOf(String texts) {
        List<Problem> problems = new ArrayList<>();
        TextCatalogue.read(List.of(new SourceFile("t.yaml", "t.yaml", (RulesFolder.FACTOR_NAMES + texts)
                .getBytes(StandardCharsets.UTF_8))), problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void theCoveringActionIsListedAloneWithTheReasonsOfBothAndTheHigherPriority() {
        Assessment assessment = advisor("    covers: [\"F4-review-each-step\"]\n", "")
                .assess(facts("{cycleLengthWeeks: 20, evaluateEachStep: false}"));

        assertEquals(List.of("F4-shorten-cycles"), assessment.recommendations().stream().map(Recommendation::id).toList());
        Recommendation shorten = assessment.recommendations().get(0);
        assertEquals(Priority.HIGH, shorten.priority(), "the covered action was HIGH");
        assertEquals(2, shorten.because().size(), shorten.because()::toString);
        assertEquals(List.of("workingMethod.cycleLengthWeeks", "workingMethod.evaluateEachStep"),
                shorten.evidence().stream().map(Evidence::field).toList());
    }

    @Test
    void aCoveredActionRecommendedAloneIsListedAsItself() {
        Assessment assessment = advisor("    covers: [\"F4-review-each-step\"]\n", "")
                .assess(facts("{cycleLengthWeeks: 3, evaluateEachStep: false}"));

        assertEquals(List.of("F4-review-each-step"), assessment.recommendations().stream().map(Recommendation::id).toList());
    }

    @Test
    void withoutCoversBothActionsAreListed() {
        Assessment assessment = advisor("", "").assess(facts("{cycleLengthWeeks: 20, evaluateEachStep: false}"));

        assertEquals(List.of("F4-review-each-step", "F4-shorten-cycles"),
                assessment.recommendations().stream().map(Recommendation::id).toList());
    }

    @Test
    void aFactorsOpenQuestionsComeKeyFactsFirstInTheirOrderThenTheRestByField() {
        Assessment assessment = advisor("", "keyFacts:\n  F4: [\"workingMethod.stepsHaveGoals\", \"workingMethod.cycleLengthWeeks\"]\n")
                .assess(facts("{evaluateEachStep: true}"));

        assertEquals(List.of("workingMethod.stepsHaveGoals", "workingMethod.cycleLengthWeeks", "workingMethod.plannedSteps"),
                assessment.missingFacts().stream().map(MissingFact::field).toList());
    }

    @Test
    void aCoveredIdThatIsNoActionIsReportedWhereItIsWrittenWithTheActionItMostLikelyMeans() {
        assertEquals(List.of("t.yaml:13:14: actions.F4-shorten-cycles.covers: \"F4-reviw-each-step\" is no action; covers "
                        + "lists the ids of actions written under actions:; did you mean F4-review-each-step?"),
                problemsOf(texts("    covers: [\"F4-reviw-each-step\"]\n", "")));
    }

    @Test
    void anActionThatCoversItselfIsReported() {
        assertEquals(List.of("t.yaml:13:14: actions.F4-shorten-cycles.covers: \"F4-shorten-cycles\" covers itself; an "
                        + "action covers other actions: remove it from its own covers"),
                problemsOf(texts("    covers: [\"F4-shorten-cycles\"]\n", "")));
    }

    @Test
    void actionsThatCoverEachOtherAreReportedAtBoth() {
        String texts = texts("    covers: [\"F4-review-each-step\"]\n", "").replace("  F4-review-each-step:\n",
                "  F4-review-each-step:\n    covers: [\"F4-shorten-cycles\"]\n");

        List<String> problems = problemsOf(texts);

        assertEquals(2, problems.size(), problems::toString);
        assertEquals("t.yaml:13:14: actions.F4-shorten-cycles.covers: \"F4-shorten-cycles\" covers \"F4-review-each-step\", "
                + "which covers \"F4-shorten-cycles\" in turn, directly or through other actions; covering goes one way, "
                + "from the more specific action to the general one: remove one of the two", problems.get(0));
    }

    @Test
    void aKeyFactThatIsNoFieldIsReportedWithTheFieldItMostLikelyMeans() {
        assertEquals(List.of("t.yaml:24:7: keyFacts.F4: \"workingMethod.cycleLenghtWeeks\" is not a field of the facts; "
                        + "a key fact is a field path, section.field, such as projectLeader.assigned; did you mean "
                        + "workingMethod.cycleLengthWeeks?"),
                problemsOf(texts("", "keyFacts:\n  F4:\n    - \"workingMethod.cycleLenghtWeeks\"\n")));
    }

    @Test
    void keyFactsOfAFactorThatDoesNotExistAreReported() {
        List<String> problems = problemsOf(texts("", "keyFacts:\n  F10: [\"workingMethod.cycleLengthWeeks\"]\n"));

        assertEquals(1, problems.size(), problems::toString);
        assertEquals("t.yaml:23:3: keyFacts.F10: \"F10\" is not a factor; expected one of F1, F2, F3, F4, F5, F6, F7, F8, F9; "
                + "did you mean F1?", problems.get(0));
    }
}
