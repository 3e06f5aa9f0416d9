package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.onlyName;
import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.NextStep;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.StepKind;
import org.junit.jupiter.api.Test;

/** Where to begin: the plan rules of rules/plan.drl choose at most three next steps, as an expert would. */
class NextStepsTest {

    private static final Advisor ADVISOR = Fired.knowledgeBase();

    private static List<String> stepsOf(ProjectVariant project) {
        return ADVISOR.assess(project.facts()).nextSteps().stream().map(NextStep::id).toList();
    }

    @Test
    void aDpiaThatIsStillToDoComesBeforeAnUrgentActionForTheBudget() {
        ProjectVariant project = strong().with("dataUse.dpiaDone", "false").with("budget.secured", "false");

        Assessment assessment = ADVISOR.assess(project.facts());

        assertTrue(assessment.recommendation("F2-secure-experiment-budget").isPresent(), "the budget action is advised");
        assertEquals("dpia", assessment.nextSteps().get(0).id());
        assertEquals(StepKind.OBLIGATION, assessment.nextSteps().get(0).kind());
        assertEquals("F2-secure-experiment-budget", assessment.nextSteps().get(1).id());
    }

    @Test
    void theLeaderIsAppointedBeforeTheTeamIsBuilt() {
        ProjectVariant project = strong().with("projectLeader", "{assigned: false}")
                .with("team.members", "[{role: domainExpert}]");

        Assessment assessment = ADVISOR.assess(project.facts());

        assertTrue(assessment.recommendations().stream().anyMatch(r -> r.factor().equals("F5")), "a team action is advised");
        assertEquals("F1-appoint-leader", assessment.nextSteps().get(0).id());
    }

    @Test
    void aProjectWithNothingToDoHasNoNextSteps() {
        assertEquals(List.of(), stepsOf(strong()));
    }

    @Test
    void forAProjectKnownOnlyByNameTheStepsAreTheQuestionsThatDecideTheMost() {
        assertEquals(List.of("projectLeader.assigned", "project.phase", "project.processesPersonalData"), stepsOf(onlyName()));
    }

    @Test
    void whenNothingIsKnownAboutPersonalDataOrAlgorithmsTheDutiesAreUndecided() {
        Assessment assessment = ADVISOR.assess(onlyName().facts());

        assertEquals(List.of(), assessment.obligations());
        assertTrue(assessment.dutiesUndecided(), "no report may say there are no duties");
        assertEquals(List.of("F5", "iama", "algorithmRegister"), couldChange(assessment, "dataUse.algorithmType"));
        assertEquals(List.of("F5", "dpia"), couldChange(assessment, "project.processesPersonalData"));
    }

    @Test
    void aDutyWhoseStateIsUnknownAsksTheQuestionThatSettlesItAsAStep() {
        Assessment assessment = ADVISOR.assess(strong().without("dataUse.dpiaDone").facts(), Language.EN);

        assertEquals(List.of("F5", "dpia"), couldChange(assessment, "dataUse.dpiaDone"));
        NextStep first = assessment.nextSteps().get(0);
        assertEquals(new NextStep(1, StepKind.QUESTION, "dataUse.dpiaDone", "F5",
                "Has the DPIA for this project been carried out and reviewed by the data protection officer?",
                "It is not known whether a duty that applies has been met; the answer to this question settles it."), first);
    }

    @Test
    void aDutyThatDoesNotApplyYetOnTheDayOfTheAssessmentIsNoStepAndNothingToDo() {
        ProjectVariant before = strong().with("dataUse.dpiaDone", "false").with("assessment.date", "2018-05-24");

        Assessment assessment = ADVISOR.assess(before.facts());

        Obligation dpia = assessment.obligation("dpia").orElseThrow();
        assertFalse(dpia.inForce());
        assertEquals(List.of(), assessment.dutiesToDo());
        assertFalse(stepsOf(before).contains("dpia"));
        assertTrue(stepsOf(before.with("assessment.date", "2018-05-25")).contains("dpia"), "from the day it applies it is");
    }

    @Test
    void everyExampleHasAtMostThreeStepsEachOfThemInItsAssessment() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : examples()) {
            Assessment assessment = ADVISOR.assess(ProjectVariant.of(file.toString()).facts());
            List<NextStep> steps = assessment.nextSteps();
            if (steps.size() > 3) {
                wrong.add(file + ": " + steps.size() + " steps");
            }
            for (int i = 0; i < steps.size(); i++) {
                NextStep step = steps.get(i);
                boolean listed = switch (step.kind()) {
                    case RECOMMENDATION -> assessment.recommendation(step.id()).isPresent();
                    case OBLIGATION -> assessment.obligation(step.id()).isPresent();
                    case QUESTION -> assessment.missingFacts().stream().anyMatch(m -> m.field().equals(step.id()));
                };
                if (!listed || step.rank() != i + 1 || step.why().isBlank() || step.title().isBlank()) {
                    wrong.add(file + ": " + step);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static List<String> couldChange(Assessment assessment, String field) {
        return assessment.missingFacts().stream().filter(m -> m.field().equals(field)).findFirst()
                .map(MissingFact::couldChange).orElseThrow(() -> new AssertionError(field + " is not asked"));
    }
}
