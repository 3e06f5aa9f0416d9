package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.DutyKind;
import nl.innovatiewijzer.KnowledgeBaseException;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.facts.AssessmentInfo;
import nl.innovatiewijzer.facts.WorkingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the knowledge base says of a duty (law or policy, its basis, from when) is written once and checked. */
class DutyDataTest {

    private static final String DUTY_RULE = """
            // Long cycles call for a review, for this test.
            rule "Long cycles call for a review"
                @obligation("review")
            when
                WorkingMethod( cycleLengthWeeks != null, cycleLengthWeeks > 12 )
            then
                advice.oblige(ObligationState.TODO);
            end
            """;

    private static final String REVIEW_TEXT = """
            obligations:
              review: {nl: Een review, en: A review}
            """;

    @TempDir
    Path dir;

    private RulesFolder rulesWithDuty(String duties) {
        return RulesFolder.in(dir).write("review.yaml", REVIEW_TEXT + duties).drl("review.drl", DUTY_RULE);
    }

    private static String duty(String kind, String appliesFrom, String basis) {
        return """
                duties:
                  review:
                    kind: %s
                    basis:
                %s
                    appliesFrom: %s
                    source: "a test"
                """.formatted(kind, basis, appliesFrom);
    }

    private static final String BOTH_LANGUAGES = "      nl: Artikel 1\n      en: Article 1";

    private List<String> problemsOf(RulesFolder rules) {
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));
        return e.problems().stream().map(Problem::toString).map(shown -> shown.replace(dir + "/", "")).toList();
    }

    private static ProjectFacts longCyclesOn(LocalDate day) {
        return ProjectFacts.builder("Review").workingMethod(new WorkingMethod(14, null, null, null, null))
                .assessment(new AssessmentInfo(day, null)).build();
    }

    @Test
    void aDutyCarriesItsKindBasisAndDateInTheReportsLanguage() {
        Advisor advisor = Advisor.fromDirectory(rulesWithDuty(duty("law", "2020-01-01", BOTH_LANGUAGES)).path());

        Obligation review = advisor.assess(longCyclesOn(LocalDate.of(2026, 12, 1)), Language.EN).obligation("review")
                .orElseThrow();

        assertEquals(DutyKind.LAW, review.kind());
        assertEquals("Article 1", review.basis());
        assertEquals(LocalDate.of(2020, 1, 1), review.appliesFrom());
        assertTrue(review.inForce());
    }

    @Test
    void aDutyThatAppliesOnlyAfterTheDayOfTheAssessmentIsListedButNotToDo() {
        Advisor advisor = Advisor.fromDirectory(rulesWithDuty(duty("policy", "2027-06-01", BOTH_LANGUAGES)).path());

        Assessment assessment = advisor.assess(longCyclesOn(LocalDate.of(2026, 12, 1)));

        Obligation review = assessment.obligation("review").orElseThrow();
        assertFalse(review.inForce());
        assertEquals(List.of(), assessment.dutiesToDo());
    }

    @Test
    void onTheDayItAppliesFromADutyIsInForce() {
        Advisor advisor = Advisor.fromDirectory(rulesWithDuty(duty("policy", "2027-06-01", BOTH_LANGUAGES)).path());

        Assessment assessment = advisor.assess(longCyclesOn(LocalDate.of(2027, 6, 1)));

        assertEquals(List.of("review"), assessment.dutiesToDo().stream().map(Obligation::id).toList());
    }

    @Test
    void anUnknownKindIsToldWithTheKindsThereAreAndTheOneMeant() {
        assertEquals(List.of("review.yaml:5:11: duties.review.kind: unknown kind \"lwa\"; a duty is law (a statutory "
                        + "duty) or policy (established government policy); did you mean law?"),
                problemsOf(rulesWithDuty(duty("lwa", "2020-01-01", BOTH_LANGUAGES))));
    }

    @Test
    void aDateThatIsNoDayOfTheCalendarIsTold() {
        assertEquals(List.of("review.yaml:9:18: duties.review.appliesFrom: \"2025-02-30\" is no day of the calendar; "
                        + "write a date that exists, as YYYY-MM-DD"),
                problemsOf(rulesWithDuty(duty("law", "2025-02-30", BOTH_LANGUAGES))));
    }

    @Test
    void aBasisWithoutItsEnglishIsTold() {
        assertEquals(List.of("review.yaml:7:7: duties.review.basis.en: required, but absent: add en: with the basis in "
                        + "English; every text is written in nl and en"),
                problemsOf(rulesWithDuty(duty("law", "2020-01-01", "      nl: Artikel 1"))));
    }

    @Test
    void theDataOfADutyThatIsNoObligationIsToldWithTheOneMeant() {
        String misspelled = duty("law", "2020-01-01", BOTH_LANGUAGES).replace("  review:", "  reveiw:");

        assertEquals(List.of("review.yaml:4:3: duties.reveiw: the duty reveiw is no obligation; the obligations are "
                        + "review (the obligations: in the texts); did you mean review?"),
                problemsOf(rulesWithDuty(misspelled)));
    }
}
