package nl.innovatiewijzer.facts;

/**
 * One person in the team, by discipline.
 * A null component means the facts file does not say: unknown, never "no" or zero.
 */
public record TeamMember(
        @Required Role role,
        String name,
        @Bounds(min = 0, max = 80) Integer hoursPerWeek
) {
}
