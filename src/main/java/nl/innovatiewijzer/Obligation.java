package nl.innovatiewijzer;

import java.util.List;

/**
 * A legal or policy duty the facts trigger, apart from the success factors.
 *
 * @param id      {@code dpia}, {@code iama}, {@code algorithmRegister}, or one the knowledge base adds
 * @param title   the duty's name in the assessment's language
 * @param state   whether it is met
 * @param because why it applies, with the actual fact values
 */
public record Obligation(String id, String title, ObligationState state, List<String> because) {

    public Obligation {
        because = List.copyOf(because);
    }
}
