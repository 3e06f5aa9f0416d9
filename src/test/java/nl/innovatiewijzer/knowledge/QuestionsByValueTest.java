package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.onlyName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.RulesOnDisk;
import org.junit.jupiter.api.Test;

/**
 * The open questions come by how much their answers can change the advice: the rules are run with
 * each possible answer, and what comes out otherwise (a factor's status, a duty, the first steps)
 * is what the answer can change, said in words.
 */
class QuestionsByValueTest {

    private static final Advisor ADVISOR = RulesOnDisk.advisor();

    private static List<String> fields(Assessment assessment) {
        return assessment.missingFacts().stream().map(MissingFact::field).toList();
    }

    private static MissingFact question(Assessment assessment, String field) {
        return assessment.missingFacts().stream().filter(m -> m.field().equals(field)).findFirst().orElseThrow();
    }

    @Test
    void forAProjectKnownOnlyByNameWhoLeadsAndTheQuestionsThatDecideDutiesComeFirst() {
        Assessment assessment = ADVISOR.assess(onlyName().facts(), Language.EN);

        assertEquals(List.of("projectLeader.assigned", "project.processesPersonalData", "dataUse.algorithmType",
                "project.phase"), fields(assessment).subList(0, 4));
        assertEquals("Waiting for this answer: the status of F1 and the first steps.",
                question(assessment, "projectLeader.assigned").why());
        assertEquals("Together with other open questions, the answer decides: Data protection impact assessment (DPIA).",
                question(assessment, "project.processesPersonalData").why());
    }

    @Test
    void aQuestionWhoseAnswerDecidesADutyComesBeforeOneThatOnlyChangesItsFactor() {
        ProjectVariant project = ProjectVariant.of("facts/slimme-afvalinzameling.yaml")
                .without("project.processesPersonalData").without("network.departmentsInvolved");

        Assessment assessment = ADVISOR.assess(project.facts(), Language.EN);

        List<String> fields = fields(assessment);
        assertTrue(fields.indexOf("project.processesPersonalData") < fields.indexOf("network.departmentsInvolved"),
                fields.toString());
        MissingFact personalData = question(assessment, "project.processesPersonalData");
        assertEquals(List.of("F5", "dpia"), personalData.couldChange());
        assertEquals("Waiting for this answer: the status of F5, Data protection impact assessment (DPIA) and the first steps.",
                personalData.why());
        assertEquals("Waiting for this answer: the status of F7.", question(assessment, "network.departmentsInvolved").why());
    }

    @Test
    void aQuestionWhoseAnswersChangeNothingNowSaysSoAndComesAfterOneThatChangesTheFactor() {
        ProjectVariant project = ProjectVariant.of("facts/factuurcontrole.yaml")
                .without("projectLeader.skills").without("projectLeader.hoursPerWeek");

        Assessment assessment = ADVISOR.assess(project.facts(), Language.NL);

        assertEquals(List.of("projectLeader.hoursPerWeek", "projectLeader.skills"), fields(assessment));
        assertEquals("Verandert nu geen oordeel; maakt het beeld van F1 vollediger.",
                question(assessment, "projectLeader.skills").why());
        assertEquals(List.of("F1"), question(assessment, "projectLeader.skills").couldChange());
    }

    @Test
    void aJudgementAloneGivesTheSameAdviceWithTheQuestionsInTheOrderOfTheFactors() {
        ProjectVariant project = ProjectVariant.of("facts/slimme-afvalinzameling.yaml").without("project.processesPersonalData");

        Assessment assessed = ADVISOR.assess(project.facts(), Language.EN);
        Assessment judged = ADVISOR.judge(project.facts(), Language.EN);

        assertEquals(assessed.factors(), judged.factors());
        assertEquals(assessed.recommendations(), judged.recommendations());
        assertEquals(assessed.obligations(), judged.obligations());
        assertEquals(assessed.nextSteps(), judged.nextSteps());
        assertEquals(java.util.Set.copyOf(fields(assessed)), java.util.Set.copyOf(fields(judged)));
        List<String> byFactor = judged.missingFacts().stream().map(MissingFact::factor).toList();
        assertEquals(byFactor.stream().sorted().toList(), byFactor, "in the order of the factors");
        assertEquals("", question(judged, "project.processesPersonalData").why(), "nothing was tried");
    }

    @Test
    void theInterviewAndTheNextStepsAgreeOnWhichQuestionComesFirst() {
        Assessment assessment = ADVISOR.assess(onlyName().facts());

        assertEquals(assessment.nextSteps().get(0).id(), assessment.missingFacts().get(0).field());
    }
}
