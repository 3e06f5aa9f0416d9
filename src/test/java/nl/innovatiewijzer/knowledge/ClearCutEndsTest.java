package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Recommendation;
import nl.innovatiewijzer.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The clear-cut ends of the study: a project strong on everything, one factor broken, a project only named. */
class ClearCutEndsTest {

    private static final Advisor ADVISOR = Fired.knowledgeBase();
    private static final List<String> FACTORS = List.of("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9");

    /** One factor of the strong project broken at its clear-cut RISK end, the rest left as it was. */
    record Break(String factor, ProjectVariant project) {
        @Override
        public String toString() {
            return factor + ": " + project;
        }
    }

    static List<Break> breaks() {
        return List.of(
                new Break("F1", strong().with("projectLeader.assigned", "false")),
                new Break("F2", strong().with("budget.secured", "false")),
                new Break("F3", strong().with("domainQuestions.experimentAnswersQuestion", "false")),
                new Break("F4", strong().with("workingMethod.cycleLengthWeeks", "13")),
                new Break("F5", strong().with("team.members", F5MultidisciplinaryTeamCases.WITHOUT_PRIVACY_OFFICER)),
                new Break("F6", strong().with("market.dataOwnershipAgreed", "false")),
                new Break("F7", strong().with("network.partners", "[]").with("network.departmentsInvolved", "1")),
                new Break("F8", strong().with("endUsers.involvement", "informed")),
                new Break("F9", strong().with("learning.activities", "[]")));
    }

    @Test
    void theStrongProjectIsStrongOnAllNineFactors() {
        Assessment assessment = ADVISOR.assess(strong().facts());

        assertEquals(FACTORS, assessment.factors().stream().map(FactorResult::id).toList());
        assertTrue(assessment.factors().stream().allMatch(f -> f.status() == Status.STRONG),
                () -> "not all STRONG: " + statuses(assessment));
    }

    @Test
    void theStrongProjectHasNoHighPriorityRecommendation() {
        Assessment assessment = ADVISOR.assess(strong().facts());

        assertEquals(List.of(), assessment.recommendations().stream()
                .filter(r -> r.priority() == Priority.HIGH).map(Recommendation::id).toList());
    }

    @Test
    void theStrongProjectLeavesNoQuestionOpen() {
        Assessment assessment = ADVISOR.assess(strong().facts());

        assertEquals(List.of(), assessment.missingFacts());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaks")
    void breakingOneFactorOfTheStrongProjectPutsThatFactorAtRisk(Break broken) {
        Assessment assessment = ADVISOR.assess(broken.project().facts());

        assertEquals(Status.RISK, assessment.status(broken.factor()));
        assertTrue(assessment.recommendations().stream()
                        .anyMatch(r -> r.factor().equals(broken.factor()) && r.priority() == Priority.HIGH),
                "a HIGH recommendation shows how to remove the risk");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breaks")
    void breakingOneFactorLeavesEveryOtherFactorFreeOfRisk(Break broken) {
        Assessment assessment = ADVISOR.assess(broken.project().facts());

        Set<String> otherRisks = assessment.factors().stream()
                .filter(f -> !f.id().equals(broken.factor()) && f.status() == Status.RISK)
                .map(FactorResult::id).collect(Collectors.toSet());
        assertEquals(Set.of(), otherRisks);
    }

    @Test
    void aProjectWithOnlyANameIsUnknownOnAllNineFactors() {
        Assessment assessment = ADVISOR.assess(ProjectVariant.onlyName().facts());

        assertTrue(assessment.factors().stream().allMatch(f -> f.status() == Status.UNKNOWN),
                () -> "not all UNKNOWN: " + statuses(assessment));
        assertEquals(List.of(), assessment.recommendations());
        assertEquals(List.of(), assessment.obligations());
    }

    @Test
    void aProjectWithOnlyANameIsAskedAtLeastOneQuestionPerFactor() {
        Assessment assessment = ADVISOR.assess(ProjectVariant.onlyName().facts());

        Set<String> asked = assessment.missingFacts().stream().map(MissingFact::factor).collect(Collectors.toSet());
        assertEquals(Set.copyOf(FACTORS), asked);
        assertTrue(assessment.missingFacts().stream().noneMatch(m -> m.question().isBlank()), "every question has text");
    }

    private static String statuses(Assessment assessment) {
        return assessment.factors().stream().map(f -> f.id() + "=" + f.status()).collect(Collectors.joining(" "));
    }
}
