package nl.innovatiewijzer.facts;

/**
 * A recurring or one-off learning moment.
 * A null component means the facts file does not say: unknown, never "no" or zero.
 */
public record LearningActivity(
        @Required ActivityType type,
        Frequency frequency,
        Boolean informal
) {
}
