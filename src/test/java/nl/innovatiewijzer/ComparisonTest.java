package nl.innovatiewijzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final Advisor ADVISOR = Advisor.withDefaultRules();
    private static final Path EXAMPLE = Path.of("facts/factuurcontrole.yaml");

    /** The example with short cycles whose steps have goals and are evaluated. */
    static ProjectFacts shortCycles() throws IOException {
        String yaml = Files.readString(EXAMPLE).replace(
                "cycleLengthWeeks: 10, plannedSteps: 2, stepsHaveGoals: false, evaluateEachStep: false",
                "cycleLengthWeeks: 3, plannedSteps: 6, stepsHaveGoals: true, evaluateEachStep: true");
        return ProjectFacts.fromYaml("factuurcontrole-nu.yaml", yaml);
    }

    @Test
    void shorterCyclesMakeTheWayOfWorkingStrongAndResolveTheAdviceToShortenThem() throws IOException {
        ProjectFacts before = ProjectFacts.read(EXAMPLE);
        ProjectFacts after = shortCycles();

        Comparison comparison = Comparison.of(before, ADVISOR.assess(before), after, ADVISOR.assess(after));

        assertEquals(List.of(new Comparison.Change("F4", "Kortcyclische werkwijze", Status.ATTENTION, Status.STRONG)),
                comparison.factors());
        assertTrue(comparison.facts().contains(new Comparison.Change("workingMethod.cycleLengthWeeks",
                "workingMethod.cycleLengthWeeks", 10, 3)), comparison.facts().toString());
        assertEquals(4, comparison.facts().size(), comparison.facts().toString());
        assertTrue(comparison.resolved().stream().anyMatch(r -> r.id().equals("F4-shorten-cycles")),
                comparison.resolved().toString());
        assertEquals("Automatische factuurcontrole", comparison.project());
    }

    @Test
    void twoAssessmentsWithoutTheirFactsSayTheFactChangesAreNotKnown() throws IOException {
        Comparison comparison = Comparison.of(ADVISOR.assess(ProjectFacts.read(EXAMPLE)), ADVISOR.assess(shortCycles()));

        assertFalse(comparison.factsKnown());
        assertEquals(List.of(), comparison.facts());
        assertFalse(comparison.factors().isEmpty());
    }

    @Test
    void theSameFactsTwiceChangeNothing() {
        ProjectFacts facts = ProjectFacts.read(EXAMPLE);
        Assessment assessment = ADVISOR.assess(facts);

        Comparison comparison = Comparison.of(facts, assessment, facts, assessment);

        assertTrue(comparison.isEmpty());
        assertTrue(comparison.toJson().contains("\"factors\": []"), comparison.toJson());
    }

    @Test
    void aDutyThatComesWithPersonalDataIsListedAsNewWithNoStateBefore() {
        ProjectFacts before = ProjectFacts.fromYaml("before.yaml", "project: {name: P, processesPersonalData: true}\n"
                + "dataUse: {dpiaCriteria: [evaluationOrScoring]}\n");
        ProjectFacts after = ProjectFacts.fromYaml("after.yaml", "project: {name: P, processesPersonalData: true}\n"
                + "dataUse: {dpiaCriteria: [evaluationOrScoring, vulnerablePersons], dpiaDone: false}\n");

        Comparison comparison = Comparison.of(before, ADVISOR.assess(before), after, ADVISOR.assess(after));

        Comparison.Change dpia = comparison.obligations().stream().filter(c -> c.id().equals("dpia")).findFirst()
                .orElseThrow(() -> new AssertionError(comparison.obligations().toString()));
        assertEquals(ObligationState.TODO, dpia.after());
        assertTrue(comparison.toJson().contains("\"field\": \"dataUse.dpiaCriteria\""), comparison.toJson());
    }

    @Test
    void theJsonHasTheFieldsOfTheContractInItsOrder() throws IOException {
        ProjectFacts before = ProjectFacts.read(EXAMPLE);
        ProjectFacts after = shortCycles();

        String json = Comparison.of(before, ADVISOR.assess(before), after, ADVISOR.assess(after)).toJson();

        List<String> order = List.of("\"project\": \"Automatische factuurcontrole\"", "\"before\": ", "\"after\": ",
                "\"factors\": [", "\"id\": \"F4\"", "\"before\": \"ATTENTION\"", "\"after\": \"STRONG\"",
                "\"obligations\": [", "\"facts\": [", "\"field\": \"workingMethod.cycleLengthWeeks\"",
                "\"before\": 10", "\"after\": 3", "\"recommendations\": {", "\"added\": [", "\"resolved\": [",
                "\"F4-shorten-cycles\"");
        int at = 0;
        for (String part : order) {
            int next = json.indexOf(part, at);
            assertTrue(next >= 0, part + " after position " + at + " in\n" + json);
            at = next;
        }
    }
}
