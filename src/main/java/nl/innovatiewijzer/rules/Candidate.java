package nl.innovatiewijzer.rules;

/**
 * What the plan rules see after the advice rules have fired, and what they can propose as a next
 * step: an action the advice recommends ({@link Recommended}), a duty the facts bring
 * ({@link Duty}), or a question still open ({@link Question}). A plan rule matches one and calls
 * {@code advice.step($candidate, order)}.
 */
public sealed interface Candidate permits Recommended, Duty, Question {

    /** The id the next step gets: the action's id, the obligation's id, or the question's field. */
    String id();
}
