package nl.innovatiewijzer.report;

import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Recommendation;

/**
 * The recommendations of one priority, as every report lists them: HIGH first, numbered on
 * from the groups before, so that "recommendation 3" means the same in every format.
 *
 * @param priority        the priority of the group
 * @param first           the number of the group's first recommendation
 * @param recommendations the group's recommendations, in the assessment's order
 */
record PriorityGroup(Priority priority, int first, List<Recommendation> recommendations) {

    /** The groups that have recommendations, from HIGH to LOW. */
    static List<PriorityGroup> of(List<Recommendation> recommendations) {
        List<PriorityGroup> groups = new ArrayList<>();
        int next = 1;
        for (Priority priority : Priority.values()) {
            List<Recommendation> group = recommendations.stream().filter(r -> r.priority() == priority).toList();
            if (!group.isEmpty()) {
                groups.add(new PriorityGroup(priority, next, group));
                next += group.size();
            }
        }
        return groups;
    }
}
