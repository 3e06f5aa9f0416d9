package nl.innovatiewijzer.facts;

/** The kind of algorithm the result of a project uses. */
public enum AlgorithmType {
    NONE, RULE_BASED, SELF_LEARNING, HYBRID;
}
