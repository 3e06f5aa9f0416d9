package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.ProjectFacts;
import org.junit.jupiter.api.Test;

/** The trials of a project are remembered for the same facts on the same day, for the projects assessed lately. */
class TrialMemoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    private static final Map<String, AnswerTrials.Reach> LEADER = Map.of("projectLeader.assigned",
            new AnswerTrials.Reach(List.of("F1"), List.of(), true));

    @Test
    void theSameFactsOnTheSameDayAreRecalled() {
        TrialMemory memory = new TrialMemory();
        memory.remember(ProjectFacts.builder("P").build(), DAY, LEADER);

        assertEquals(LEADER, memory.recall(ProjectFacts.builder("P").build(), DAY));
    }

    @Test
    void otherFactsOrAnotherDayAreTriedAgain() {
        TrialMemory memory = new TrialMemory();
        memory.remember(ProjectFacts.builder("P").build(), DAY, LEADER);

        assertNull(memory.recall(ProjectFacts.builder("Q").build(), DAY));
        assertNull(memory.recall(ProjectFacts.builder("P").build(), DAY.plusDays(1)), "a duty may come into force");
    }

    @Test
    void onlyTheProjectsAssessedLatelyAreRemembered() {
        TrialMemory memory = new TrialMemory();
        for (int i = 0; i <= TrialMemory.PROJECTS; i++) {
            memory.remember(ProjectFacts.builder("P" + i).build(), DAY, LEADER);
        }

        assertNull(memory.recall(ProjectFacts.builder("P0").build(), DAY));
        assertEquals(LEADER, memory.recall(ProjectFacts.builder("P" + TrialMemory.PROJECTS).build(), DAY));
    }
}
