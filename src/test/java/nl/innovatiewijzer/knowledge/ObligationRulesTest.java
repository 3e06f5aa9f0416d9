package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
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

        assertEquals(List.of("dataUse.dpiaCriteria bevat 3 criteria: vulnerablePersons, largeScale, sensitiveData",
                        "dataUse.dpiaDone = false"),
                assessment.obligation("dpia").orElseThrow().because());
    }

    @Test
    void personalDataWithUnknownCriteriaListsNoDpiaButAsksForTheCriteriaUnderTheTeamFactor() {
        Assessment assessment = ADVISOR.assess(strong().without("dataUse.dpiaCriteria").facts());

        assertTrue(assessment.obligation("dpia").isEmpty());
        assertEquals(List.of(new MissingFact("dataUse.dpiaCriteria", "F5",
                        "Welke van de negen criteria voor een hoog privacyrisico zijn van toepassing (zoals evaluatie of "
                                + "scoring, kwetsbare personen, gevoelige gegevens, grootschalige verwerking)?")),
                assessment.missingFacts());
    }

    @Test
    void anAlgorithmThatAffectsResidentsCallsForAnIamaAndARegisterEntry() {
        Assessment assessment = ADVISOR.assess(strong().with("dataUse.impactOnResidents", "true")
                .with("dataUse.iamaDone", "false").with("dataUse.publishedInAlgorithmRegister", "true").facts());

        assertEquals(List.of("dataUse.algorithmType = ruleBased", "dataUse.impactOnResidents = true", "dataUse.iamaDone = false"),
                assessment.obligation("iama").orElseThrow().because());
        assertEquals(ObligationState.DONE, assessment.obligation("algorithmRegister").orElseThrow().state());
    }
}
