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
    /** Per rule whose conditions could be read, the facts it tests. */
    private final Map<String, Set<String>> byRule;

    private LeverRelevance(List<Lever> levers, Map<String, Set<String>> tested, Map<String, Set<String>> byRule) {
        this.levers = levers;
        this.byRule = byRule;
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
        Map<String, Set<String>> byRule = new HashMap<>();
        for (RuleInfo rule : knowledge.allRules()) {
            String target = rule.status() != null ? rule.factor() : rule.state() != null ? rule.obligation() : null;
            RuleConditions read = conditions.get(rule.name());
            if (target == null || read == null) {
                continue;
            }
            Set<String> paths = new LinkedHashSet<>();
            for (RuleConditions.Way way : read.ways()) {
                for (RuleConditions.Test test : way.tests()) {
                    int item = test.target().indexOf('#');
                    paths.add((item < 0 ? test.target() : test.target().substring(0, item)) + "." + test.field());
                }
            }
            byRule.put(rule.name(), paths);
            tested.computeIfAbsent(target, k -> new LinkedHashSet<>()).addAll(paths);
        }
        return new LeverRelevance(levers, tested, byRule);
    }

    /** The levers that can matter to the target, in the order of the files. */
    List<Lever> levers(String target) {
        List<Lever> relevant = byTarget.get(target);
        return relevant != null ? relevant : levers.stream().filter(lever -> lever.id().startsWith(target + "-")).toList();
    }

    /**
     * False when no lever of the set changes a fact that the rule tests, so that the rule, which
     * fires now, fires again on the changed facts; true as well for a rule whose conditions
     * could not be read.
     */
    boolean canStop(String rule, List<Lever> set) {
        Set<String> paths = byRule.get(rule);
        return paths == null || set.stream().anyMatch(lever -> paths.stream().anyMatch(path -> touches(lever, path)));
    }

    /** True when the lever changes the tested fact, or the list or item it belongs to. */
    private static boolean touches(Lever lever, String tested) {
        String path = lever.field().path();
        return tested.equals(path) || tested.startsWith(path + ".") || path.startsWith(tested + ".");
    }
}
