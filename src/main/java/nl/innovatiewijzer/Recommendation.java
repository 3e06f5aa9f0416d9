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
 * @param because  why, in plain words with the actual fact values
 * @param rule     the name of the rule that recommended it
 * @param ruleFile the file that rule lives in, as an adviser would open it
 */
public record Recommendation(String id, String factor, Priority priority, String title, String action,
                             List<String> because, String rule, String ruleFile) {

    public Recommendation {
        because = List.copyOf(because);
    }
}
