package nl.innovatiewijzer.facts;

/** An area of annex III of the AI Act in which the use of an AI system is high-risk. */
public enum AnnexIIIArea {
    BIOMETRICS, CRITICAL_INFRASTRUCTURE, EDUCATION, EMPLOYMENT, PUBLIC_SERVICES_AND_BENEFITS, CREDITWORTHINESS,
    EMERGENCY_SERVICES, LAW_ENFORCEMENT, MIGRATION, JUSTICE_AND_DEMOCRACY;
}
