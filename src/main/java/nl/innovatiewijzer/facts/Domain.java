package nl.innovatiewijzer.facts;

/** The municipal domain a project belongs to. */
public enum Domain {
    PHYSICAL, SOCIAL, SAFETY, OPERATIONS;
}
