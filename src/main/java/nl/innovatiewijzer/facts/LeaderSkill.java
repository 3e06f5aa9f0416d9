package nl.innovatiewijzer.facts;

/** A skill the project leader brings. */
public enum LeaderSkill {
    STAKEHOLDER_MANAGEMENT, CHANGE_MANAGEMENT, DATA_LITERACY, AGILE_METHODS, POLITICAL_SENSITIVITY, COMMUNICATION, PROJECT_MANAGEMENT;
}
