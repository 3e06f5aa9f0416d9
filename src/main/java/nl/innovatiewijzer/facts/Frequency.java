package nl.innovatiewijzer.facts;

/** How often a learning activity happens; declared from once to weekly. */
public enum Frequency {
    ONCE, AD_HOC, QUARTERLY, MONTHLY, BIWEEKLY, WEEKLY;
}
