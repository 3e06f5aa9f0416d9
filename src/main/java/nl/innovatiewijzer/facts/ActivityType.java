package nl.innovatiewijzer.facts;

/** The kind of a learning activity. */
public enum ActivityType {
    RETROSPECTIVE, INTERVISION, DEMO, KNOWLEDGE_SESSION, EVALUATION, COMMUNITY_OF_PRACTICE, OTHER;
}
