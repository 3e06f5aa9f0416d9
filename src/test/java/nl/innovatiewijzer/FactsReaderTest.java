package nl.innovatiewijzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.innovatiewijzer.facts.Phase;
import nl.innovatiewijzer.facts.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsReaderTest {

    @TempDir
    Path dir;

    private static final String COMPLETE = """
            project:
              name: Hondenoverlast in beeld
              municipality: Dordrecht
              domain: physical
              phase: implementation
              dataDriven: true
              processesPersonalData: true
              description: Meldingen en handhaving samen op de kaart.
            projectLeader: {assigned: true, innovationProjectsLed: 3, skills: [stakeholderManagement, communication, dataLiteracy], hoursPerWeek: 20, mandateToDecide: true}
            team:
              motivation: high
              meetingFrequency: biweekly
              members:
                - {role: domainExpert, name: Anne, hoursPerWeek: 8}
                - {role: privacyOfficer}
            mandate: {sponsor: alderman, trust: high, failureAccepted: true, reportingBurden: low}
            budget: {experimentEuro: 45000.50, secured: true, implementationBudgetReserved: true, multiYear: false}
            domainQuestions: {collected: true, domainsConsulted: [physical, safety], problemOwner: true, experimentAnswersQuestion: true, successCriteriaDefined: true}
            workingMethod: {cycleLengthWeeks: 2, plannedSteps: 8, stepsHaveGoals: true, evaluateEachStep: true, goNoGoMoments: true}
            market:
              suppliers: [{name: Kennisbureau, size: small, bringsKnowledge: true, coDevelops: true}]
              marketConsultationHeld: true
              knowledgeTransferAgreed: true
              dataOwnershipAgreed: true
            network:
              partners: [{type: municipality, name: Zwijndrecht, contribution: data}]
              departmentsInvolved: 3
              collaborationAgreement: true
              sharedWithOtherMunicipalities: true
            endUsers: {identified: true, involvement: coCreation, involvedSincePhase: experiment, feedbackEveryCycle: true}
            learning:
              activities: [{type: communityOfPractice, frequency: monthly, informal: true}]
              lessonsDocumented: true
              lessonsShared: true
            dataUse: {algorithmType: ruleBased, impactOnResidents: true, dpiaCriteria: [evaluationOrScoring, largeScale], dpiaDone: true, iamaDone: false, publishedInAlgorithmRegister: true}
            """;

    private ProjectFacts readYaml(String yaml) {
        return ProjectFacts.fromYaml("project.yaml", yaml);
    }

    private List<Problem> problemsOf(String yaml) {
        return assertThrows(InvalidFactsException.class, () -> readYaml(yaml)).problems();
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    @Test
    void aCompleteFileIsReadIntoEverySection() {
        ProjectFacts facts = readYaml(COMPLETE);

        assertEquals("Hondenoverlast in beeld", facts.project().name());
        assertEquals(Phase.IMPLEMENTATION, facts.project().phase());
        assertEquals(List.of(LeaderSkill.STAKEHOLDER_MANAGEMENT, LeaderSkill.COMMUNICATION, LeaderSkill.DATA_LITERACY),
                facts.projectLeader().skills());
        assertEquals(Role.PRIVACY_OFFICER, facts.team().members().get(1).role());
        assertEquals(45000.5, facts.budget().experimentEuro());
        assertEquals(Involvement.CO_CREATION, facts.endUsers().involvement());
        assertEquals(Frequency.MONTHLY, facts.learning().activities().get(0).frequency());
        assertEquals(List.of(DpiaCriterion.EVALUATION_OR_SCORING, DpiaCriterion.LARGE_SCALE), facts.dataUse().dpiaCriteria());
        assertEquals(PartnerType.MUNICIPALITY, facts.network().partners().get(0).type());
    }

    @Test
    void theSameFactsReadFromJsonEqualThoseFromYaml() {
        String json = """
                {"project": {"name": "Veilig thuis", "phase": "pilot", "dataDriven": false},
                 "team": {"members": [{"role": "domainExpert"}], "motivation": "medium"}}
                """;
        String yaml = """
                project: {name: Veilig thuis, phase: pilot, dataDriven: false}
                team: {members: [{role: domainExpert}], motivation: medium}
                """;

        assertEquals(readYaml(yaml), ProjectFacts.fromJson("project.json", json));
    }

    @Test
    void anAbsentFieldIsUnknownWhileFalseZeroAndEmptyAreKnown() {
        ProjectFacts facts = readYaml("""
                project: {name: Verschil tussen niets en nee}
                projectLeader: {assigned: false, innovationProjectsLed: 0}
                team: {members: []}
                """);

        assertEquals(Boolean.FALSE, facts.projectLeader().assigned());
        assertEquals(0, facts.projectLeader().innovationProjectsLed());
        assertNull(facts.projectLeader().hoursPerWeek(), "absent means unknown");
        assertNull(facts.projectLeader().skills(), "an absent list is unknown, not empty");
        assertEquals(List.of(), facts.team().members(), "[] is known to be none");
        assertNull(facts.team().motivation());
        assertNull(facts.budget(), "an absent section is unknown");
    }

    @Test
    void anUnknownKeyIsRejectedWithItsLineAndTheFieldsThatExist() {
        Problem problem = only(problemsOf("""
                project:
                  name: Test
                  gemeente: Delft
                """));

        assertEquals(3, problem.line());
        assertEquals(3, problem.column());
        assertEquals("project.gemeente", problem.field());
        assertTrue(problem.message().contains("unknown field; expected one of name, municipality"), problem.message());
    }

    @Test
    void aWrongTypeNamesWhatWasExpected() {
        Problem problem = only(problemsOf("""
                project: {name: Test}
                workingMethod:
                  cycleLengthWeeks: "drie"
                """));

        assertEquals(3, problem.line());
        assertEquals("workingMethod.cycleLengthWeeks", problem.field());
        assertEquals("expected a whole number, found the text \"drie\"", problem.message());
    }

    @Test
    void aNumberOutOfRangeNamesTheRange() {
        Problem problem = only(problemsOf("""
                project: {name: Test}
                workingMethod:
                  cycleLengthWeeks: 0
                """));

        assertEquals(3, problem.line());
        assertEquals("workingMethod.cycleLengthWeeks", problem.field());
        assertEquals("is 0; expected a number from 1 to 104", problem.message());
    }

    @Test
    void anUnknownEnumValueListsTheValuesThatExist() {
        Problem problem = only(problemsOf("""
                project: {name: Test, domain: sociaal}
                """));

        assertEquals(1, problem.line());
        assertEquals("project.domain", problem.field());
        assertEquals("unknown value \"sociaal\"; expected one of physical, social, safety, operations; did you mean social?", problem.message());
    }

    @Test
    void aCommentAfterAValueStaysAComment() {
        ProjectFacts facts = readYaml("""
                project:
                  name: Slimme afvalinzameling  # the working title
                  phase: pilot  # since March
                """);

        assertEquals("Slimme afvalinzameling", facts.project().name());
        assertEquals(Phase.PILOT, facts.project().phase());
    }

    @Test
    void aDuplicateKeyNamesBothLines() {
        Problem problem = only(problemsOf("""
                project:
                  name: Test
                  name: Nog een keer
                """));

        assertEquals(3, problem.line());
        assertEquals("duplicate key; it was already given at line 2: keep one of the two", problem.message());
    }

    @Test
    void aMissingProjectNameIsRejected() {
        Problem problem = only(problemsOf("""
                project:
                  municipality: Delft
                """));

        assertEquals("project.name", problem.field());
        assertEquals("required, but absent", problem.message());
        assertEquals(2, problem.line(), "placed at the project section, the nearest place the file has");
    }

    @Test
    void aMissingProjectSectionIsRejected() {
        Problem problem = only(problemsOf("""
                team: {motivation: high}
                """));

        assertEquals("project", problem.field());
        assertEquals("required, but absent", problem.message());
    }

    @Test
    void everyProblemInTheFileIsListedInOrderOfLines() {
        List<Problem> problems = problemsOf("""
                project: {name: Test, phase: pilott}
                team:
                  motivation: enorm
                  members:
                    - {role: dataScientist}
                    - {rol: privacyOfficer}
                budget: {experimentEuro: -5}
                """);

        assertEquals(List.of("project.phase", "team.motivation", "team.members[1].role", "team.members[1].rol",
                "budget.experimentEuro"), problems.stream().map(Problem::field).toList());
        assertEquals(List.of(1, 3, 6, 6, 7), problems.stream().map(Problem::line).toList());
    }

    @Test
    void aYamlSyntaxErrorGivesItsLine() {
        Problem problem = only(problemsOf("""
                project:
                  name: [Test
                team: {}
                """));

        assertTrue(problem.line() >= 2, problem.toString());
        assertTrue(problem.message().startsWith("not valid YAML: "), problem.message());
    }

    @Test
    void aJsonSyntaxErrorGivesItsLine() {
        List<Problem> problems = assertThrows(InvalidFactsException.class,
                () -> ProjectFacts.fromJson("p.json", "{\n  \"project\": {\"name\": \"x\",}\n}")).problems();

        assertEquals(2, only(problems).line());
        assertTrue(problems.get(0).message().startsWith("not valid JSON: "));
    }

    @Test
    void aJsonFileThatEndsTooSoonSaysWhereTheOpenObjectBeganInPlainWords() {
        List<Problem> problems = assertThrows(InvalidFactsException.class,
                () -> ProjectFacts.fromJson("p.json", "{\"project\": {")).problems();

        assertEquals("not valid JSON: Unexpected end-of-input: expected close marker for Object (begun at line 1, column 13)",
                only(problems).message());
    }

    @Test
    void anEmptyFileSaysWhatAFactsFileNeeds() {
        assertEquals("the file is empty; a facts file needs at least project.name", only(problemsOf("\n\n")).message());
    }

    @Test
    void aTopLevelListIsNotAProject() {
        Problem problem = only(problemsOf("- project: {name: x}\n"));

        assertTrue(problem.message().startsWith("expected a mapping with the fields project, projectLeader"), problem.message());
    }

    @Test
    void aCustomYamlTagIsRefused() {
        Problem problem = only(problemsOf("""
                project:
                  name: !!javax.script.ScriptEngineManager [x]
                """));

        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("is not allowed"), problem.message());
    }

    @Test
    void anAliasBombIsStoppedBeforeItGrows() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            bomb.append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        }
        bomb.append("project: {name: bomb}\n");

        List<Problem> problems = problemsOf(bomb.toString());

        assertTrue(problems.stream().anyMatch(p -> p.message().contains("repeat more than")), problems.toString());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "project: {name: x}\nteam: " + "[".repeat(200) + "]".repeat(200) + "\n";

        List<Problem> problems = problemsOf(deep);

        assertFalse(problems.isEmpty());
        assertTrue(problems.get(0).message().contains("nest"), problems.toString());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "project:\n  name: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        Problem problem = only(assertThrows(InvalidFactsException.class, () -> ProjectFacts.read(file)).problems());

        assertEquals(file.toString(), problem.file());
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("not UTF-8"), problem.message());
    }

    @Test
    void binaryDataIsRefused() throws Exception {
        Path file = dir.resolve("image.yaml");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        Problem problem = only(assertThrows(InvalidFactsException.class, () -> ProjectFacts.read(file)).problems());

        assertTrue(problem.message().contains("binary"), problem.message());
    }

    @Test
    void aHugeFileIsRefusedWithoutReadingIt() throws Exception {
        Path file = dir.resolve("huge.yaml");
        Files.writeString(file, "project: {name: x}\n" + "# padding\n".repeat(120_000));

        Problem problem = only(assertThrows(InvalidFactsException.class, () -> ProjectFacts.read(file)).problems());

        assertTrue(problem.message().contains("at most 1048576 bytes"), problem.message());
    }

    @Test
    void aMissingFileAndAWrongExtensionAreNamed() {
        Problem missing = only(assertThrows(InvalidFactsException.class,
                () -> ProjectFacts.read(dir.resolve("nope.yaml"))).problems());
        Problem wrongKind = only(assertThrows(InvalidFactsException.class,
                () -> ProjectFacts.read(dir.resolve("notes.txt"))).problems());

        assertEquals("no such file", missing.message());
        assertEquals("a facts file ends in .yaml, .yml or .json", wrongKind.message());
    }

    @Test
    void theProblemTextNamesFileLineColumnAndField() {
        Problem problem = only(problemsOf("project: {name: Test, phase: 3}\n"));

        assertEquals("project.yaml:1:30: project.phase: expected one of idea, experiment, pilot, implementation, "
                + "scaling, found the number 3", problem.toString());
    }

    @Test
    void factsBuiltInCodeAreCheckedAgainstTheSameLimits() {
        InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> ProjectFacts.builder("x")
                .workingMethod(new WorkingMethod(200, null, null, null, null))
                .build());

        assertEquals("facts built in code: workingMethod.cycleLengthWeeks: is 200; expected a number from 1 to 104",
                e.getMessage());
    }

    @Test
    void aNumberThatIsNoNumberIsOutOfEveryRange() {
        InvalidFactsException e = assertThrows(InvalidFactsException.class, () -> ProjectFacts.builder("x")
                .budget(new Budget(Double.NaN, true, null, null))
                .build());

        assertEquals("facts built in code: budget.experimentEuro: is NaN; expected a number of at least 0",
                e.getMessage());
    }

    @Test
    void theAiActSectionIsReadWithItsListsAndRole() {
        ProjectFacts facts = readYaml("""
                project: {name: Risicoscore}
                aiAct:
                  isAiSystem: true
                  role: providerAndDeployer
                  prohibitedPractices: []
                  annexIIIAreas: [publicServicesAndBenefits, employment]
                  derogation: preparatoryTask
                  friaDone: false
                """);

        assertEquals(Boolean.TRUE, facts.aiAct().isAiSystem());
        assertEquals(AiRole.PROVIDER_AND_DEPLOYER, facts.aiAct().role());
        assertEquals(List.of(), facts.aiAct().prohibitedPractices(), "[] is known to be none");
        assertEquals(List.of(AnnexIIIArea.PUBLIC_SERVICES_AND_BENEFITS, AnnexIIIArea.EMPLOYMENT), facts.aiAct().annexIIIAreas());
        assertEquals(Derogation.PREPARATORY_TASK, facts.aiAct().derogation());
        assertEquals(Boolean.FALSE, facts.aiAct().friaDone());
        assertNull(facts.aiAct().profilesNaturalPersons(), "absent is unknown");
    }

    @Test
    void aMistypedFieldInTheAiActSectionIsRefusedWithTheFieldMeant() {
        Problem problem = only(problemsOf("""
                project: {name: Chatbot}
                aiAct:
                  isAiSystem: true
                  annexIIIArea: [education]
                """));

        assertEquals(4, problem.line());
        assertEquals("aiAct.annexIIIArea", problem.field());
        assertTrue(problem.message().contains("unknown field") && problem.message().endsWith("did you mean annexIIIAreas?"),
                problem.message());
    }

    @Test
    void aMistypedAnnexIIIAreaIsRefusedWithTheAreasThatExist() {
        Problem problem = only(problemsOf("""
                project: {name: Chatbot}
                aiAct: {isAiSystem: true, annexIIIAreas: [publicServices]}
                """));

        assertEquals(2, problem.line());
        assertTrue(problem.field().startsWith("aiAct.annexIIIAreas"), problem.field());
        assertTrue(problem.message().contains("publicServicesAndBenefits"), problem.message());
    }
}
