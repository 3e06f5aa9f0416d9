package nl.innovatiewijzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import nl.innovatiewijzer.engine.RulesFolder;
import nl.innovatiewijzer.facts.AlgorithmType;
import nl.innovatiewijzer.facts.DataUse;
import nl.innovatiewijzer.facts.Project;
import nl.innovatiewijzer.facts.Role;
import nl.innovatiewijzer.facts.Team;
import nl.innovatiewijzer.facts.TeamMember;
import nl.innovatiewijzer.facts.WorkingMethod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdvisorTest {

    @TempDir
    static Path dir;

    static Advisor advisor;

    @BeforeAll
    static void compileOnce() {
        advisor = Advisor.fromDirectory(RulesFolder.in(dir)
                .drl("f4.drl", """
                        rule "Long cycles are a risk"
                            @factor("F4") @finding("F4-long-cycles")
                        when
                            WorkingMethod( $weeks : cycleLengthWeeks != null, cycleLengthWeeks > 12 )
                        then
                            advice.rate(Status.RISK, $weeks);
                        end

                        rule "Short cycles are strong"
                            @factor("F4") @finding("F4-short-cycles")
                        when
                            WorkingMethod( $weeks : cycleLengthWeeks != null, cycleLengthWeeks <= 4 )
                        then
                            advice.rate(Status.STRONG, $weeks);
                        end

                        rule "Ask how long a cycle takes"
                            @factor("F4") @missing("workingMethod.cycleLengthWeeks")
                        when
                            WorkingMethod( cycleLengthWeeks == null )
                        then
                            advice.missing();
                        end
                        """)
                .drl("f5.drl", """
                        rule "Personal data without a privacy officer"
                            @factor("F5") @action("F5-add-privacy-officer")
                        when
                            Project( processesPersonalData == true )
                            Team( members != null )
                            not TeamMember( role == Role.PRIVACY_OFFICER )
                        then
                            advice.recommend(Priority.HIGH, fact("project.processesPersonalData", true), reason("no-privacy-officer"));
                        end
                        """)
                .drl("obligations.drl", """
                        rule "An algorithm with impact on residents needs an IAMA, which was done"
                            @obligation("iama")
                        when
                            DataUse( impactOnResidents == true, algorithmType != null, algorithmType != AlgorithmType.NONE, iamaDone == true )
                        then
                            advice.oblige(ObligationState.DONE, fact("dataUse.impactOnResidents", true), fact("dataUse.iamaDone", true));
                        end

                        rule "An algorithm with impact on residents needs an IAMA, which is still to do"
                            @obligation("iama")
                        when
                            DataUse( impactOnResidents == true, algorithmType != null, algorithmType != AlgorithmType.NONE, iamaDone == false )
                        then
                            advice.oblige(ObligationState.TODO, fact("dataUse.impactOnResidents", true), fact("dataUse.iamaDone", false));
                        end

                        rule "An algorithm with impact on residents needs an IAMA, of which it is unknown whether it was done"
                            @obligation("iama")
                        when
                            DataUse( impactOnResidents == true, algorithmType != null, algorithmType != AlgorithmType.NONE, iamaDone == null )
                        then
                            advice.oblige(ObligationState.UNKNOWN, fact("dataUse.impactOnResidents", true), fact("dataUse.iamaDone", null));
                        end
                        """)
                .write("texts.yaml", """
                        findings:
                          F4-long-cycles: {nl: "Een werkcyclus duurt {0} weken.", en: "One work cycle takes {0} weeks."}
                          F4-short-cycles: {nl: "Een werkcyclus duurt maar {0} weken.", en: "One work cycle takes only {0} weeks."}
                        actions:
                          F5-add-privacy-officer:
                            nl: {title: Haal een privacy officer in het team, action: Vraag de FG deze week wie aanschuift.}
                            en: {title: Add a privacy officer to the team, action: Ask the DPO this week who joins.}
                        reasons:
                          no-privacy-officer: {nl: geen teamlid heeft de rol privacyOfficer, en: no team member has role privacyOfficer}
                        questions:
                          workingMethod.cycleLengthWeeks: {nl: "Hoeveel weken duurt één werkcyclus?", en: "How many weeks does one work cycle take?"}
                        obligations:
                          iama: {nl: "Impact Assessment Mensenrechten en Algoritmes (IAMA)", en: "Human rights and algorithms impact assessment (IAMA)"}
                        """)
                .path());
    }

    private static ProjectFacts project(int number) {
        return ProjectFacts.builder("Project " + number)
                .project(new Project("Project " + number, "Gemeente " + number % 3, null, null, true, number % 2 == 0, null))
                .team(new Team(List.of(new TeamMember(number % 4 == 0 ? Role.PRIVACY_OFFICER : Role.DOMAIN_EXPERT, null, null)), null, null))
                .workingMethod(number % 5 == 0 ? null : new WorkingMethod(1 + number % 20, null, null, null, null))
                .dataUse(new DataUse(AlgorithmType.RULE_BASED, number % 3 == 0, null, null, number % 7 == 0 ? null : number % 2 == 0, null))
                .build();
    }

    @Test
    void manyThreadsOnOneAdvisorGetExactlyTheSequentialResults() throws Exception {
        List<ProjectFacts> projects = IntStream.range(0, 200).mapToObj(AdvisorTest::project).toList();
        List<String> sequential = projects.stream().map(p -> advisor.assess(p).toJson()).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> parallel = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (ProjectFacts p : projects) {
                    parallel.add(pool.submit(() -> advisor.assess(p).toJson()));
                }
            }
            for (int i = 0; i < parallel.size(); i++) {
                assertEquals(sequential.get(i % projects.size()), parallel.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theJsonHasTheFieldsAndValuesOfTheAssessmentContract() throws Exception {
        ProjectFacts facts = ProjectFacts.builder("Slimme afvalinzameling")
                .project(new Project("Slimme afvalinzameling", "Voorbeeldstad", null, null, true, true, null))
                .team(new Team(List.of(new TeamMember(Role.DOMAIN_EXPERT, null, null)), null, null))
                .dataUse(new DataUse(AlgorithmType.SELF_LEARNING, true, null, null, false, null))
                .build();

        JsonNode json = new ObjectMapper().readTree(advisor.assess(facts).toJson());

        assertEquals("Slimme afvalinzameling", json.at("/project/name").asText());
        assertEquals("Voorbeeldstad", json.at("/project/municipality").asText());
        assertEquals(dir.toString(), json.at("/knowledgeBase/source").asText());
        assertEquals(3, json.at("/knowledgeBase/files").asInt());
        assertEquals(7, json.at("/knowledgeBase/rules").asInt());
        assertEquals(advisor.knowledgeBase().fingerprint(), json.at("/knowledgeBase/fingerprint").asText());
        assertEquals(List.of("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"),
                json.get("factors").findValuesAsText("id"));
        assertEquals("Kortcyclische werkwijze", json.at("/factors/3/title").asText());
        assertEquals("UNKNOWN", json.at("/factors/3/status").asText());
        JsonNode recommendation = json.at("/recommendations/0");
        assertEquals("F5-add-privacy-officer", recommendation.get("id").asText());
        assertEquals("F5", recommendation.get("factor").asText());
        assertEquals("HIGH", recommendation.get("priority").asText());
        assertEquals("Haal een privacy officer in het team", recommendation.get("title").asText());
        assertEquals("Vraag de FG deze week wie aanschuift.", recommendation.get("action").asText());
        assertEquals("[\"project.processesPersonalData = true\",\"geen teamlid heeft de rol privacyOfficer\"]",
                recommendation.get("because").toString());
        assertEquals("Personal data without a privacy officer", recommendation.get("rule").asText());
        assertEquals(dir + "/f5.drl", recommendation.get("ruleFile").asText());
        assertEquals("workingMethod.cycleLengthWeeks", json.at("/missingFacts/0/field").asText());
        assertEquals("F4", json.at("/missingFacts/0/factor").asText());
        assertEquals("Hoeveel weken duurt één werkcyclus?", json.at("/missingFacts/0/question").asText());
        assertEquals("iama", json.at("/obligations/0/id").asText());
        assertEquals("TODO", json.at("/obligations/0/state").asText());
        assertEquals("[\"dataUse.impactOnResidents = true\",\"dataUse.iamaDone = false\"]",
                json.at("/obligations/0/because").toString());
    }

    @Test
    void englishIsGivenOnRequestForEveryText() {
        Assessment english = advisor.assess(project(2), Language.EN);

        assertEquals(Language.EN, english.language());
        assertEquals("Short-cycle way of working", english.factor("F4").orElseThrow().title());
        assertEquals("One work cycle takes only 3 weeks.", english.factor("F4").orElseThrow().findings().get(0));
        assertEquals("Add a privacy officer to the team", english.recommendation("F5-add-privacy-officer").orElseThrow().title());
    }

    @Test
    void theSameFactsGiveByteIdenticalJsonFromAnotherAdvisorOnTheSameRules() {
        Advisor another = Advisor.fromDirectory(dir);

        assertEquals(advisor.assess(project(6)).toJson(), another.assess(project(6)).toJson());
    }

    @Test
    void theShippedKnowledgeBaseJudgesAllNineFactors() {
        Advisor shipped = Advisor.withDefaultRules();

        Assessment assessment = shipped.assess(ProjectFacts.builder("Alleen een naam").build());

        assertEquals(9, assessment.factors().size());
        assertEquals("rules", assessment.knowledgeBase().source());
        assertSame(shipped, Advisor.withDefaultRules(), "the shipped knowledge base is compiled once");
    }

    @Test
    void factsThatBreakTheContractCannotBeMadeSoNoRuleEverSeesThem() {
        Project nameless = new Project(" ", null, null, null, null, null, null);

        InvalidFactsException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidFactsException.class,
                () -> new ProjectFacts(nameless, null, null, null, null, null, null, null, null, null, null, null));

        assertEquals("facts built in code: project.name: required, but empty", e.getMessage());
    }
}
