package nl.innovatiewijzer.facts;

/**
 * An organisation outside the project's own department.
 * A null component means the facts file does not say: unknown, never "no" or zero.
 */
public record Partner(
        @Required PartnerType type,
        String name,
        String contribution
) {
}
