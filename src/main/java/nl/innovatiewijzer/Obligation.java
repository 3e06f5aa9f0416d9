package nl.innovatiewijzer;

import java.time.LocalDate;
import java.util.List;

/**
 * A legal or policy duty the facts trigger, apart from the success factors.
 *
 * @param id      {@code dpia}, {@code iama}, {@code algorithmRegister}, or one the knowledge base adds
 * @param title   the duty's name in the assessment's language
 * @param state   whether it is met
 * @param because  why it applies, in sentences of the assessment's language
 * @param evidence the facts behind {@code because}, with their values, for programs
 * @param kind        whether the duty rests on the law or on policy; null when the knowledge base does not say
 * @param basis       the article or policy it rests on, in words of the assessment's language; null when not known
 * @param appliesFrom the day from which it applies; null when the knowledge base gives no date
 * @param inForce     whether it applies on the day the assessment speaks for
 */
public record Obligation(String id, String title, ObligationState state, List<String> because,
                         List<Evidence> evidence, DutyKind kind, String basis, LocalDate appliesFrom,
                         boolean inForce) {

    public Obligation {
        because = List.copyOf(because);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** An obligation in force, without its kind, basis and date. */
    public Obligation(String id, String title, ObligationState state, List<String> because,
                      List<Evidence> evidence) {
        this(id, title, state, because, evidence, null, null, null, true);
    }

    /** Whether the project still has to fulfil it: in force, and not done. */
    public boolean toDo() {
        return inForce && state == ObligationState.TODO;
    }

    /** An obligation without its facts as evidence. */
    public Obligation(String id, String title, ObligationState state, List<String> because) {
        this(id, title, state, because, List.of());
    }
}
