package nl.innovatiewijzer.facts;

/**
 * The room and trust the team gets (section {@code mandate}, factor F2).
 * A null component means the facts file does not say: unknown, never "no" or zero.
 */
public record Mandate(
        Sponsor sponsor,
        Level trust,
        Boolean failureAccepted,
        Level reportingBurden
) {
}
