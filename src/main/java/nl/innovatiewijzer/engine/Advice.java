package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Status;

/**
 * What rules say, collected during one assessment. Every rule file declares it as
 * {@code global nl.innovatiewijzer.engine.Advice advice;} and calls it in one line:
 * <ul>
 *   <li>{@code advice.rate(Status.RISK, $weeks);} judges the rule's {@code @factor} and reports its {@code @finding};</li>
 *   <li>{@code advice.recommend(Priority.HIGH, fact("team.members", $m), reason("no-privacy-officer"));}
 *       recommends the rule's {@code @action}, with the reasons why;</li>
 *   <li>{@code advice.missing();} reports that the rule's {@code @missing} fact is unknown;</li>
 *   <li>{@code advice.oblige(ObligationState.TODO, ...reasons);} decides the rule's {@code @obligation}.</li>
 * </ul>
 * Which rule spoke, in which file, on which facts, is recorded without the rule saying so.
 * One instance serves one session on one thread.
 */
public final class Advice {

    record Rating(RuleInfo rule, Status status, List<Object> values) {
    }

    record Advised(RuleInfo rule, Priority priority, List<Reason> because) {
    }

    record Decided(RuleInfo rule, ObligationState state, List<Reason> because) {
    }

    record Firing(RuleInfo rule, List<String> facts) {
    }

    private final List<Rating> ratings = new ArrayList<>();
    private final List<Advised> recommendations = new ArrayList<>();
    private final List<RuleInfo> missing = new ArrayList<>();
    private final List<Decided> obligations = new ArrayList<>();
    private final List<Firing> firings = new ArrayList<>();
    private RuleInfo current;

    /** Judges the rule's factor with {@code status} and reports its {@code @finding}, filled with {@code values}. */
    public void rate(Status status, Object... values) {
        RuleInfo rule = requireMetadata("rate", "finding", current().finding());
        if (status == null || status == Status.UNKNOWN) {
            throw new IllegalArgumentException("rule \"" + rule.name() + "\" rates " + status
                    + "; a rule rates STRONG, ATTENTION or RISK, and UNKNOWN follows when none does");
        }
        ratings.add(new Rating(rule, status, Arrays.asList(values)));
    }

    /** Recommends the rule's {@code @action} with this priority, because of the reasons given. */
    public void recommend(Priority priority, Reason... because) {
        RuleInfo rule = requireMetadata("recommend", "action", current().action());
        recommendations.add(new Advised(rule, priority == null ? Priority.MEDIUM : priority, List.of(because)));
    }

    /** Reports that the rule's {@code @missing} fact is unknown, so that its question is asked. */
    public void missing() {
        missing.add(requireMetadata("missing", "missing", current().missing()));
    }

    /** Decides the rule's {@code @obligation}: DONE, TODO or UNKNOWN, because of the reasons given. */
    public void oblige(ObligationState state, Reason... because) {
        RuleInfo rule = requireMetadata("oblige", "obligation", current().obligation());
        obligations.add(new Decided(rule, state == null ? ObligationState.UNKNOWN : state, List.of(because)));
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

    List<Firing> firings() {
        return firings;
    }
}
