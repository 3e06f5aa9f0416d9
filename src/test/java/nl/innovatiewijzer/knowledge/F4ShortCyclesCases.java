package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static nl.innovatiewijzer.knowledge.RuleCase.asks;
import static nl.innovatiewijzer.knowledge.RuleCase.rates;
import static nl.innovatiewijzer.knowledge.RuleCase.recommends;

import java.util.List;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Status;

/** The rules of rules/f4-short-cycles.drl, each with a project it fires on and a near miss. */
final class F4ShortCyclesCases {

    private F4ShortCyclesCases() {
    }

    static List<RuleCase> cases() {
        return List.of(
                // judged on what is known: one key fact open, the others good
                rates("What is known of the way of working shows no weakness, but not all is known", "F4", Status.ATTENTION,
                        strong().without("workingMethod.plannedSteps"),
                        strong()),
                rates("Short cycles with checked and reviewed steps", "F4", Status.STRONG,
                        strong(),
                        strong().with("workingMethod.cycleLengthWeeks", "5")),
                rates("A work cycle is very long", "F4", Status.RISK,
                        strong().with("workingMethod.cycleLengthWeeks", "13"),
                        strong().with("workingMethod.cycleLengthWeeks", "12")),
                rates("No intermediate steps are planned", "F4", Status.RISK,
                        strong().with("workingMethod.plannedSteps", "0"),
                        strong().with("workingMethod.plannedSteps", "1")),
                rates("A work cycle is long", "F4", Status.ATTENTION,
                        strong().with("workingMethod.cycleLengthWeeks", "5"),
                        strong().with("workingMethod.cycleLengthWeeks", "4")),
                rates("Too few intermediate steps are planned", "F4", Status.ATTENTION,
                        strong().with("workingMethod.plannedSteps", "2"),
                        strong().with("workingMethod.plannedSteps", "3")),
                rates("The steps have no checkable goals", "F4", Status.ATTENTION,
                        strong().with("workingMethod.stepsHaveGoals", "false"),
                        strong().without("workingMethod.stepsHaveGoals")),
                rates("The steps are not reviewed", "F4", Status.ATTENTION,
                        strong().with("workingMethod.evaluateEachStep", "false"),
                        strong().without("workingMethod.evaluateEachStep")),

                recommends("Shorten very long work cycles", "F4-shorten-cycles", Priority.HIGH,
                        strong().with("workingMethod.cycleLengthWeeks", "13"),
                        strong().with("workingMethod.cycleLengthWeeks", "12")),
                recommends("Shorten long work cycles", "F4-shorten-cycles", Priority.MEDIUM,
                        strong().with("workingMethod.cycleLengthWeeks", "12"),
                        strong().with("workingMethod.cycleLengthWeeks", "13")),
                recommends("Cut a project without intermediate steps into steps", "F4-cut-into-steps", Priority.HIGH,
                        strong().with("workingMethod.plannedSteps", "0"),
                        strong().with("workingMethod.plannedSteps", "1")),
                recommends("Cut a few large steps into smaller ones", "F4-cut-into-steps", Priority.MEDIUM,
                        strong().with("workingMethod.plannedSteps", "1"),
                        strong().with("workingMethod.plannedSteps", "0")),
                recommends("Give each step a checkable goal", "F4-give-steps-checkable-goals", Priority.MEDIUM,
                        strong().with("workingMethod.stepsHaveGoals", "false"),
                        strong()),
                recommends("Review each step and redo what did not work", "F4-review-each-step", Priority.MEDIUM,
                        strong().with("workingMethod.evaluateEachStep", "false"),
                        strong()),
                recommends("Plan explicit go or no-go moments", "F4-plan-go-no-go-moments", Priority.LOW,
                        strong().with("project.phase", "pilot").with("workingMethod.goNoGoMoments", "false"),
                        strong().with("project.phase", "pilot").without("workingMethod.goNoGoMoments")),

                asks("Ask how long one work cycle takes", "workingMethod.cycleLengthWeeks",
                        strong().without("workingMethod.cycleLengthWeeks"),
                        strong()),
                asks("Ask how many intermediate steps are planned", "workingMethod.plannedSteps",
                        strong().without("workingMethod.plannedSteps"),
                        strong()),
                asks("Ask whether the steps have checkable goals", "workingMethod.stepsHaveGoals",
                        strong().without("workingMethod.stepsHaveGoals"),
                        strong().without("workingMethod.stepsHaveGoals").with("workingMethod.plannedSteps", "0")),
                asks("Ask whether each step is reviewed", "workingMethod.evaluateEachStep",
                        strong().without("workingMethod.evaluateEachStep"),
                        strong().without("workingMethod.evaluateEachStep").with("workingMethod.plannedSteps", "0")));
    }
}
