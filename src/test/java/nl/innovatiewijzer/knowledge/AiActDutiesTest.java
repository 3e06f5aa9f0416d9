package nl.innovatiewijzer.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.DutyKind;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.report.ReportFormat;
import org.junit.jupiter.api.Test;

/** The duties of the AI Act as the report shows them: law, their article, and a later date where the law gives one. */
class AiActDutiesTest {

    private static final Advisor ADVISOR = Fired.knowledgeBase();
    private static final ProjectFacts RISK_SCORE = ProjectFacts.read(Path.of("facts/risicoscore-bijstand.yaml"));

    @Test
    void theFriaOfAHighRiskSystemIsLawThatAppliesFromDecember2027() {
        Obligation fria = ADVISOR.assess(RISK_SCORE).obligation("fria").orElseThrow();

        assertEquals(DutyKind.LAW, fria.kind());
        assertTrue(fria.basis().startsWith("AI-verordening artikel 27"), fria.basis());
        assertEquals(LocalDate.of(2027, 12, 2), fria.appliesFrom());
        assertFalse(fria.inForce(), "assessed on 1 December 2026");
        assertFalse(fria.toDo(), "a duty that applies later is no duty to do yet");
    }

    @Test
    void theReportShowsAnUpcomingDutyWithItsStateAndDateAmongTheDutiesOfTheLaw() {
        Assessment assessment = ADVISOR.assess(RISK_SCORE, Language.EN);
        String report = ReportFormat.TEXT.renderer().assessment(assessment);

        int fria = report.indexOf("Fundamental-rights impact assessment (FRIA) [Law, AI Act article 27");
        int iama = report.indexOf("Fundamental Rights and Algorithms Impact Assessment (FRAIA) [Policy");
        assertTrue(fria > 0 && iama > fria, "the duties of the law come before those of policy:\n" + report);
        assertTrue(report.substring(fria, iama).contains("To do; applies from 2 December 2027"), report);
    }
}
