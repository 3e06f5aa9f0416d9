package nl.innovatiewijzer;

import java.util.Locale;

/** What a next step is: an action to take, a duty to fulfil, or a question to answer. */
public enum StepKind {
    /** A recommendation of the assessment; the step's id is the recommendation's id. */
    RECOMMENDATION,
    /** An obligation of the assessment; the step's id is the obligation's id. */
    OBLIGATION,
    /** A missing fact; the step's id is the fact's field. */
    QUESTION;

    /** The name the assessment contract gives it: {@code recommendation}, {@code obligation}, {@code question}. */
    public String contractName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
