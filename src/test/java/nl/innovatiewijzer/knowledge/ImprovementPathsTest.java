package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.FactChange;
import nl.innovatiewijzer.Improvement;
import nl.innovatiewijzer.ImprovementPath;
import nl.innovatiewijzer.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** What would make a factor strong or a duty done: the levers of rules/levers.yaml, tried on the rules. */
class ImprovementPathsTest {

    private static final Advisor ADVISOR = Fired.knowledgeBase();

    /** Per factor, the strong example with one fact made weaker, and the lever that puts it right. */
    static Stream<Arguments> oneFactAwayFromStrong() {
        return Stream.of(
                Arguments.of("F1", "projectLeader.hoursPerWeek", "12", "F1-free-leader-time"),
                Arguments.of("F2", "mandate.failureAccepted", "false", "F2-agree-room-to-fail"),
                Arguments.of("F3", "domainQuestions.successCriteriaDefined", "false", "F3-agree-success-criteria"),
                Arguments.of("F4", "workingMethod.cycleLengthWeeks", "6", "F4-shorten-cycles"),
                Arguments.of("F5", "team.meetingFrequency", "monthly", "F5-meet-every-week-or-two"),
                Arguments.of("F6", "market.dataOwnershipAgreed", "false", "F6-agree-data-ownership"),
                Arguments.of("F7", "network.collaborationAgreement", "false", "F7-agree-roles-in-writing"),
                Arguments.of("F8", "endUsers.feedbackEveryCycle", "false", "F8-collect-feedback-every-cycle"),
                Arguments.of("F9", "learning.lessonsDocumented", "false", "F9-document-lessons"));
    }

    private static Improvement improvementOf(ProjectVariant project, String target, Language language) {
        return ADVISOR.improvements(project.facts(), language).stream().filter(i -> i.target().equals(target))
                .findFirst().orElseThrow(() -> new AssertionError(target + " has no improvement in " + project));
    }

    @ParameterizedTest(name = "{0}: {1} = {2} is put right by {3}")
    @MethodSource("oneFactAwayFromStrong")
    void aProjectOneFactAwayFromStrongFindsAPathOfOneChange(String factor, String field, String weaker, String lever) {
        ProjectVariant project = strong().with(field, weaker);

        Improvement improvement = improvementOf(project, factor, Language.EN);

        assertEquals("STRONG", improvement.to());
        ImprovementPath first = improvement.paths().get(0);
        assertEquals(1, first.changes().size(), "the first path is one change: " + first);
        assertEquals(lever, first.changes().get(0).lever());
        assertEquals(List.of(), first.sideEffects());
    }

    @Test
    void theCycleIsShortenedToTheLimitOfShortCycles() {
        FactChange change = improvementOf(strong().with("workingMethod.cycleLengthWeeks", "6"), "F4", Language.EN)
                .paths().get(0).changes().get(0);

        assertEquals("workingMethod.cycleLengthWeeks", change.field());
        assertEquals(6L, ((Number) change.from()).longValue());
        assertEquals(4L, ((Number) change.to()).longValue());
        assertEquals("Work in cycles of 4 weeks at most.", change.text());
    }

    @Test
    void aDpiaToDoIsDoneByCarryingItOut() {
        Improvement dpia = improvementOf(strong().with("dataUse.dpiaDone", "false"), "dpia", Language.NL);

        assertEquals("TODO", dpia.from());
        assertEquals("DONE", dpia.to());
        assertEquals("dpia-carry-out", dpia.paths().get(0).changes().get(0).lever());
        assertEquals("Voer de DPIA uit.", dpia.paths().get(0).changes().get(0).text());
    }

    @Test
    void anUnknownFactIsAQuestionNotAChange() {
        ProjectVariant project = strong().without("workingMethod.evaluateEachStep");

        Improvement f4 = improvementOf(project, "F4", Language.EN);

        assertTrue(f4.paths().stream().flatMap(p -> p.changes().stream())
                .noneMatch(c -> c.field().equals("workingMethod.evaluateEachStep")), "no change of an unknown fact: " + f4);
    }

    @Test
    void aFactorThatNeedsMoreThanThreeChangesHasNoPath() {
        ProjectVariant project = strong().with("workingMethod", "{cycleLengthWeeks: 20, plannedSteps: 1, "
                + "stepsHaveGoals: false, evaluateEachStep: false}");

        Improvement f4 = improvementOf(project, "F4", Language.EN);

        assertEquals("RISK", f4.from());
        assertEquals(List.of(), f4.paths());
    }

    @Test
    void pathsComeFewestChangesFirstAndHoldNoSmallerPath() {
        ProjectVariant project = strong().with("workingMethod.stepsHaveGoals", "false")
                .with("workingMethod.evaluateEachStep", "false");

        Improvement f4 = improvementOf(project, "F4", Language.EN);

        assertEquals(1, f4.paths().size(), "one smallest set: " + f4);
        assertEquals(List.of("F4-give-steps-checkable-goals", "F4-review-each-step"),
                f4.paths().get(0).changes().stream().map(FactChange::lever).toList());
    }

    @Test
    void aDataDrivenTeamWithoutADataScientistBringsOneIn() {
        ProjectVariant project = strong().with("team.members", "[{role: domainExpert}, {role: programmeManager}, "
                + "{role: privacyOfficer}, {role: securityOfficer}, {role: endUserRepresentative}]");

        Improvement f5 = improvementOf(project, "F5", Language.EN);

        ImprovementPath first = f5.paths().get(0);
        assertEquals("F5-add-data-scientist", first.changes().get(0).lever());
        assertEquals(List.of(), first.sideEffects());
    }

    @Test
    void aStrongProjectHasNothingToImprove() {
        assertEquals(List.of(), ADVISOR.improvements(strong().facts(), Language.EN));
    }
}
