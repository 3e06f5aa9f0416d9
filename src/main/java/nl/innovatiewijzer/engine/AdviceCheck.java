package nl.innovatiewijzer.engine;

import java.util.Collection;
import java.util.List;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.document.Suggestion;

/**
 * Checks that what a rule's consequence says fits what its metadata promises, before any project
 * is assessed: a rule with a {@code @finding} rates, one with an {@code @action} recommends, one
 * with {@code @missing} asks, one with {@code @obligation} decides; every {@code fact(...)} names
 * a field of the facts, every {@code reason(...)} has its text, and every call passes a value for
 * each placeholder {0}, {1}, ... of its text. Without this check such a rule would pass and then
 * fail the first assessment it fires in, or print a bare {1} in a report.
 */
final class AdviceCheck {

    /** One kind of rule: its metadata, the call it makes, and how that call is written. */
    private record Kind(String metadata, String call, String example) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("finding", "rate", "advice.rate(Status.RISK, ...)"),
            new Kind("action", "recommend", "advice.recommend(Priority.HIGH, ...)"),
            new Kind("missing", "missing", "advice.missing()"),
            new Kind("obligation", "oblige", "advice.oblige(ObligationState.TODO, ...)"),
            new Kind("step", "step", "advice.step($candidate, 10)"));

    private AdviceCheck() {
    }

    /**
     * Checks every rule's consequence; {@code strict} adds what rules compiled past the check of
     * the rule language, for the engine's own tests, do not meet (all but the reasons' texts).
     */
    static void check(Collection<WrittenRule> rules, TextCatalogue texts, boolean strict, List<Problem> problems) {
        for (WrittenRule rule : rules) {
            if (strict) {
                kinds(rule, problems);
                facts(rule, problems);
                values(rule, texts, problems);
            }
            reasons(rule, texts, strict, problems);
        }
    }

    private static void kinds(WrittenRule rule, List<Problem> problems) {
        if (!rule.whole() || rule.hasUnknownMetadata() || rule.calls().stream().anyMatch(call -> kindOf(call.name()) == null)) {
            return; // the rule's shape, a metadata name or a call is told about already, and may be what is meant
        }
        List<Kind> present = KINDS.stream().filter(kind -> WrittenRule.value(rule.metadata(), kind.metadata()) != null)
                .toList();
        if (WrittenRule.value(rule.metadata(), "missing") != null) {
            // a question may name the duty its answer decides: @missing("...") @obligation("dpia")
            present = present.stream().filter(kind -> !kind.metadata().equals("obligation")).toList();
        }
        if (present.size() > 1) {
            Kind one = present.get(0);
            Kind other = present.get(1);
            problems.add(at(rule, "has both @" + one.metadata() + " and @" + other.metadata() + "; a rule says one thing: "
                    + "split it into a rule with @" + one.metadata() + " that calls " + one.example() + " and a rule with @"
                    + other.metadata() + " that calls " + other.example()));
            return;
        }
        if (present.isEmpty()) {
            Kind called = rule.calls().isEmpty() ? null : kindOf(rule.calls().get(0).name());
            if (called != null) {
                problems.add(at(rule, rule.calls().get(0), "calls advice." + called.call() + "(...) but has no @"
                        + called.metadata() + "(...); give the rule @" + called.metadata() + "(\"...\") with "
                        + (called.metadata().equals("missing") ? "the field path it asks for" : "the id of its text")));
            } else if (rule.calls().isEmpty() && problems.stream().noneMatch(rule::holds)) {
                problems.add(at(rule, "says nothing a report can show: give it @finding(\"id\") and call "
                        + KINDS.get(0).example() + ", or @action(\"id\") and " + KINDS.get(1).example()
                        + ", or @missing(\"field.path\") and advice.missing(), or @obligation(\"id\") and " + KINDS.get(3).example()
                        + ", or in the plan @step(\"reason-id\") and " + KINDS.get(4).example()));
            }
            return;
        }
        Kind kind = present.get(0);
        boolean calls = false;
        for (WrittenRule.Call call : rule.calls()) {
            Kind called = kindOf(call.name());
            if (called == kind) {
                calls = true;
            } else if (called != null) {
                problems.add(at(rule, call, "has @" + kind.metadata() + "(\"" + WrittenRule.value(rule.metadata(), kind.metadata())
                        + "\") but calls advice." + called.call() + "(...), which belongs with @" + called.metadata()
                        + "; write " + kind.example() + " for its @" + kind.metadata() + ", or give the rule @"
                        + called.metadata() + "(\"...\") in place of @" + kind.metadata()));
                return;
            }
        }
        if (!calls && problems.stream().noneMatch(rule::holds)) {
            problems.add(at(rule, "has @" + kind.metadata() + " but its then-part does not call " + kind.example()
                    + "; write that call between then and end"));
        }
    }

    private static Kind kindOf(String call) {
        return KINDS.stream().filter(kind -> kind.call().equals(call)).findFirst().orElse(null);
    }

    private static void facts(WrittenRule rule, List<Problem> problems) {
        for (WrittenRule.Reference fact : rule.facts()) {
            if (!MetadataCheck.FIELD_PATHS.contains(fact.id())) {
                problems.add(at(rule, fact, "names fact(\"" + fact.id() + "\", ...), which is not a field of the facts "
                        + "contract; a field path is section.field, such as workingMethod.cycleLengthWeeks"
                        + Suggestion.didYouMean(fact.id(), MetadataCheck.FIELD_PATHS)));
            }
        }
    }

    /** A rating passes a value for each placeholder of its finding's text. */
    private static void values(WrittenRule rule, TextCatalogue texts, List<Problem> problems) {
        String finding = rule.info().finding();
        if (finding == null || !texts.has(TextKind.FINDINGS, finding)) {
            return;
        }
        int needed = texts.placeholders(TextKind.FINDINGS, finding);
        for (WrittenRule.Call call : rule.calls()) {
            if (call.name().equals("rate") && call.values() < needed) {
                problems.add(at(rule, call, "passes " + values(call.values()) + " to advice.rate(...), but the text of its "
                        + "finding \"" + finding + "\" (" + texts.where(TextKind.FINDINGS, finding) + ") has placeholders up to {"
                        + (needed - 1) + "}; pass a value for each after the status, in order: {0} first"));
            }
        }
    }

    private static void reasons(WrittenRule rule, TextCatalogue texts, boolean strict, List<Problem> problems) {
        for (WrittenRule.Reference reason : rule.reasons()) {
            if (MetadataCheck.missingText(TextKind.REASONS, reason.id(), texts)) {
                problems.add(new Problem(rule.info().file(), reason.line(), reason.column(), "", "reason \"" + reason.id()
                        + "\" has no text; add it under reasons: in a texts file, in nl and en"
                        + Suggestion.didYouMean(reason.id(), texts.ids(TextKind.REASONS))));
            } else if (strict && texts.has(TextKind.REASONS, reason.id())
                    && reason.values() < texts.placeholders(TextKind.REASONS, reason.id())) {
                int needed = texts.placeholders(TextKind.REASONS, reason.id());
                problems.add(new Problem(rule.info().file(), reason.line(), reason.column(), "", "reason \"" + reason.id()
                        + "\" is given " + values(reason.values()) + ", but its text (" + texts.where(TextKind.REASONS, reason.id())
                        + ") has placeholders up to {" + (needed - 1) + "}; pass a value for each after the id, in order: "
                        + "reason(\"" + reason.id() + "\", $value)"));
            }
        }
    }

    private static String values(int count) {
        return count == 0 ? "no value" : count == 1 ? "1 value" : count + " values";
    }

    private static Problem at(WrittenRule rule, String message) {
        return new Problem(rule.info().file(), rule.info().line(), rule.column(), "", "rule \"" + rule.name() + "\" " + message);
    }

    private static Problem at(WrittenRule rule, WrittenRule.Call call, String message) {
        return new Problem(rule.info().file(), call.line(), call.column(), "", "rule \"" + rule.name() + "\" " + message);
    }

    private static Problem at(WrittenRule rule, WrittenRule.Reference reference, String message) {
        return new Problem(rule.info().file(), reference.line(), reference.column(), "", "rule \"" + rule.name() + "\" " + message);
    }
}
