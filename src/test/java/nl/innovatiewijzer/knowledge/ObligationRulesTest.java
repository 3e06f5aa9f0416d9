package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Evidence;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.ObligationState;
import org.junit.jupiter.api.Test;

/** How the duties are decided where the facts leave room for doubt. */
class ObligationRulesTest {

    private static final Advisor ADVISOR = Fired.knowledgeBase();

    @Test
    void aDutyTheFactsDoNotTriggerIsNotListed() {
        Assessment assessment = ADVISOR.assess(strong().facts());

        assertEquals(List.of("dpia"), assessment.obligations().stream().map(Obligation::id).toList());
    }

    @Test
    void aHighRiskCriterionListedTwiceCountsOnce() {
        Assessment assessment = ADVISOR.assess(strong().with("dataUse.dpiaCriteria", "[sensitiveData, sensitiveData]").facts());

        assertTrue(assessment.obligation("dpia").isEmpty(), "one criterion does not call for a DPIA");
    }

    @Test
    void theReasonForADpiaNamesEachCriterionOnceInTheOrderTheFactsListThem() {
        Assessment assessment = ADVISOR.assess(strong().with("dataUse.dpiaCriteria",
                "[vulnerablePersons, largeScale, sensitiveData, largeScale]").with("dataUse.dpiaDone", "false").facts());

        assertEquals(List.of("Er gelden 3 criteria voor een hoog privacyrisico: kwetsbare personen, verwerking op grote "
                        + "schaal, gevoelige of bijzondere gegevens.", "Gebruik van data en algoritmen, DPIA uitgevoerd: nee."),
                assessment.obligation("dpia").orElseThrow().because());
    }

    @Test
    void personalDataWithUnknownCriteriaListsNoDpiaButAsksForTheCriteriaUnderTheTeamFactor() {
        Assessment assessment = ADVISOR.assess(strong().without("dataUse.dpiaCriteria").facts());

        assertTrue(assessment.obligation("dpia").isEmpty());
        assertEquals(List.of(new MissingFact("dataUse.dpiaCriteria", "F5",
                        "Welke van de negen criteria voor een hoog privacyrisico zijn van toepassing (zoals evaluatie of "
                                + "scoring, kwetsbare personen, gevoelige gegevens, grootschalige verwerking)?",
                        List.of("F5", "dpia"), "Hierop wacht: Gegevensbeschermingseffectbeoordeling (DPIA).")),
                assessment.missingFacts());
        assertTrue(assessment.dutiesUndecided(), "the answer decides the DPIA, so no report may say there are no duties");
    }

    @Test
    void anAlgorithmThatAffectsResidentsCallsForAnIamaAndARegisterEntry() {
        Assessment assessment = ADVISOR.assess(strong().with("dataUse.impactOnResidents", "true")
                .with("dataUse.iamaDone", "false").with("dataUse.publishedInAlgorithmRegister", "true").facts());

        assertEquals(List.of("Gebruik van data en algoritmen, soort algoritme: regelgebaseerd.",
                        "Gebruik van data en algoritmen, gevolgen voor inwoners: ja.",
                        "Gebruik van data en algoritmen, IAMA uitgevoerd: nee."),
                assessment.obligation("iama").orElseThrow().because());
        assertEquals(List.of(new Evidence("dataUse.algorithmType", "ruleBased"),
                        new Evidence("dataUse.impactOnResidents", true), new Evidence("dataUse.iamaDone", false)),
                assessment.obligation("iama").orElseThrow().evidence());
        assertEquals(ObligationState.DONE, assessment.obligation("algorithmRegister").orElseThrow().state());
    }
}
