package nl.innovatiewijzer.facts;

/** A three-step scale (motivation, trust, reporting burden); declared from low to high. */
public enum Level {
    LOW, MEDIUM, HIGH;
}
