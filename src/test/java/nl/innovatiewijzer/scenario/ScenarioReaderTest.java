package nl.innovatiewijzer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {

    @TempDir
    Path dir;

    private Scenario read(String yaml) throws IOException {
        return ScenarioReader.read(ScenarioFile.of(TestRules.scenario(dir, "s.scenario.yaml", yaml)));
    }

    /** The problems of an invalid scenario, as the command line prints them, with the folder left out. */
    private List<String> problems(String yaml) throws IOException {
        Path file = TestRules.scenario(dir, "s.scenario.yaml", yaml);
        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> ScenarioReader.read(ScenarioFile.of(file)));
        return e.problems().stream().map(Problem::toString).map(p -> p.replace(dir + "/", "")).toList();
    }

    @Test
    void aScenarioWithInlineFactsKeepsItsExpectationsInTheOrderOfTheFile() throws IOException {
        Scenario scenario = read("""
                name: Nobody leads
                description: A pilot without a leader.
                language: en
                facts:
                  project: {name: Slimme afvalinzameling}
                  projectLeader: {assigned: false}
                expect:
                  factors: {F1: RISK}
                  findings: {F1: [No project leader is assigned.]}
                  recommendations:
                    - F1-appoint-leader: HIGH
                    - F4-shorten-cycles
                  notRecommendations: [F5-add-privacy-officer]
                  obligations: {dpia: TODO}
                  notObligations: [iama]
                  missingFacts: [workingMethod.cycleLengthWeeks]
                  notMissingFacts: [projectLeader.assigned]
                """);

        assertEquals("Nobody leads", scenario.name());
        assertEquals("A pilot without a leader.", scenario.description());
        assertEquals(Language.EN, scenario.language());
        assertEquals(false, scenario.facts().projectLeader().assigned());
        assertEquals(List.of(
                new Expectation.FactorStatus(8, "F1", Status.RISK),
                new Expectation.Finding(9, "F1", "No project leader is assigned."),
                new Expectation.Recommended(11, "F1-appoint-leader", Priority.HIGH),
                new Expectation.Recommended(12, "F4-shorten-cycles", null),
                new Expectation.NotRecommended(13, "F5-add-privacy-officer"),
                new Expectation.Obliged(14, "dpia", ObligationState.TODO),
                new Expectation.NotObliged(15, "iama"),
                new Expectation.Missing(16, "workingMethod.cycleLengthWeeks"),
                new Expectation.NotMissing(17, "projectLeader.assigned")), scenario.expectations());
    }

    @Test
    void aScenarioIsAssessedInDutchUnlessItSaysOtherwise() throws IOException {
        Scenario scenario = read("""
                name: Nobody leads
                facts: {project: {name: Slimme afvalinzameling}}
                expect: {factors: {F1: UNKNOWN}}
                """);

        assertEquals(Language.NL, scenario.language());
    }

    @Test
    void aFactsFileIsReadRelativeToTheFolderOfTheScenario() throws IOException {
        Files.createDirectories(dir.resolve("facts"));
        Files.writeString(dir.resolve("facts/pilot.yaml"), "project: {name: Pilot}\nprojectLeader: {assigned: true}\n");
        Path file = TestRules.scenario(dir.resolve("scenarios"), "pilot.scenario.yaml", """
                name: A pilot with a leader
                factsFile: ../facts/pilot.yaml
                expect: {notRecommendations: [F1-appoint-leader]}
                """);

        Scenario scenario = ScenarioReader.read(ScenarioFile.of(file));

        assertEquals("Pilot", scenario.facts().project().name());
        assertEquals(true, scenario.facts().projectLeader().assigned());
    }

    @Test
    void anUnknownFieldIsReportedWithItsLineColumnAndTheFieldsThatExist() throws IOException {
        assertEquals(List.of("s.scenario.yaml:4:1: colour: unknown field; expected one of name, description, "
                        + "language, facts, factsFile, changes, expect"),
                problems("""
                        name: Nobody leads
                        facts: {project: {name: X}}
                        expect: {factors: {F1: RISK}}
                        colour: red
                        """));
    }

    @Test
    void problemsInInlineFactsPointAtLinesOfTheScenarioFile() throws IOException {
        assertEquals(List.of(
                        "s.scenario.yaml:3:29: facts.project.phase: unknown value \"pilott\"; expected one of "
                                + "idea, experiment, pilot, implementation, scaling; did you mean pilot?",
                        "s.scenario.yaml:4:33: facts.projectLeader.hoursPerWeek: is 99; expected a number from 0 to 80"),
                problems("""
                        name: Nobody leads
                        facts:
                          project: {name: X, phase: pilott}
                          projectLeader: {hoursPerWeek: 99}
                        expect: {factors: {F1: RISK}}
                        """));
    }

    @Test
    void inlineFactsWithoutAProjectNameAreReportedAtTheFactsSection() throws IOException {
        assertEquals(List.of("s.scenario.yaml:3:3: facts.project: required, but absent"),
                problems("""
                        name: Nobody leads
                        facts:
                          projectLeader: {assigned: false}
                        expect: {factors: {F1: RISK}}
                        """));
    }

    @Test
    void aFactsFileThatDoesNotExistIsReportedAtTheFactsFileLine() throws IOException {
        assertEquals(List.of("s.scenario.yaml:2:12: factsFile: no such facts file: gone.yaml "
                        + "(a factsFile is read relative to the folder of the scenario file)"),
                problems("""
                        name: Nobody leads
                        factsFile: gone.yaml
                        expect: {factors: {F1: RISK}}
                        """));
    }

    @Test
    void anInvalidFactsFileIsReportedWithItsOwnLinesAfterTheScenarioLineThatNamesIt() throws IOException {
        Files.writeString(dir.resolve("pilot.yaml"), "project: {name: Pilot}\nteam: {motivation: huge}\n");

        assertEquals(List.of("s.scenario.yaml:2:12: factsFile: pilot.yaml does not follow the facts contract:",
                        "pilot.yaml:2:20: team.motivation: unknown value \"huge\"; expected one of low, medium, high"),
                problems("""
                        name: Nobody leads
                        factsFile: pilot.yaml
                        expect: {factors: {F1: RISK}}
                        """));
    }

    @Test
    void factsGivenBothInlineAndAsAFileAreRejected() throws IOException {
        assertEquals(List.of("s.scenario.yaml:3:1: factsFile: give the facts once: facts: (inline) or factsFile: "
                        + "(a facts file), not both; facts is given at line 2"),
                problems("""
                        name: Nobody leads
                        facts: {project: {name: X}}
                        factsFile: pilot.yaml
                        expect: {factors: {F1: RISK}}
                        """));
    }

    @Test
    void aScenarioWithoutNameFactsOrExpectationsSaysWhatEachIsFor() throws IOException {
        assertEquals(List.of(
                        "s.scenario.yaml:1:1: name: required, but absent: say in a sentence what the scenario shows",
                        "s.scenario.yaml:1:1: facts: required, but absent: give the facts inline under facts:, "
                                + "or name a facts file with factsFile:",
                        "s.scenario.yaml:1:1: expect: required, but absent: say what the assessment must show"),
                problems("description: nothing yet\n"));
    }

    @Test
    void aStatusInSmallLettersIsRejectedWithTheSpellingThatWorks() throws IOException {
        assertEquals(List.of("s.scenario.yaml:3:24: expect.factors.F1: unknown status \"strong\"; write it in "
                        + "capitals: STRONG"),
                problems("""
                        name: Nobody leads
                        facts: {project: {name: X}}
                        expect: {factors: {F1: strong}}
                        """));
    }

    @Test
    void anUnknownStatusPriorityOrStateListsTheOnesThatExist() throws IOException {
        assertEquals(List.of(
                        "s.scenario.yaml:5:9: expect.factors.F1: unknown status \"GOOD\"; expected one of "
                                + "STRONG, ATTENTION, RISK, UNKNOWN",
                        "s.scenario.yaml:7:26: expect.recommendations[0].F1-appoint-leader: unknown priority "
                                + "\"URGENT\"; expected one of HIGH, MEDIUM, LOW",
                        "s.scenario.yaml:8:23: expect.obligations.dpia: unknown state \"OPEN\"; expected one of "
                                + "DONE, TODO, UNKNOWN"),
                problems("""
                        name: Nobody leads
                        facts: {project: {name: X}}
                        expect:
                          factors:
                            F1: GOOD
                          recommendations:
                            - F1-appoint-leader: URGENT
                          obligations: {dpia: OPEN}
                        """));
    }

    @Test
    void aFactorThatIsNotOneOfTheNineIsRejected() throws IOException {
        assertEquals(List.of("s.scenario.yaml:3:20: expect.factors.F10: unknown factor; expected one of F1, F2, F3, F4, F5, "
                        + "F6, F7, F8, F9; did you mean F1?"),
                problems("""
                        name: Nobody leads
                        facts: {project: {name: X}}
                        expect: {factors: {F10: RISK}}
                        """));
    }

    @Test
    void aValueOfTheWrongKindSaysWhatWasExpectedAndWhatWasFound() throws IOException {
        assertEquals(List.of("s.scenario.yaml:4:20: expect.recommendations: expected a list of action ids, each "
                        + "optionally with its priority, found the text \"F1-appoint-leader\" (an empty list is written [])"),
                problems("""
                        name: Nobody leads
                        facts: {project: {name: X}}
                        expect:
                          recommendations: F1-appoint-leader
                        """));
    }

    @Test
    void aStatusThatIsNotTextAndAnEmptyListItemAreWordedAsInFactsFiles() throws IOException {
        assertEquals(List.of("s.scenario.yaml:4:17: expect.factors.F1: expected one of STRONG, ATTENTION, RISK, UNKNOWN, "
                        + "found the number 3",
                        "s.scenario.yaml:5:18: expect.missingFacts[0]: a list item may not be empty"),
                problems("""
                        name: Nobody leads
                        facts: {project: {name: X}}
                        expect:
                          factors: {F1: 3}
                          missingFacts: ["", projectLeader.assigned]
                        """));
    }

    @Test
    void anExpectSectionThatChecksNothingIsRejected() throws IOException {
        assertEquals(List.of("s.scenario.yaml:3:9: expect: nothing to check; give at least one of factors, findings, "
                        + "recommendations, notRecommendations, obligations, dutiesInForce, notObligations, missingFacts, "
                        + "notMissingFacts, nextSteps, improvements"),
                problems("""
                        name: Nobody leads
                        facts: {project: {name: X}}
                        expect: {recommendations: []}
                        """));
    }

    @Test
    void anIdThatIsBothExpectedAndNotExpectedIsRejected() throws IOException {
        assertEquals(List.of("s.scenario.yaml:5:24: expect.notRecommendations: F1-appoint-leader is also in "
                        + "recommendations (line 4); a scenario cannot expect both"),
                problems("""
                        name: Nobody leads
                        facts: {project: {name: X}}
                        expect:
                          recommendations: [F1-appoint-leader]
                          notRecommendations: [F1-appoint-leader]
                        """));
    }

    @Test
    void anIdListedTwiceIsRejected() throws IOException {
        assertEquals(List.of("s.scenario.yaml:4:42: expect.missingFacts[1]: projectLeader.assigned is listed twice; "
                        + "it was already given at line 4"),
                problems("""
                        name: Nobody leads
                        facts: {project: {name: X}}
                        expect:
                          missingFacts: [projectLeader.assigned, projectLeader.assigned]
                        """));
    }

    @Test
    void theNextStepsAreExpectedInTheirOrderAndAnEmptyListExpectsNone() throws IOException {
        Scenario some = read("""
                name: Nobody leads
                facts: {project: {name: X}}
                expect:
                  nextSteps: [F1-appoint-leader, dpia]
                """);
        Scenario none = read("""
                name: All done
                facts: {project: {name: X}}
                expect:
                  nextSteps: []
                """);

        assertEquals(List.of(new Expectation.NextSteps(4, List.of("F1-appoint-leader", "dpia"))), some.expectations());
        assertEquals(List.of(new Expectation.NextSteps(4, List.of())), none.expectations());
    }

    @Test
    void theImprovementPathsAreExpectedPerTargetInTheirOrder() throws IOException {
        Scenario scenario = read("""
                name: Cycles
                facts: {project: {name: X}}
                expect:
                  improvements:
                    F4: [[F4-shorten-cycles], [F4-cut-into-steps, F4-review-each-step]]
                    F1: []
                """);

        assertEquals(List.of(new Expectation.Improvements(5, "F4", List.of(List.of("F4-shorten-cycles"),
                        List.of("F4-cut-into-steps", "F4-review-each-step"))), new Expectation.Improvements(6, "F1", List.of())),
                scenario.expectations());
    }

    @Test
    void anImprovementPathWrittenAsOneIdIsToldToBeAList() throws IOException {
        assertEquals(List.of("s.scenario.yaml:5:10: expect.improvements.F4[0]: a path is a list of lever ids between [ and ], "
                        + "such as [F4-shorten-cycles]; write a path of one change as [[F4-shorten-cycles]] in the list of paths"),
                problems("""
                        name: Cycles
                        facts: {project: {name: X}}
                        expect:
                          improvements:
                            F4: [F4-shorten-cycles]
                        """));
    }

    @Test
    void anImprovementPathOfMoreThanThreeChangesIsRejected() throws IOException {
        assertEquals(List.of("s.scenario.yaml:5:10: expect.improvements.F4[0]: a path has one to 3 changes; this one has 4"),
                problems("""
                        name: Cycles
                        facts: {project: {name: X}}
                        expect:
                          improvements:
                            F4: [[a, b, c, d]]
                        """));
    }

    @Test
    void moreThanThreeNextStepsAreRejectedAtTheFourth() throws IOException {
        assertEquals(List.of("s.scenario.yaml:4:46: expect.nextSteps[3]: an assessment gives at most 3 next steps; "
                        + "list the first 3, in order, and remove F4-shorten-cycles"),
                problems("""
                        name: Nobody leads
                        facts: {project: {name: X}}
                        expect:
                          nextSteps: [dpia, F1-appoint-leader, iama, F4-shorten-cycles]
                        """));
    }

    @Test
    void aNextStepListedTwiceIsRejected() throws IOException {
        assertEquals(List.of("s.scenario.yaml:4:21: expect.nextSteps[1]: dpia is listed twice; it was already given at line 4"),
                problems("""
                        name: Twice
                        facts: {project: {name: X}}
                        expect:
                          nextSteps: [dpia, dpia]
                        """));
    }

    @Test
    void aFileThatIsNotYamlIsRejectedWithThePlaceItGoesWrong() throws IOException {
        List<String> problems = problems("name: [Nobody leads\nfacts: {}\n");

        assertEquals(1, problems.size());
        assertEquals("s.scenario.yaml:1:7: not valid YAML: the [ is not closed with ] on its line; end the list there, "
                + "or put a text that starts with [ in double quotes", problems.get(0));
    }

    @Test
    void anEmptyFileSaysWhatAScenarioNeeds() throws IOException {
        assertEquals(List.of("s.scenario.yaml: the file is empty; a scenario needs a name, facts and expect"),
                problems("\n"));
    }

    @Test
    void aFileThatIsNotYamlByItsNameIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("s.scenario.txt"), "name: x\n");

        InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
                () -> ScenarioReader.read(ScenarioFile.of(file)));

        assertEquals(file + ": a scenario file is YAML and ends in .scenario.yaml", e.getMessage());
    }
}
