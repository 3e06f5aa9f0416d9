package nl.innovatiewijzer.facts;

/** How often the whole team works together; declared from often to rarely. */
public enum MeetingFrequency {
    WEEKLY, BIWEEKLY, MONTHLY, RARELY;
}
