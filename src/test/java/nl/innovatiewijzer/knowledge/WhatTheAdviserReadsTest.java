package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Evidence;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Recommendation;
import nl.innovatiewijzer.Status;
import org.junit.jupiter.api.Test;

/** Findings, recommendations and duties name the actual facts, in the report's language. */
class WhatTheAdviserReadsTest {

    private static final Advisor ADVISOR = Fired.knowledgeBase();

    @Test
    void aFindingFillsInTheFactValue() {
        Assessment assessment = ADVISOR.assess(strong().with("projectLeader.hoursPerWeek", "7").facts());

        assertEquals(List.of("De projectleider heeft 7 uur per week voor het project; dat is te weinig om het te dragen."),
                assessment.factor("F1").orElseThrow().findings());
    }

    @Test
    void whenNobodyIsAssignedOnlyTheMissingLeaderIsAdvisedNotTheHoursOfOne() {
        Assessment assessment = ADVISOR.assess(strong().with("projectLeader.assigned", "false")
                .with("projectLeader.hoursPerWeek", "4").facts());

        assertEquals(List.of("Er is geen projectleider aangewezen."), assessment.factor("F1").orElseThrow().findings());
        assertTrue(assessment.recommendation("F1-appoint-leader").isPresent());
        assertTrue(assessment.recommendation("F1-free-leader-time").isEmpty());
    }

    @Test
    void aLeaderWithOneSkillReadsWellInBothLanguages() {
        var facts = strong().with("projectLeader.skills", "[stakeholderManagement]").facts();

        assertTrue(ADVISOR.assess(facts).recommendation("F1-complement-leader-skills").orElseThrow().because()
                .contains("De projectleider noemt 1 van de gevraagde vaardigheden."));
        assertTrue(ADVISOR.assess(facts, Language.EN).recommendation("F1-complement-leader-skills").orElseThrow()
                .because().contains("The project leader names 1 of the skills asked for."));
    }

    @Test
    void aLeaderWhoNamesNoSkillsReadsAsNoneNotAsZero() {
        var facts = strong().with("projectLeader.skills", "[]").facts();

        assertEquals(List.of("De projectleider brengt geen van de gevraagde vaardigheden mee; 3 of meer geven een "
                + "project houvast.", "Stakeholdermanagement hoort niet bij de vaardigheden van de projectleider."),
                ADVISOR.assess(facts).factor("F1").orElseThrow().findings());
        assertTrue(ADVISOR.assess(facts, Language.EN).factor("F1").orElseThrow().findings()
                .contains("The project leader brings none of the skills asked for; a project needs 3 or more to be in safe hands."));
    }

    @Test
    void aLeaderWithOneHourAWeekReadsWellInEnglish() {
        Assessment assessment = ADVISOR.assess(strong().with("projectLeader.hoursPerWeek", "1").facts(), Language.EN);

        assertEquals(List.of("Less than 8 hours a week for the project: the project leader has 1, too little to carry it."),
                assessment.factor("F1").orElseThrow().findings());
    }

    @Test
    void cyclesOfOneWeekReadWellInBothLanguages() {
        var facts = strong().with("workingMethod.cycleLengthWeeks", "1").with("workingMethod.plannedSteps", "3").facts();

        assertEquals(List.of("Het team werkt in korte cycli, van hooguit 4 weken, en plant 3 tussenstappen, "
                + "elk met een toetsbaar doel en een evaluatie."), ADVISOR.assess(facts).factor("F4").orElseThrow().findings());
        assertEquals(List.of("The team works in short cycles, of 4 weeks or less, and plans 3 intermediate "
                        + "steps, each with a checkable goal and a review."),
                ADVISOR.assess(facts, Language.EN).factor("F4").orElseThrow().findings());
    }

    @Test
    void aRecommendationSaysWhyWithTheActualFactValues() {
        Assessment assessment = ADVISOR.assess(strong().with("workingMethod.cycleLengthWeeks", "14")
                .with("endUsers.feedbackEveryCycle", "false").facts());

        Recommendation shorten = assessment.recommendation("F4-shorten-cycles").orElseThrow();
        assertEquals("F4", shorten.factor());
        assertEquals(List.of("Werkwijze, weken per cyclus: 14."), shorten.because());
        assertEquals(List.of(new Evidence("workingMethod.cycleLengthWeeks", 14)), shorten.evidence());
        assertEquals("rules/f4-short-cycles.drl", shorten.ruleFile());
    }

    @Test
    void aRecommendationIsDutchByDefaultAndEnglishOnRequest() {
        var facts = strong().with("team.members", F5MultidisciplinaryTeamCases.WITHOUT_PRIVACY_OFFICER).facts();

        Recommendation dutch = ADVISOR.assess(facts).recommendation("F5-add-privacy-officer").orElseThrow();
        Recommendation english = ADVISOR.assess(facts, Language.EN).recommendation("F5-add-privacy-officer").orElseThrow();

        assertEquals("Haal een privacyadviseur in het team", dutch.title());
        assertEquals(List.of("Project, verwerkt persoonsgegevens: ja.", "Het team heeft geen privacyadviseur."),
                dutch.because());
        assertEquals("Bring a privacy adviser into the team", english.title());
        assertEquals(List.of("Project, processes personal data: yes.", "The team has no privacy adviser."),
                english.because());
        assertEquals(List.of(new Evidence("project.processesPersonalData", true)), english.evidence());
        assertEquals("Personal data without a privacy officer", english.rule());
    }

    @Test
    void aRecommendationForAnUncommittedBudgetOfUnknownAmountGivesOnlyKnownFactsAsReasons() {
        Assessment assessment = ADVISOR.assess(strong().with("budget.secured", "false")
                .without("budget.experimentEuro").facts());

        assertEquals(List.of("Budget, toegezegd: nee."),
                assessment.recommendation("F2-secure-experiment-budget").orElseThrow().because());
    }

    @Test
    void noRecommendationGivesAnUnknownFactAsAReason() throws IOException {
        List<ProjectFacts> projects = new ArrayList<>();
        for (RuleCase rule : RuleCases.all()) {
            projects.add(rule.fires().facts());
            projects.add(rule.nearMiss().facts());
        }
        for (Path example : ExampleProjectsTest.examples()) {
            projects.add(ProjectFacts.read(example));
        }

        List<String> unknownReasons = new ArrayList<>();
        for (ProjectFacts facts : projects) {
            for (Language language : Language.values()) {
                for (Recommendation recommendation : ADVISOR.assess(facts, language).recommendations()) {
                    recommendation.because().stream()
                            .filter(line -> line.endsWith(" = onbekend") || line.endsWith(" = unknown"))
                            .forEach(line -> unknownReasons.add(recommendation.rule() + ": " + line));
                }
            }
        }
        assertEquals(List.of(), unknownReasons.stream().distinct().toList());
    }

    @Test
    void endUsersWhoAreOnlyInformedAreARiskForTakingNoPartNotForGivingNoFeedback() {
        Assessment assessment = ADVISOR.assess(strong().with("endUsers.involvement", "informed")
                .with("endUsers.feedbackEveryCycle", "false").facts(), Language.EN);

        assertEquals(Status.RISK, assessment.status("F8"));
        assertEquals(List.of("End users take no part in development; at most they are informed."),
                assessment.factor("F8").orElseThrow().findings());
        assertTrue(assessment.recommendation("F8-collect-feedback-every-cycle").isEmpty(),
                "feedback every cycle is moot until end users take part");
    }

    @Test
    void theAdviceToInvolveAffectedResidentsSaysThatNoPartnerRepresentsThem() {
        Assessment assessment = ADVISOR.assess(strong().with("dataUse.impactOnResidents", "true")
                .with("network.partners", "[{type: knowledgeInstitute}]").facts(), Language.EN);

        assertEquals(List.of("Use of data and algorithms, kind of algorithm: rule-based.",
                        "Use of data and algorithms, impact on residents: yes.",
                        "No partner speaks for residents, such as a residents' group or a civil-society organisation."),
                assessment.recommendation("F8-involve-affected-residents").orElseThrow().because());
    }

    @Test
    void anImpactfulAlgorithmWhosePartnersAreUnknownAsksForThemInsteadOfAdvising() {
        Assessment assessment = ADVISOR.assess(strong().with("dataUse.impactOnResidents", "true")
                .without("network.partners").facts());

        assertTrue(assessment.recommendation("F8-involve-affected-residents").isEmpty());
        assertTrue(assessment.missingFacts().stream().anyMatch(m -> m.field().equals("network.partners")));
    }

    @Test
    void theDpiaNamesTheCriteriaThatTriggerIt() {
        Assessment assessment = ADVISOR.assess(strong()
                .with("dataUse.dpiaCriteria", "[evaluationOrScoring, vulnerablePersons]")
                .with("dataUse.dpiaDone", "false").facts(), Language.EN);

        assertEquals(List.of("2 criteria for a high privacy risk apply: evaluating or scoring people, vulnerable persons.",
                "Use of data and algorithms, DPIA carried out: no."), assessment.obligation("dpia").orElseThrow().because());
        assertEquals(List.of(new Evidence("dataUse.dpiaDone", false)), assessment.obligation("dpia").orElseThrow().evidence());
    }

    @Test
    void everyRecommendationHasATitleAndAnActionInBothLanguages() {
        for (RuleCase rule : RuleCases.all()) {
            for (Language language : Language.values()) {
                for (Recommendation recommendation : ADVISOR.assess(rule.fires().facts(), language).recommendations()) {
                    assertTrue(!recommendation.title().isBlank() && !recommendation.action().isBlank(),
                            recommendation.id() + " in " + language);
                }
            }
        }
    }
}
