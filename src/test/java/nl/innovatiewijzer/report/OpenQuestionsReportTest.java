package nl.innovatiewijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A factor judged on what is known says how many of its questions are still open, in every format. */
class OpenQuestionsReportTest {

    private static Advisor advisor;
    private static ProjectFacts pilot;

    @BeforeAll
    static void readTheShippedRules() {
        advisor = Advisor.fromDirectory(Path.of("rules"));
        pilot = ProjectFacts.read(Path.of("facts/slimme-afvalinzameling.yaml"));
    }

    @Test
    void aFactorWhoseKnownFactsShowNoWeaknessIsJudgedWithItsOpenQuestionCounted() {
        // given a pilot that learns every two weeks, informally too, but does not say whether lessons are written down
        // when it is assessed
        FactorResult learning = advisor.assess(pilot, Language.EN).factor("F9").orElseThrow();

        // then the factor is judged on what is known, with the one open question counted
        assertEquals(Status.ATTENTION, learning.status());
        assertEquals(1, learning.openQuestions());
        assertTrue(learning.findings().get(0).startsWith("What is known of the learning in the project shows no weakness"),
                learning.findings().toString());
    }

    @Test
    void theJsonCountsTheOpenQuestionsOfEveryFactor() {
        String json = advisor.assess(pilot).toJson();

        assertTrue(json.contains("\"id\": \"F9\""), json);
        String f9 = json.substring(json.indexOf("\"id\": \"F9\""));
        assertTrue(f9.substring(0, f9.indexOf('}')).contains("\"openQuestions\": 1"), f9);
        String f4 = json.substring(json.indexOf("\"id\": \"F4\""));
        assertTrue(f4.substring(0, f4.indexOf('}')).contains("\"openQuestions\": 0"), f4);
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"TEXT", "MARKDOWN", "HTML"})
    void aReportSaysHowManyQuestionsAreOpenPerFactor(ReportFormat format) {
        Assessment dutch = advisor.assess(pilot, Language.NL);
        Assessment english = advisor.assess(pilot, Language.EN);

        String nl = format.renderer().assessment(dutch);
        String en = format.renderer().assessment(english);

        assertTrue(nl.contains("1 open vraag"), nl);
        assertTrue(nl.contains("4 open vragen"), nl); // F3: the four questions about the domain questions
        assertTrue(en.contains("1 open question"), en);
        assertFalse(en.contains("open vra"), en);
    }
}
