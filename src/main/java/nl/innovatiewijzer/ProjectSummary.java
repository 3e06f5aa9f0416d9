package nl.innovatiewijzer;

import java.time.LocalDate;
import nl.innovatiewijzer.facts.Domain;
import nl.innovatiewijzer.facts.Phase;

/**
 * The project an assessment is about, and the date it speaks for.
 *
 * @param name         the project's name
 * @param municipality the municipality, or null when the facts do not say
 * @param domain       the project's domain, or null when the facts do not say
 * @param phase        where the project stands, or null when the facts do not say
 * @param assessedOn   the date the assessment speaks for: the facts' {@code assessment.date}, else the
 *                     day it was made; null only for a summary made without one
 * @param assessedBy   who filled in the facts, or null when the facts do not say
 */
public record ProjectSummary(String name, String municipality, Domain domain, Phase phase, LocalDate assessedOn,
                             String assessedBy) {

    /** A project known by its name and municipality only, with no date. */
    public ProjectSummary(String name, String municipality) {
        this(name, municipality, null, null, null, null);
    }
}
