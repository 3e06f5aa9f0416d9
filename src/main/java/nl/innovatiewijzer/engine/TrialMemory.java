package nl.innovatiewijzer.engine;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.innovatiewijzer.ProjectFacts;

/**
 * What the answers to a project's open questions can change, remembered for the projects
 * assessed most recently, so that a project assessed again with the same facts on the same day
 * (a report after its JSON, a page shown again, a portfolio read again) does not try every answer
 * again. One per compiled knowledge base: changed rules start with an empty memory. Safe to share
 * between threads; two threads that miss at once both try, and the answers agree.
 */
final class TrialMemory {

    /** Enough for a portfolio of a thousand projects read again; a project's entry is a few kilobytes. */
    static final int PROJECTS = 1024;

    private record Key(ProjectFacts facts, LocalDate day) {
    }

    private final Map<Key, Map<String, AnswerTrials.Reach>> remembered = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Map<String, AnswerTrials.Reach>> eldest) {
            return size() > PROJECTS;
        }
    };

    /**
     * The project remembered last, not yet in the map: a run that assesses one project (a cold
     * command line) never hashes its facts, which takes the records' hash methods being linked.
     */
    private Key latest;
    private Map<String, AnswerTrials.Reach> latestReach;

    /** What the trials found for these facts on this day, or null when they were not tried lately. */
    synchronized Map<String, AnswerTrials.Reach> recall(ProjectFacts facts, LocalDate day) {
        if (latest != null && latest.facts() == facts && latest.day().equals(day)) {
            return latestReach;
        }
        settle();
        return remembered.isEmpty() ? null : remembered.get(new Key(facts, day));
    }

    synchronized void remember(ProjectFacts facts, LocalDate day, Map<String, AnswerTrials.Reach> reach) {
        settle();
        latest = new Key(facts, day);
        latestReach = Map.copyOf(reach);
    }

    /** Puts the project remembered last in the map, as the most recent. */
    private void settle() {
        if (latest != null) {
            remembered.put(latest, latestReach);
            latest = null;
            latestReach = null;
        }
    }
}
