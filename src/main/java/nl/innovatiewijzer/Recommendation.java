package nl.innovatiewijzer;

import java.util.List;

/**
 * A concrete action the project can take next, with the facts that called for it.
 *
 * @param id       stable across runs and releases of the same rule, e.g. {@code F5-add-privacy-officer}
 * @param factor   the factor it strengthens, F1 .. F9
 * @param priority how urgent it is
 * @param title    a short name for the action
 * @param action   what to do, in a sentence or two
 * @param because  why, in sentences of the assessment's language, without field paths or code values
 * @param rule     the name of the rule that recommended it
 * @param ruleFile the file that rule lives in, as an adviser would open it
 * @param evidence the facts behind {@code because}, with their values, for programs
 */
public record Recommendation(String id, String factor, Priority priority, String title, String action,
                             List<String> because, String rule, String ruleFile, List<Evidence> evidence) {

    public Recommendation {
        because = List.copyOf(because);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A recommendation without its facts as evidence. */
    public Recommendation(String id, String factor, Priority priority, String title, String action,
                          List<String> because, String rule, String ruleFile) {
        this(id, factor, priority, title, action, because, rule, ruleFile, List.of());
    }
}
