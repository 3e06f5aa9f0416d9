package nl.innovatiewijzer.facts;

/** One of the nine high-risk criteria for processing personal data. */
public enum DpiaCriterion {
    EVALUATION_OR_SCORING, AUTOMATED_DECISIONS, SYSTEMATIC_MONITORING, SENSITIVE_DATA, LARGE_SCALE, MATCHING_DATASETS, VULNERABLE_PERSONS, INNOVATIVE_TECHNOLOGY, PREVENTS_EXERCISE_OF_RIGHTS;
}
