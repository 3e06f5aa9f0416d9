package nl.innovatiewijzer.facts;

/** Where a project stands, from first idea to scaling; declared in order. */
public enum Phase {
    IDEA, EXPERIMENT, PILOT, IMPLEMENTATION, SCALING;
}
