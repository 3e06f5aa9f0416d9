package nl.innovatiewijzer.facts;

import java.util.List;

/**
 * The person who leads the project (section {@code projectLeader}, factor F1).
 * A null component means the facts file does not say: unknown, never "no" or zero.
 */
public record ProjectLeader(
        Boolean assigned,
        @Bounds(min = 0, max = 100) Integer innovationProjectsLed,
        List<LeaderSkill> skills,
        @Bounds(min = 0, max = 80) Integer hoursPerWeek,
        Boolean mandateToDecide
) {

    /** Keeps lists immutable; a null list stays unknown. */
    public ProjectLeader {
        skills = skills == null ? null : List.copyOf(skills);
    }
}
