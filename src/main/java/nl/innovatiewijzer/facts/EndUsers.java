package nl.innovatiewijzer.facts;

/**
 * How the people who will use the result take part (section {@code endUsers}, factor F8).
 * A null component means the facts file does not say: unknown, never "no" or zero.
 */
public record EndUsers(
        Boolean identified,
        Involvement involvement,
        Phase involvedSincePhase,
        Boolean feedbackEveryCycle
) {
}
