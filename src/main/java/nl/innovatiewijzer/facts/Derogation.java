package nl.innovatiewijzer.facts;

/** The reason of article 6(3) of the AI Act why a use in an annex III area is not high-risk, or none. */
public enum Derogation {
    NONE, NARROW_PROCEDURAL_TASK, IMPROVES_HUMAN_ACTIVITY, DETECTS_PATTERNS_WITH_HUMAN_REVIEW, PREPARATORY_TASK;
}
