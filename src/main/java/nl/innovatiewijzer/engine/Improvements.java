package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.FactChange;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.FiredRule;
import nl.innovatiewijzer.Improvement;
import nl.innovatiewijzer.ImprovementPath;
import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.SideEffect;
import nl.innovatiewijzer.Status;

/**
 * The improvement paths of one project: for each factor that is not strong and each duty to do,
 * the smallest sets of levers that make it strong (or done) when the rules run on the changed
 * facts. Sets of one lever are tried first, then two, then three, each in the order of least
 * effort and then of the levers in the files; a set that holds a path already found is not tried.
 * Only the levers on facts the target's rules test are tried, only sets that change a fact of
 * every rule that keeps the target weak now, and every set is run once for all targets.
 */
final class Improvements {

    private final CompiledKnowledge knowledge;
    private final LeverRelevance relevance;
    private final ProjectDraft draft;
    private final Assessment base;
    private final Outcome before;
    private final Language language;
    /** What the rules say of each set of levers tried, by the ids of its levers in order. */
    private final Map<List<String>, Outcome> tried = new HashMap<>();

    private Improvements(CompiledKnowledge knowledge, LeverRelevance relevance, ProjectFacts facts, Assessment base) {
        this.knowledge = knowledge;
        this.relevance = relevance;
        this.draft = ProjectDraft.of(facts);
        this.base = base;
        this.before = Outcome.of(base);
        this.language = base.language();
    }

    /** The improvements of the project assessed as {@code base}: factors in order, then duties to do in order. */
    static List<Improvement> of(CompiledKnowledge knowledge, LeverRelevance relevance, ProjectFacts facts, Assessment base) {
        return new Improvements(knowledge, relevance, facts, base).all();
    }

    private List<Improvement> all() {
        List<Improvement> improvements = new ArrayList<>();
        for (FactorResult factor : base.factors()) {
            if (factor.status() != Status.STRONG) {
                improvements.add(new Improvement(factor.id(), factor.status().name(), Status.STRONG.name(),
                        paths(factor.id())));
            }
        }
        for (Obligation duty : base.dutiesToDo()) {
            improvements.add(new Improvement(duty.id(), duty.state().name(), ObligationState.DONE.name(), paths(duty.id())));
        }
        return improvements;
    }

    /** Up to three paths for one target. */
    private List<ImprovementPath> paths(String target) {
        List<Lever> levers = new ArrayList<>();
        for (Lever lever : relevance.levers(target)) {
            if (lever.pull(draft) != null) {
                levers.add(lever);
            }
        }
        List<String> blocking = blocking(target);
        List<List<Lever>> found = new ArrayList<>();
        for (int size = 1; size <= Improvement.MOST_CHANGES && found.size() < Improvement.MOST_PATHS; size++) {
            List<List<Lever>> sets = new ArrayList<>();
            sets(levers, size, 0, new ArrayList<>(), found, sets);
            // a rule that keeps the target weak now keeps it weak unless a lever changes a fact it tests
            sets.removeIf(set -> blocking.stream().anyMatch(rule -> !relevance.canStop(rule, set)));
            sets.sort(Comparator.comparingInt(Improvements::effort)); // stable: the order of the files within an effort
            for (List<Lever> set : sets) {
                if (found.size() == Improvement.MOST_PATHS) {
                    break;
                }
                Outcome after = outcome(set);
                if (after != null && after.reaches(target)) {
                    found.add(set);
                }
            }
        }
        List<ImprovementPath> paths = new ArrayList<>(found.size());
        for (List<Lever> set : found) {
            paths.add(new ImprovementPath(changes(set), sideEffects(outcome(set))));
        }
        return paths;
    }

    /** The rules that fired on the project as it is and keep the target from strong (or done). */
    private List<String> blocking(String target) {
        List<String> rules = new ArrayList<>();
        for (FiredRule fired : base.firedRules()) {
            RuleInfo rule = knowledge.rule(fired.rule());
            boolean weak = target.equals(rule.factor()) && rule.status() != null && rule.status() != Status.STRONG;
            boolean open = target.equals(rule.obligation()) && rule.state() != null && rule.state() != ObligationState.DONE;
            if ((weak || open) && !rules.contains(rule.name())) {
                rules.add(rule.name());
            }
        }
        return rules;
    }

    /** Every set of {@code size} levers from {@code from} on, in order, holding no path found and no two levers that clash. */
    private static void sets(List<Lever> levers, int size, int from, List<Lever> chosen, List<List<Lever>> found,
                             List<List<Lever>> sets) {
        if (chosen.size() == size) {
            if (found.stream().noneMatch(chosen::containsAll)) {
                sets.add(List.copyOf(chosen));
            }
            return;
        }
        for (int i = from; i < levers.size(); i++) {
            Lever lever = levers.get(i);
            if (chosen.stream().noneMatch(lever::clashes)) {
                chosen.add(lever);
                sets(levers, size, i + 1, chosen, found, sets);
                chosen.remove(chosen.size() - 1);
            }
        }
    }

    private static int effort(List<Lever> set) {
        return set.stream().mapToInt(lever -> lever.effort().weight()).sum();
    }

    /** The project with every lever of the set pulled, or null when one of them no longer applies. */
    private ProjectDraft pulled(List<Lever> set) {
        ProjectDraft changed = draft;
        for (Lever lever : set) {
            changed = changed == null ? null : lever.pull(changed);
        }
        return changed;
    }

    /** What the rules say of the project with the set's levers pulled; null when that project cannot be made or run. */
    private Outcome outcome(List<Lever> set) {
        List<String> key = set.stream().map(Lever::id).toList();
        if (tried.containsKey(key)) {
            return tried.get(key);
        }
        Outcome outcome = null;
        ProjectDraft changed = pulled(set);
        if (changed != null) {
            try {
                outcome = Outcome.judged(AssessmentRun.run(knowledge, changed.facts()));
            } catch (InvalidFactsException | AssessmentException e) {
                outcome = null; // a change the contract or the rules do not take is no path
            }
        }
        tried.put(key, outcome);
        return outcome;
    }

    private List<FactChange> changes(List<Lever> set) {
        List<FactChange> changes = new ArrayList<>(set.size());
        ProjectDraft changed = draft;
        for (Lever lever : set) {
            ProjectDraft next = lever.pull(changed);
            LeverField field = lever.field();
            Object before = changed.get(field.section(), field.field());
            Object after = next.get(field.section(), field.field());
            String shown = field.path();
            Object from;
            Object to;
            if (field.itemField() != null) {
                from = keys(before, field.itemField());
                to = keys(after, field.itemField());
            } else if (field.holdsItems()) { // each item by the field that names it: team.members.role
                String key = ProjectDraft.Field.of(field.type()).stream().filter(ProjectDraft.Field::required)
                        .findFirst().orElse(ProjectDraft.Field.of(field.type()).get(0)).name();
                shown = field.path() + "." + key;
                from = keys(before, key);
                to = keys(after, key);
            } else {
                from = FactWords.evidence(before);
                to = FactWords.evidence(after);
            }
            changes.add(new FactChange(shown, from, to, lever.id(), lever.text(language), lever.effort()));
            changed = next;
        }
        return changes;
    }

    /** The value of one field of every item of a list, as evidence; an item without it has null. */
    @SuppressWarnings("unchecked")
    private static List<Object> keys(Object items, String field) {
        List<Object> keys = new ArrayList<>();
        for (Map<String, Object> item : (List<Map<String, Object>>) items) {
            keys.add(FactWords.evidence(item.get(field)));
        }
        return Collections.unmodifiableList(keys);
    }

    /** The factors that got worse and the duties that came in, compared with the project as it is. */
    private List<SideEffect> sideEffects(Outcome after) {
        List<SideEffect> effects = new ArrayList<>();
        for (FactorResult factor : base.factors()) {
            Status now = factor.status();
            Status then = after.factors().getOrDefault(factor.id(), Status.UNKNOWN);
            if (now != Status.UNKNOWN && (then == Status.UNKNOWN || then.ordinal() > now.ordinal())) {
                effects.add(new SideEffect(factor.id(), factor.title(), now.name(), then.name()));
            }
        }
        after.duties().forEach((id, state) -> {
            ObligationState now = before.duties().get(id);
            if (state != ObligationState.DONE && (now == null || now == ObligationState.DONE)) {
                effects.add(new SideEffect(id, knowledge.texts().text(TextKind.OBLIGATIONS, id, language),
                        now == null ? null : now.name(), state.name()));
            }
        });
        return effects;
    }
}
