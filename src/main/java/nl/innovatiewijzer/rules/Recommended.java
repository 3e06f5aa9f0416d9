package nl.innovatiewijzer.rules;

import nl.innovatiewijzer.Priority;

/**
 * An action the advice recommends, at its highest priority: {@code Recommended( action == "F1-appoint-leader" )}.
 *
 * @param action   the action's id, as its rule's {@code @action} names it
 * @param factor   the factor it improves
 * @param priority the priority it is recommended with
 */
public record Recommended(String action, String factor, Priority priority) implements Candidate {

    @Override
    public String id() {
        return action;
    }
}
