package nl.innovatiewijzer.rules;

import nl.innovatiewijzer.DutyKind;
import nl.innovatiewijzer.ObligationState;

/**
 * A duty the facts bring: {@code Duty( kind == DutyKind.LAW, state == ObligationState.TODO, inForce == true )}.
 *
 * @param obligation the obligation's id, such as {@code dpia}
 * @param state      done, to do, or not known
 * @param kind       law or policy; null when the knowledge base does not say
 * @param inForce    whether it applies on the day the assessment speaks for
 */
public record Duty(String obligation, ObligationState state, DutyKind kind, boolean inForce) implements Candidate {

    @Override
    public String id() {
        return obligation;
    }
}
