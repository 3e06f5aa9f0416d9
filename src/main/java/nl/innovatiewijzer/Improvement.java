package nl.innovatiewijzer;

import java.util.List;

/**
 * What would make one factor strong or one duty done: up to three different smallest sets of
 * changes, fewest changes and least effort first. No paths means: none of at most three changes.
 *
 * @param target the factor (F1 .. F9) or the obligation's id
 * @param from   the status or state now, e.g. {@code ATTENTION} or {@code TODO}
 * @param to     what the paths make it: {@code STRONG} for a factor, {@code DONE} for a duty
 * @param paths  at most three paths; empty when no path of at most three changes exists
 */
public record Improvement(String target, String from, String to, List<ImprovementPath> paths) {

    /** The most changes a path has. */
    public static final int MOST_CHANGES = 3;
    /** The most paths an improvement lists. */
    public static final int MOST_PATHS = 3;

    public Improvement {
        paths = List.copyOf(paths);
    }

    /** True for a duty, false for a factor. */
    public boolean duty() {
        return to.equals(ObligationState.DONE.name());
    }
}
