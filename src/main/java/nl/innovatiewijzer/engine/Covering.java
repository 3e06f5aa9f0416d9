package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.document.Suggestion;

/**
 * Which action covers which, as the {@code covers:} of an action in the texts says: when an
 * action and one it covers are both recommended, the report lists only the covering one, with the
 * reasons of both. Covering is transitive: what a covered action covers is covered too.
 */
final class Covering {

    /** An id as a texts file writes it, with where. */
    record Written(String id, String file, int line, int column) {
    }

    /** Per covering action, the actions it names under {@code covers:}, in the order written. */
    private final Map<String, List<Written>> covers;
    /**
     * Per action, the actions that cover it directly or through others, in the order their
     * {@code covers:} are written: made once, as every assessment asks it for every action.
     */
    private final Map<String, List<String>> coveredBy = new LinkedHashMap<>();

    Covering(Map<String, List<Written>> covers) {
        this.covers = new LinkedHashMap<>(covers);
        for (String candidate : this.covers.keySet()) {
            for (String reached : reaches(candidate)) {
                if (!reached.equals(candidate)) {
                    coveredBy.computeIfAbsent(reached, k -> new ArrayList<>(2)).add(candidate);
                }
            }
        }
    }

    /** Per covering action, the actions it names, as written: for the stored form. */
    Map<String, List<Written>> covers() {
        return Collections.unmodifiableMap(covers);
    }

    /** The actions {@code action} names under {@code covers:}, as written. */
    List<String> covered(String action) {
        return covers.getOrDefault(action, List.of()).stream().map(Written::id).toList();
    }

    /**
     * The action under which {@code action} is listed when {@code recommended} are the actions
     * recommended: the recommended action that covers it, directly or through others, and is not
     * covered itself; the first written when there are several; {@code action} itself when none
     * covers it.
     */
    String listedUnder(String action, Collection<String> recommended) {
        return listedUnder(action, recommended, new LinkedHashSet<>());
    }

    /** As above; {@code seen} keeps a circle, which {@link #check} refuses, from going round for ever. */
    private String listedUnder(String action, Collection<String> recommended, Set<String> seen) {
        List<String> coverers = coveredBy.get(action);
        if (coverers == null || !seen.add(action)) {
            return action;
        }
        try {
            for (String candidate : coverers) {
                if (recommended.contains(candidate) && listedUnder(candidate, recommended, seen).equals(candidate)) {
                    return candidate;
                }
            }
            return action;
        } finally {
            seen.remove(action);
        }
    }

    /** Every action {@code action} covers, directly or through the actions it covers. */
    private Set<String> reaches(String action) {
        Set<String> reached = new LinkedHashSet<>();
        List<String> next = new ArrayList<>(covered(action));
        while (!next.isEmpty()) {
            String id = next.remove(next.size() - 1);
            if (reached.add(id)) {
                next.addAll(covered(id));
            }
        }
        return reached;
    }

    /**
     * The problems of the {@code covers:} lists: an id that is no action, an action that covers
     * itself, and actions that cover each other round in a circle.
     */
    void check(Set<String> actions, List<Problem> problems) {
        for (Map.Entry<String, List<Written>> entry : covers.entrySet()) {
            String action = entry.getKey();
            for (Written covered : entry.getValue()) {
                String at = "actions." + action + ".covers";
                if (covered.id().equals(action)) {
                    problems.add(new Problem(covered.file(), covered.line(), covered.column(), at, "\"" + action
                            + "\" covers itself; an action covers other actions: remove it from its own covers"));
                } else if (!actions.contains(covered.id())) {
                    problems.add(new Problem(covered.file(), covered.line(), covered.column(), at, "\"" + covered.id()
                            + "\" is no action; covers lists the ids of actions written under actions:"
                            + Suggestion.didYouMean(covered.id(), actions)));
                } else if (!covered.id().equals(action) && reaches(covered.id()).contains(action)) {
                    problems.add(new Problem(covered.file(), covered.line(), covered.column(), at, "\"" + action
                            + "\" covers \"" + covered.id() + "\", which covers \"" + action + "\" in turn, directly or through other actions; covering "
                            + "goes one way, from the more specific action to the general one: remove one of the two"));
                }
            }
        }
    }
}
