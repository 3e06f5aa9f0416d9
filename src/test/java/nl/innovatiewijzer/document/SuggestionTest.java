package nl.innovatiewijzer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionTest {

    private static final List<String> FIELDS = List.of("cycleLengthWeeks", "plannedSteps", "stepsHaveGoals",
            "evaluateEachStep", "goNoGoMoments");

    @Test
    void aFieldWithTwoLettersSwappedIsSuggested() {
        assertEquals("; did you mean cycleLengthWeeks?", Suggestion.didYouMean("cycleLenghtWeeks", FIELDS));
    }

    @Test
    void anEnumConstantWithOneLetterTooManyIsSuggested() {
        assertEquals(Optional.of("SCALING"),
                Suggestion.closest("SCALLING", List.of("IDEA", "EXPERIMENT", "PILOT", "IMPLEMENTATION", "SCALING")));
    }

    @Test
    void aNameThatDiffersOnlyInCapitalsIsSuggested() {
        assertEquals(Optional.of("plannedSteps"), Suggestion.closest("plannedsteps", FIELDS));
    }

    @Test
    void aNameFarFromEveryAllowedOneGetsNoGuess() {
        assertEquals(Optional.empty(), Suggestion.closest("budget", FIELDS));
        assertEquals("", Suggestion.didYouMean("budget", FIELDS));
    }

    @Test
    void aShortNameIsOnlySuggestedForOneLetterOff() {
        assertEquals(Optional.of("F1"), Suggestion.closest("F10", List.of("F1", "F2")));
        assertEquals(Optional.empty(), Suggestion.closest("X9", List.of("F1", "F2")));
    }
}
