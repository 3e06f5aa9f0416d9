package nl.innovatiewijzer.facts;

/** The highest sponsor of a project; declared from none to alderman. */
public enum Sponsor {
    NONE, MANAGER, DIRECTOR, ALDERMAN;
}
