package nl.innovatiewijzer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.facts.Level;
import nl.innovatiewijzer.facts.Phase;
import nl.innovatiewijzer.facts.Role;
import nl.innovatiewijzer.facts.TeamMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code changes:}: a scenario that starts from a facts file and changes some of its facts. */
class ScenarioChangesTest {

    private static final String PILOT = """
            project: {name: Pilot, phase: pilot, municipality: Voorbeeldstad}
            projectLeader:
              assigned: true
              hoursPerWeek: 6
              skills: [projectManagement]
            team:
              motivation: medium
              members:
                - {role: domainExpert}
                - {role: dataEngineer}
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void writeTheFactsFile() throws IOException {
        Files.createDirectories(dir.resolve("facts"));
        Files.writeString(dir.resolve("facts/pilot.yaml"), PILOT);
    }

    /** A scenario on the pilot's facts file with these lines under {@code changes:}. */
    private ProjectFacts changed(String changes) throws IOException {
        return ScenarioReader.read(ScenarioFile.of(scenario(changes))).facts();
    }

    private Path scenario(String changes) throws IOException {
        return TestRules.scenario(dir.resolve("scenarios"), "s.scenario.yaml", """
                name: The pilot, changed
                factsFile: ../facts/pilot.yaml
                changes:
                """ + changes.indent(2) + """
                expect: {factors: {F1: RISK}}
                """);
    }

    /** The problems as the command line prints them, with the folder left out. */
    private List<String> problems(String changes) throws IOException {
        Path file = scenario(changes);
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> ScenarioReader.read(ScenarioFile.of(file)));
        return e.problems().stream().map(Problem::toString).map(p -> p.replace(dir.resolve("scenarios") + "/", "")).toList();
    }

    @Test
    void aChangedFactTakesItsNewValueAndEveryOtherFactStaysAsTheFileHasIt() throws IOException {
        ProjectFacts facts = changed("projectLeader.hoursPerWeek: 20");

        assertEquals(20, facts.projectLeader().hoursPerWeek());
        assertEquals(true, facts.projectLeader().assigned());
        assertEquals(Phase.PILOT, facts.project().phase());
        assertEquals(Level.MEDIUM, facts.team().motivation());
    }

    @Test
    void nullMakesAFactUnknown() throws IOException {
        ProjectFacts facts = changed("projectLeader.hoursPerWeek: null\nteam: null");

        assertNull(facts.projectLeader().hoursPerWeek());
        assertEquals(true, facts.projectLeader().assigned());
        assertNull(facts.team());
    }

    @Test
    void aSectionGivenAsAMappingReplacesTheWholeSection() throws IOException {
        ProjectFacts facts = changed("projectLeader: {assigned: false}");

        assertEquals(false, facts.projectLeader().assigned());
        assertNull(facts.projectLeader().hoursPerWeek(), "a field the new section leaves out is unknown");
        assertNull(facts.projectLeader().skills());
    }

    @Test
    void aListIsReplacedWithTheListGiven() throws IOException {
        ProjectFacts facts = changed("team.members: [{role: domainExpert}, {role: privacyOfficer, hoursPerWeek: 4}]");

        assertEquals(List.of(new TeamMember(Role.DOMAIN_EXPERT, null, null), new TeamMember(Role.PRIVACY_OFFICER, null, 4)),
                facts.team().members());
    }

    @Test
    void aChangeToASectionTheFileDoesNotHaveAddsIt() throws IOException {
        ProjectFacts facts = changed("workingMethod.cycleLengthWeeks: 14\nproject.processesPersonalData: true");

        assertEquals(14, facts.workingMethod().cycleLengthWeeks());
        assertEquals(true, facts.project().processesPersonalData());
        assertEquals("Voorbeeldstad", facts.project().municipality());
    }

    @Test
    void aMistypedFieldIsReportedAtItsLineWithTheFieldsThereAreAndTheOneMeant() throws IOException {
        assertEquals(List.of("s.scenario.yaml:4:3: changes.projectLeader.hoursPerWek: unknown field hoursPerWek in "
                        + "projectLeader; expected one of assigned, innovationProjectsLed, skills, hoursPerWeek, "
                        + "mandateToDecide; did you mean hoursPerWeek?"),
                problems("projectLeader.hoursPerWek: 20"));
    }

    @Test
    void aMistypedSectionIsReportedWithTheSectionsThereAre() throws IOException {
        assertEquals(List.of("s.scenario.yaml:4:3: changes.projectleader.assigned: unknown field projectleader; "
                        + "expected one of project, projectLeader, team, mandate, budget, domainQuestions, "
                        + "workingMethod, market, network, endUsers, learning, dataUse, assessment, aiAct; did you mean projectLeader?"),
                problems("projectleader.assigned: false"));
    }

    @Test
    void aValueOfTheWrongKindIsWordedAsInAFactsFileAtItsLineOfTheScenario() throws IOException {
        assertEquals(List.of(
                        "s.scenario.yaml:4:31: changes.projectLeader.hoursPerWeek: expected a whole number, found the "
                                + "text \"twenty\"",
                        "s.scenario.yaml:5:18: changes.project.phase: unknown value \"pilott\"; expected one of idea, "
                                + "experiment, pilot, implementation, scaling; did you mean pilot?",
                        "s.scenario.yaml:6:35: changes.workingMethod.cycleLengthWeeks: is 200; expected a number "
                                + "from 1 to 104"),
                problems("projectLeader.hoursPerWeek: twenty\nproject.phase: pilott\nworkingMethod.cycleLengthWeeks: 200"));
    }

    @Test
    void anItemOfAChangedListIsHeldToTheFactsContract() throws IOException {
        assertEquals(List.of("s.scenario.yaml:4:18: changes.team.members[0].role: required, but absent"),
                problems("team.members: [{name: Jan}]"));
    }

    @Test
    void aPathThatGoesOnPastAValueOrIntoAListSaysWhatToChangeInstead() throws IOException {
        assertEquals(List.of(
                        "s.scenario.yaml:4:3: changes.projectLeader.hoursPerWeek.max: projectLeader.hoursPerWeek holds "
                                + "a value, not fields; change projectLeader.hoursPerWeek itself",
                        "s.scenario.yaml:5:3: changes.team.members.role: team.members is a list; change it whole, "
                                + "with every item it must have: team.members: [...]",
                        "s.scenario.yaml:6:3: changes.team..motivation: not a field path; write the fields from the "
                                + "section down, separated by dots: projectLeader.hoursPerWeek"),
                problems("projectLeader.hoursPerWeek.max: 8\nteam.members.role: privacyOfficer\nteam..motivation: low"));
    }

    @Test
    void theProjectsNameCannotBeMadeUnknown() throws IOException {
        assertEquals(List.of("s.scenario.yaml:4:17: changes.project.name: is required; it cannot be made unknown"),
                problems("project.name: null"));
    }

    @Test
    void aSectionAndAFieldInsideItCannotBothBeChanged() throws IOException {
        assertEquals(List.of("s.scenario.yaml:5:3: changes.projectLeader.assigned: projectLeader is replaced whole "
                        + "and projectLeader.assigned inside it is changed too (lines 4 and 5); give one of the two"),
                problems("projectLeader: {assigned: true}\nprojectLeader.assigned: false"));
    }

    @Test
    void changesWithoutAFactsFileAreRejected() throws IOException {
        Path file = TestRules.scenario(dir, "s.scenario.yaml", """
                name: Inline facts, changed
                facts: {project: {name: X}}
                changes: {projectLeader.assigned: false}
                expect: {factors: {F1: RISK}}
                """);

        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> ScenarioReader.read(ScenarioFile.of(file)));

        assertEquals(file + ":3:1: changes: changes apply to the facts of a facts file; name it with factsFile:, "
                + "or write the facts as they must be under facts:", e.getMessage());
    }

    @Test
    void changesThatChangeNothingAreRejected() throws IOException {
        assertEquals(List.of("s.scenario.yaml:4:3: changes: nothing to change; give a field path with its new value "
                        + "(projectLeader.hoursPerWeek: 20), or leave changes out"),
                problems("{}"));
    }
}
