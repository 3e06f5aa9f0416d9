package nl.innovatiewijzer.scenario;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.innovatiewijzer.FiredRule;
import nl.innovatiewijzer.RuleInfo;

/**
 * Which rules of the knowledge base fired in one assessment and which did not, to say for a
 * difference which rule gave the outcome, or which rules could have given the one expected.
 */
final class RuleTrace {

    private final List<RuleInfo> rules;
    private final Set<String> fired = new LinkedHashSet<>();

    RuleTrace(List<RuleInfo> rules, List<FiredRule> firings) {
        this.rules = rules;
        for (FiredRule firing : firings) {
            fired.add(firing.rule());
        }
    }

    /**
     * The rules that {@code carries} picks, as {@code fired: "..." (file:line)} and
     * {@code did not fire: ...}; {@code none} when the knowledge base has no such rule.
     */
    String explain(Predicate<RuleInfo> carries, String none) {
        List<RuleInfo> candidates = rules.stream().filter(carries).toList();
        if (candidates.isEmpty()) {
            return none;
        }
        Map<Boolean, List<RuleInfo>> byFiring = candidates.stream()
                .collect(Collectors.partitioningBy(rule -> fired.contains(rule.name())));
        StringBuilder text = new StringBuilder();
        append(text, "fired: ", byFiring.get(true));
        append(text, "did not fire: ", byFiring.get(false));
        return text.toString();
    }

    /** True when the knowledge base has a rule that {@code carries} picks. */
    boolean exists(Predicate<RuleInfo> carries) {
        return rules.stream().anyMatch(carries);
    }

    /** Only the rules that {@code carries} picks and that fired, as {@code fired: "..." (file:line)}. */
    String firedOnly(Predicate<RuleInfo> carries) {
        List<RuleInfo> firedRules = rules.stream().filter(carries).filter(rule -> fired.contains(rule.name())).toList();
        StringBuilder text = new StringBuilder();
        append(text, "fired: ", firedRules);
        return text.toString();
    }

    private static void append(StringBuilder text, String label, List<RuleInfo> list) {
        if (list.isEmpty()) {
            return;
        }
        if (text.length() > 0) {
            text.append("; ");
        }
        text.append(label).append(list.stream().map(RuleTrace::describe).collect(Collectors.joining(", ")));
    }

    /** {@code "Rule name" (rules/file.drl:12)}: enough to open the rule. */
    static String describe(RuleInfo rule) {
        return "\"" + rule.name() + "\" (" + rule.file() + (rule.line() > 0 ? ":" + rule.line() : "") + ")";
    }

    static <T> Predicate<RuleInfo> has(Function<RuleInfo, T> metadata, T value) {
        return rule -> value.equals(metadata.apply(rule));
    }
}
