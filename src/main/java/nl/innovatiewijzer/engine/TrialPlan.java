package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.innovatiewijzer.RuleInfo;

/**
 * The projects the knowledge check runs the rules on after the examples, in a fixed order: first
 * projects made from the rules' conditions where a mistake would show: each rule that asks for a
 * fact, recommends an action at HIGH or rates a factor RISK, alone; each two rules that decide one
 * duty differently; each strong rule with each other rule of its factor that rates it weak or
 * recommends an action for it at HIGH; and last the generated projects.
 */
final class TrialPlan {

    /**
     * Projects to run in turn until one makes all the rules named fire, the first that does being
     * the one that shows what they do together; a project with no rules named is run on its own.
     */
    record Trial(List<TrialProject> projects, List<String> rules) {
    }

    private static final Pattern OBLIGATION_STATE = Pattern.compile("ObligationState\\.(\\w+)");

    /** How many projects to try for one set of conditions: the ways an or gives, a few of them. */
    private static final int WAYS_TRIED = 3;

    private TrialPlan() {
    }

    /** The projects after the examples: those made from the conditions, then the generated ones. */
    static List<Trial> of(Collection<RuleInfo> known, Map<String, RuleConditions> conditions, Witnesses witnesses,
                          List<ProjectDraft> generated) {
        List<Trial> trials = new ArrayList<>();
        List<RuleInfo> rules = new ArrayList<>(known);
        rules.removeIf(rule -> !conditions.containsKey(rule.name()));
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        for (RuleInfo rule : rules) {
            RuleConditions alone = conditions.get(rule.name());
            if (rule.missing() != null || rule.action() != null && says(alone, "Priority.HIGH")
                    || rule.finding() != null && says(alone, "Status.RISK")) {
                trials.add(together(witnesses, alone));
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            RuleInfo duty = rules.get(i);
            for (RuleInfo other : rules.subList(i + 1, rules.size())) {
                RuleConditions a = conditions.get(duty.name());
                RuleConditions b = conditions.get(other.name());
                if (duty.obligation() != null && duty.missing() == null && other.missing() == null
                        && duty.obligation().equals(other.obligation()) && !state(a).equals(state(b))) {
                    trials.add(together(witnesses, a, b));
                }
            }
        }
        for (RuleInfo strong : rules) {
            RuleConditions strongConditions = conditions.get(strong.name());
            if (strong.finding() == null || strong.factor() == null || !says(strongConditions, "Status.STRONG")) {
                continue;
            }
            for (RuleInfo other : rules) {
                RuleConditions otherConditions = conditions.get(other.name());
                if (other == strong || !strong.factor().equals(other.factor())) {
                    continue;
                }
                boolean weak = other.finding() != null
                        && (says(otherConditions, "Status.RISK") || says(otherConditions, "Status.ATTENTION"));
                boolean urgent = other.action() != null && says(otherConditions, "Priority.HIGH");
                if (weak || urgent) {
                    trials.add(together(witnesses, strongConditions, otherConditions));
                }
            }
        }
        for (ProjectDraft project : generated) {
            TrialProject made = TrialProject.made(project);
            if (made != null) {
                trials.add(new Trial(List.of(made), List.of()));
            }
        }
        return trials;
    }

    private static Trial together(Witnesses witnesses, RuleConditions... rules) {
        List<TrialProject> projects = new ArrayList<>();
        for (ProjectDraft draft : witnesses.of(List.of(rules), WAYS_TRIED)) {
            TrialProject made = TrialProject.made(draft);
            if (made != null) {
                projects.add(made);
            }
        }
        List<String> names = new ArrayList<>();
        for (RuleConditions rule : rules) {
            names.add(rule.rule());
        }
        return new Trial(projects, names);
    }

    /** The state a duty rule decides, as its consequence names it. */
    private static String state(RuleConditions rule) {
        Matcher state = OBLIGATION_STATE.matcher(rule.consequence());
        return state.find() ? state.group(1) : "";
    }

    private static boolean says(RuleConditions rule, String word) {
        return rule.consequence().contains(word);
    }
}
