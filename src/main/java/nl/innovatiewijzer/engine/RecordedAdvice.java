package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.rules.Advice;
import nl.innovatiewijzer.rules.Candidate;
import nl.innovatiewijzer.rules.Reason;

/**
 * The advice of one assessment: what the rules said through {@link Advice}, collected with the
 * rule that said it. One instance serves one session on one thread.
 */
final class RecordedAdvice implements Advice {

    record Rating(RuleInfo rule, Status status, List<Object> values) {
    }

    record Advised(RuleInfo rule, Priority priority, List<Reason> because) {
    }

    record Decided(RuleInfo rule, ObligationState state, List<Reason> because) {
    }

    record Firing(RuleInfo rule, List<String> facts) {
    }

    /** A next step a plan rule proposed, at its place. */
    record Proposed(RuleInfo rule, Candidate candidate, int order) {
    }

    private final List<Rating> ratings = new ArrayList<>();
    private final List<Advised> recommendations = new ArrayList<>();
    private final List<RuleInfo> missing = new ArrayList<>();
    private final List<Decided> obligations = new ArrayList<>();
    private final List<Firing> firings = new ArrayList<>();
    private final List<Proposed> steps = new ArrayList<>();
    private RuleInfo current;

    @Override
    public void rate(Status status, Object... values) {
        RuleInfo rule = requireMetadata("rate", "finding", current().finding());
        if (status == null || status == Status.UNKNOWN) {
            throw new IllegalArgumentException("rule \"" + rule.name() + "\" rates " + status
                    + "; a rule rates STRONG, ATTENTION or RISK, and UNKNOWN follows when none does");
        }
        ratings.add(new Rating(rule, status, Arrays.asList(values)));
    }

    @Override
    public void recommend(Priority priority, Reason... because) {
        RuleInfo rule = requireMetadata("recommend", "action", current().action());
        recommendations.add(new Advised(rule, priority == null ? Priority.MEDIUM : priority, List.of(because)));
    }

    @Override
    public void missing() {
        missing.add(requireMetadata("missing", "missing", current().missing()));
    }

    @Override
    public void oblige(ObligationState state, Reason... because) {
        RuleInfo rule = requireMetadata("oblige", "obligation", current().obligation());
        obligations.add(new Decided(rule, state == null ? ObligationState.UNKNOWN : state, List.of(because)));
    }

    @Override
    public void step(Candidate candidate, int order) {
        RuleInfo rule = requireMetadata("step", "step", current().step());
        if (candidate == null) {
            throw new IllegalArgumentException("rule \"" + rule.name() + "\" proposes no step; pass a Recommended, "
                    + "Duty or Question that its conditions bind");
        }
        steps.add(new Proposed(rule, candidate, order));
    }

    void enter(RuleInfo rule, List<String> facts) {
        current = rule;
        firings.add(new Firing(rule, facts));
    }

    void leave() {
        current = null;
    }

    /** The rule firing now, or null between firings. */
    RuleInfo currentRule() {
        return current;
    }

    private RuleInfo current() {
        if (current == null) {
            throw new IllegalStateException("advice is only given from the consequence of a rule");
        }
        return current;
    }

    private RuleInfo requireMetadata(String call, String annotation, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("rule \"" + current.name() + "\" calls advice." + call
                    + "(...) but has no @" + annotation + "(...)");
        }
        return current;
    }

    List<Rating> ratings() {
        return ratings;
    }

    List<Advised> recommendations() {
        return recommendations;
    }

    List<RuleInfo> missingFacts() {
        return missing;
    }

    List<Decided> obligations() {
        return obligations;
    }

    /** The next steps the plan rules proposed, in the order they were proposed. */
    List<Proposed> steps() {
        return steps;
    }

    List<Firing> firings() {
        return firings;
    }
}
