package nl.innovatiewijzer;

import java.util.List;

/**
 * A legal or policy duty the facts trigger, apart from the success factors.
 *
 * @param id      {@code dpia}, {@code iama}, {@code algorithmRegister}, or one the knowledge base adds
 * @param title   the duty's name in the assessment's language
 * @param state   whether it is met
 * @param because  why it applies, in sentences of the assessment's language
 * @param evidence the facts behind {@code because}, with their values, for programs
 */
public record Obligation(String id, String title, ObligationState state, List<String> because,
                         List<Evidence> evidence) {

    public Obligation {
        because = List.copyOf(because);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** An obligation without its facts as evidence. */
    public Obligation(String id, String title, ObligationState state, List<String> because) {
        this(id, title, state, because, List.of());
    }
}
