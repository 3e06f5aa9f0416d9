package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.innovatiewijzer.RuleInfo;

/**
 * Which levers can matter to a factor or a duty: those on a fact that the rules rating the factor
 * (or deciding the duty) test, and those whose id starts with the target's id. Read once from the
 * rules' conditions, so that a search tries a handful of levers per target, not all of them. For
 * a target that no rule with readable conditions judges, only the levers named after it are tried.
 */
final class LeverRelevance {

    private final List<Lever> levers;
    private final Map<String, List<Lever>> byTarget = new HashMap<>();

    private LeverRelevance(List<Lever> levers, Map<String, Set<String>> tested) {
        this.levers = levers;
        tested.forEach((target, paths) -> {
            List<Lever> relevant = new ArrayList<>();
            for (Lever lever : levers) {
                if (lever.id().startsWith(target + "-") || paths.stream().anyMatch(path -> touches(lever, path))) {
                    relevant.add(lever);
                }
            }
            byTarget.put(target, List.copyOf(relevant));
        });
    }

    /** The relevance of {@code levers} to the targets of the rules in {@code files}. */
    static LeverRelevance of(List<Lever> levers, CompiledKnowledge knowledge, List<SourceFile> files) {
        Map<String, RuleConditions> conditions = RuleConditions.of(files, knowledge.texts().limits());
        Map<String, Set<String>> tested = new HashMap<>();
        for (RuleInfo rule : knowledge.allRules()) {
            String target = rule.status() != null ? rule.factor() : rule.state() != null ? rule.obligation() : null;
            RuleConditions read = conditions.get(rule.name());
            if (target == null || read == null) {
                continue;
            }
            Set<String> paths = tested.computeIfAbsent(target, k -> new LinkedHashSet<>());
            for (RuleConditions.Way way : read.ways()) {
                for (RuleConditions.Test test : way.tests()) {
                    int item = test.target().indexOf('#');
                    paths.add((item < 0 ? test.target() : test.target().substring(0, item)) + "." + test.field());
                }
            }
        }
        return new LeverRelevance(levers, tested);
    }

    /** The levers that can matter to the target, in the order of the files. */
    List<Lever> levers(String target) {
        List<Lever> relevant = byTarget.get(target);
        return relevant != null ? relevant : levers.stream().filter(lever -> lever.id().startsWith(target + "-")).toList();
    }

    /** True when the lever changes the tested fact, or the list or item it belongs to. */
    private static boolean touches(Lever lever, String tested) {
        String path = lever.field().path();
        return tested.equals(path) || tested.startsWith(path + ".") || path.startsWith(tested + ".");
    }
}
