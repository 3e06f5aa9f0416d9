package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.RuleInfo;

/**
 * What the answer to each missing fact can change: the rules are run on the project with each
 * of the fact's possible answers ({@link PossibleAnswers}), and each factor whose status, each duty
 * whose state and the next steps that come out otherwise than now are what the answer can change.
 * An answer that the facts contract or the rules do not take is left out.
 */
final class AnswerTrials {

    /** Enough for every fixed list of the facts contract; a fact with more answers is tried in its first ones. */
    static final int MOST_ANSWERS = 16;

    /**
     * What one answer can change.
     *
     * @param factors the factors whose status can change, in the order of the factors
     * @param duties  the duties whose state can change, or that can come or go
     * @param steps   whether the next steps can change, apart from the question itself
     */
    record Reach(List<String> factors, List<String> duties, boolean steps) {

        static final Reach NOTHING = new Reach(List.of(), List.of(), false);

        /** How much the answer can change: each factor and duty, and the next steps, count one. */
        int weight() {
            return factors.size() + duties.size() + (steps ? 1 : 0);
        }
    }

    private AnswerTrials() {
    }

    /** Per missing field of the advice, what its answer can change; {@link Reach#NOTHING} when no answer changes anything. */
    static Map<String, Reach> of(CompiledKnowledge knowledge, List<String> factorOrder, ProjectFacts facts,
                                 RecordedAdvice advice) {
        Map<String, Reach> reach = new LinkedHashMap<>();
        if (advice.missingFacts().isEmpty()) {
            return reach;
        }
        Covering covering = knowledge.texts().covering();
        Outcome now = Outcome.of(advice, covering);
        ProjectDraft draft = ProjectDraft.of(facts);
        List<String> fields = new ArrayList<>();
        for (RuleInfo asked : advice.missingFacts()) {
            if (!fields.contains(asked.missing())) {
                fields.add(asked.missing());
            }
        }
        // each field in sessions from the knowledge base's pool, like the assessment itself
        List<Reach> found = TrialWork.each(fields, field -> tried(knowledge, factorOrder, draft, now, field, covering));
        for (int i = 0; i < fields.size(); i++) {
            reach.put(fields.get(i), found.get(i));
        }
        return reach;
    }

    private static Reach tried(CompiledKnowledge knowledge, List<String> factorOrder, ProjectDraft draft, Outcome now,
                               String field, Covering covering) {
        Set<String> factors = new LinkedHashSet<>();
        Set<String> duties = new LinkedHashSet<>();
        boolean steps = false;
        List<Object> answers = knowledge.answers().of(field);
        for (Object answer : answers.subList(0, Math.min(MOST_ANSWERS, answers.size()))) {
            ProjectDraft answered = answered(draft, field, answer);
            if (answered == null) {
                continue;
            }
            Outcome then;
            try {
                then = Outcome.of(AssessmentRun.run(knowledge, answered.facts()), covering);
            } catch (InvalidFactsException | AssessmentException e) {
                continue; // an answer the contract or the rules do not take says nothing
            }
            for (String factor : factorOrder) {
                if (now.status(factor) != then.status(factor)) {
                    factors.add(factor);
                }
            }
            Set<String> decided = new LinkedHashSet<>(now.duties().keySet());
            decided.addAll(then.duties().keySet());
            for (String duty : decided) {
                if (now.duties().get(duty) != then.duties().get(duty)) {
                    duties.add(duty);
                }
            }
            steps |= otherSteps(now.steps(), then.steps(), "QUESTION:" + field);
        }
        List<String> inOrder = new ArrayList<>();
        factorOrder.forEach(factor -> {
            if (factors.contains(factor)) {
                inOrder.add(factor);
            }
        });
        return factors.isEmpty() && duties.isEmpty() && !steps ? Reach.NOTHING
                : new Reach(List.copyOf(inOrder), List.copyOf(duties), steps);
    }

    /**
     * True when the steps with the answer differ from those without it, the question itself left
     * out: a step that only takes the question's place is no change.
     */
    private static boolean otherSteps(List<String> now, List<String> then, String question) {
        List<String> before = new ArrayList<>(now);
        before.remove(question);
        List<String> after = then.subList(0, Math.min(before.size(), then.size()));
        return !before.equals(after);
    }

    /** The project with the answer written in the field; null when it cannot be written there. */
    @SuppressWarnings("unchecked")
    private static ProjectDraft answered(ProjectDraft draft, String field, Object answer) {
        String[] steps = field.split("\\.");
        if (steps.length == 2) {
            return draft.with(steps[0], steps[1], answer);
        }
        List<Map<String, Object>> items = draft.items(steps[0], steps[1]);
        if (items.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> changed = new ArrayList<>(items.size());
        for (Map<String, Object> item : items) {
            Map<String, Object> copy = new LinkedHashMap<>(item);
            copy.put(steps[2], answer);
            changed.add(copy);
        }
        return draft.with(steps[0], steps[1], changed);
    }
}
