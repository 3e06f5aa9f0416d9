package nl.innovatiewijzer;

/**
 * The project an assessment is about.
 *
 * @param name         the project's name
 * @param municipality the municipality, or null when the facts do not say
 */
public record ProjectSummary(String name, String municipality) {
}
