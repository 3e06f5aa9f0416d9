package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.document.RecordShape;

/**
 * What the advice on one project says against itself, rule by rule: a factor rated strong and
 * weak at once, an urgent action on a strong factor, a question about a fact the project gives,
 * an action on a factor no rule judged, a risk with nothing urgent to do, a duty decided two ways.
 */
final class Contradictions {

    /** The kinds of contradiction, each an error (the report says something wrong) or a warning (likely a mistake). */
    enum Kind {
        STRONG_AND_WEAK(true), HIGH_ON_STRONG(true), ASKS_WHAT_IS_KNOWN(true), DUTY_DECIDED_TWICE(true),
        HIGH_WITHOUT_RISK(false), RISK_WITHOUT_HIGH(false);

        final boolean error;

        Kind(boolean error) {
            this.error = error;
        }
    }

    /**
     * One contradiction, found on a project that a message names in its middle.
     *
     * @param kind   what kind it is
     * @param key    the same key for the same contradiction on another project, so it is reported once
     * @param rule   the rule to change, whose file and line the message gives
     * @param said   what the rules said, after the rule's name
     * @param advice what to do, after the project
     */
    record Contradiction(Kind kind, String key, RuleInfo rule, String said, String advice) {

        /** The message up to the project it was found on. */
        String before() {
            return "rule \"" + rule.name() + "\" " + said + ", for ";
        }

        /** The message after the project. */
        String after() {
            return "; " + advice;
        }
    }

    private Contradictions() {
    }

    static List<Contradiction> in(RecordedAdvice advice, ProjectFacts facts) {
        List<Contradiction> found = new ArrayList<>();
        Map<String, List<RecordedAdvice.Rating>> ratings = new LinkedHashMap<>();
        for (RecordedAdvice.Rating rating : advice.ratings()) {
            ratings.computeIfAbsent(rating.rule().factor(), f -> new ArrayList<>()).add(rating);
        }
        ratings.forEach((factor, rated) -> strongAndWeak(factor, rated, found));
        for (RecordedAdvice.Advised advised : advice.recommendations()) {
            recommendation(advised, ratings.getOrDefault(advised.rule().factor(), List.of()), found);
        }
        ratings.forEach((factor, rated) -> riskWithoutHigh(factor, rated, advice.recommendations(), found));
        for (RuleInfo rule : advice.missingFacts()) {
            Object known = known(facts, rule.missing());
            if (known != null) {
                found.add(new Contradiction(Kind.ASKS_WHAT_IS_KNOWN, "missing|" + rule.name(), rule,
                        "asks for " + rule.missing() + " (@missing) while it is known (" + ProjectDraft.written(known) + ")",
                        "the report would ask a question the facts answer. Let the rule fire only when the fact is "
                                + "unknown, as in " + unknownPattern(rule.missing())));
            }
        }
        dutiesDecidedTwice(advice.obligations(), found);
        return found;
    }

    private static void strongAndWeak(String factor, List<RecordedAdvice.Rating> rated, List<Contradiction> found) {
        for (RecordedAdvice.Rating strong : rated) {
            if (strong.status() != Status.STRONG) {
                continue;
            }
            for (RecordedAdvice.Rating weak : rated) {
                if (weak.status() == Status.RISK || weak.status() == Status.ATTENTION) {
                    found.add(new Contradiction(Kind.STRONG_AND_WEAK, "strong|" + strong.rule().name() + "|" + weak.rule().name(),
                            strong.rule(), "rates " + factor + " STRONG while rule \"" + weak.rule().name() + "\" ("
                                    + where(weak.rule()) + ") rates it " + weak.status(),
                            "the report would show the strong finding under " + weak.status() + ". Add the opposite of "
                                    + "the condition of \"" + weak.rule().name() + "\" to this rule, so that it does not "
                                    + "fire when that one does"));
                }
            }
        }
    }

    private static void recommendation(RecordedAdvice.Advised advised, List<RecordedAdvice.Rating> rated,
                                       List<Contradiction> found) {
        RuleInfo rule = advised.rule();
        String factor = rule.factor();
        Status status = Status.UNKNOWN;
        RecordedAdvice.Rating strongest = null;
        for (RecordedAdvice.Rating rating : rated) {
            status = status.worst(rating.status());
            if (rating.status() == Status.STRONG && strongest == null) {
                strongest = rating;
            }
        }
        if (advised.priority() == Priority.HIGH && status == Status.STRONG) {
            found.add(new Contradiction(Kind.HIGH_ON_STRONG, "high|" + rule.name(), rule,
                    "recommends " + rule.action() + " at HIGH while " + factor + " is rated STRONG (by rule \""
                            + strongest.rule().name() + "\", " + where(strongest.rule()) + ")",
                    "a strong factor needs no urgent action. Add a condition to this rule so that it does not fire "
                            + "when that one does, or give the action a lower priority"));
        } else if (advised.priority() == Priority.HIGH && status != Status.RISK && factor != null) {
            found.add(new Contradiction(Kind.HIGH_WITHOUT_RISK, "high-without-risk|" + rule.name(), rule,
                    "recommends " + rule.action() + " at HIGH while " + factor + " is "
                            + (status == Status.UNKNOWN ? "rated by no rule" : "rated " + status + ", not RISK"),
                    "a HIGH action answers a risk. Give it MEDIUM, or add the risk it answers: a rule that rates "
                            + factor + " RISK on the same condition"));
        }
    }

    private static void riskWithoutHigh(String factor, List<RecordedAdvice.Rating> rated,
                                        List<RecordedAdvice.Advised> recommendations, List<Contradiction> found) {
        boolean high = recommendations.stream()
                .anyMatch(r -> factor.equals(r.rule().factor()) && r.priority() == Priority.HIGH);
        if (high) {
            return;
        }
        for (RecordedAdvice.Rating rating : rated) {
            if (rating.status() == Status.RISK) {
                found.add(new Contradiction(Kind.RISK_WITHOUT_HIGH, "risk|" + rating.rule().name(), rating.rule(),
                        "rates " + factor + " RISK while no rule recommends a HIGH action for " + factor,
                        "the report would show a risk with nothing urgent to do about it. Add a rule that recommends "
                                + "an action at HIGH on the same condition"));
                return;
            }
        }
    }

    private static void dutiesDecidedTwice(List<RecordedAdvice.Decided> decided, List<Contradiction> found) {
        Map<String, RecordedAdvice.Decided> first = new LinkedHashMap<>();
        for (RecordedAdvice.Decided duty : decided) {
            RecordedAdvice.Decided earlier = first.putIfAbsent(duty.rule().obligation(), duty);
            if (earlier != null && earlier.state() != duty.state() && earlier.rule() != duty.rule()) {
                found.add(new Contradiction(Kind.DUTY_DECIDED_TWICE, "duty|" + earlier.rule().name() + "|" + duty.rule().name(),
                        earlier.rule(), "decides " + duty.rule().obligation() + " " + state(earlier.state())
                                + " while rule \"" + duty.rule().name() + "\" (" + where(duty.rule()) + ") decides it "
                                + state(duty.state()),
                        "a duty is in one state at a time. Make the conditions of the two rules exclude each other"));
            }
        }
    }

    private static String state(ObligationState state) {
        return state.name();
    }

    private static String where(RuleInfo rule) {
        return rule.file() + ":" + rule.line();
    }

    /** The value of a field path such as {@code budget.secured}; null when unknown or when the path is not one field of a section. */
    static Object known(ProjectFacts facts, String path) {
        String[] steps = path.split("\\.");
        if (steps.length != 2) {
            return null;
        }
        for (RecordShape.Part section : RecordShape.of(ProjectFacts.class)) {
            if (section.name().equals(steps[0])) {
                Object values = section.read(facts);
                if (values == null) {
                    return null;
                }
                for (RecordShape.Part field : RecordShape.of(values.getClass())) {
                    if (field.name().equals(steps[1])) {
                        return field.read(values);
                    }
                }
            }
        }
        return null;
    }

    /** How a rule tests that the fact at {@code path} is unknown, e.g. {@code Budget( secured == null )}. */
    private static String unknownPattern(String path) {
        String[] steps = path.split("\\.");
        for (ProjectDraft.Section section : ProjectDraft.SECTIONS) {
            if (section.name().equals(steps[0])) {
                return section.type().getSimpleName() + "( " + steps[1] + " == null )";
            }
        }
        return path + " == null";
    }
}
