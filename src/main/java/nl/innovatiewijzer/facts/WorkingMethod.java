package nl.innovatiewijzer.facts;

/**
 * How the work is cut into cycles and steps (section {@code workingMethod}, factor F4).
 * A null component means the facts file does not say: unknown, never "no" or zero.
 */
public record WorkingMethod(
        @Bounds(min = 1, max = 104) Integer cycleLengthWeeks,
        @Bounds(min = 0, max = 1000) Integer plannedSteps,
        Boolean stepsHaveGoals,
        Boolean evaluateEachStep,
        Boolean goNoGoMoments
) {
}
