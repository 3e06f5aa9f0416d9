package nl.innovatiewijzer.facts;

/**
 * What a project is and where it stands (section {@code project}).
 * A null component means the facts file does not say: unknown, never "no" or zero.
 */
public record Project(
        @Required @MaxLength(200) String name,
        String municipality,
        Domain domain,
        Phase phase,
        Boolean dataDriven,
        Boolean processesPersonalData,
        @MaxLength(5000) String description
) {
}
