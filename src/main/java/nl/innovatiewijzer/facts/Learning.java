package nl.innovatiewijzer.facts;

import java.util.List;

/**
 * How the project learns (section {@code learning}, factor F9).
 * A null component means the facts file does not say: unknown, never "no" or zero.
 */
public record Learning(
        List<LearningActivity> activities,
        Boolean lessonsDocumented,
        Boolean lessonsShared
) {

    /** Keeps lists immutable; a null list stays unknown. */
    public Learning {
        activities = activities == null ? null : List.copyOf(activities);
    }
}
