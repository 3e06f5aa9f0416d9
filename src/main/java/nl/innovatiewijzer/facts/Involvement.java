package nl.innovatiewijzer.facts;

/** The deepest form in which end users take part; declared from none to co-creation. */
public enum Involvement {
    NONE, INFORMED, CONSULTED, TESTING, CO_CREATION;
}
