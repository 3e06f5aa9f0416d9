package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.RuleInfo;

/**
 * The missing facts of an assessment, most valuable first. A question's value is how much its
 * answer can change the advice: one for each factor whose status and each duty whose state comes
 * out otherwise when the rules run with one of its possible answers ({@link AnswerTrials}), one
 * for each duty its rules say it decides ({@code @obligation}), and one for the next steps, when an
 * answer changes them or when the plan rules chose the question as one of them. Equal values keep
 * the order of the next steps, then the factors' order with their key facts first
 * ({@link KeyFacts}), then the fields'.
 */
final class QuestionOrder {

    private QuestionOrder() {
    }

    /** What one question can change, and how much that is. */
    private record Value(MissingFact fact, int weight, int step) {
    }

    /**
     * The missing facts of the advice, most valuable first by what {@code reach} says each answer
     * can change; with {@code reach} null (nothing tried) in the order of the factors, key facts
     * first, without a why.
     */
    static List<MissingFact> of(RecordedAdvice advice, Map<String, AnswerTrials.Reach> reach, Frame frame,
                                TextCatalogue texts, Language language) {
        Map<String, RuleInfo> byField = new TreeMap<>();
        for (RuleInfo rule : advice.missingFacts()) {
            byField.putIfAbsent(rule.missing(), rule);
        }
        Map<String, List<String>> named = named(advice.missingFacts(), frame);
        List<String> steps = NextSteps.keys(advice, texts.covering());
        Labels words = frame.labels().get(language);
        List<Value> values = new ArrayList<>(byField.size());
        for (RuleInfo rule : byField.values()) {
            String field = rule.missing();
            AnswerTrials.Reach tried = reach == null ? AnswerTrials.Reach.NOTHING
                    : reach.getOrDefault(field, AnswerTrials.Reach.NOTHING);
            List<String> namedDuties = named.get(field).stream().filter(id -> !frame.factors().contains(id)).toList();
            List<String> couldChange = couldChange(named.get(field), tried, frame);
            Set<String> changed = new LinkedHashSet<>(tried.factors());
            changed.addAll(tried.duties());
            changed.addAll(namedDuties);
            int step = steps.indexOf("QUESTION:" + field);
            int weight = reach == null ? 0 : changed.size() + (tried.steps() || step >= 0 ? 1 : 0);
            String why = reach == null ? "" : why(rule.factor(), tried, namedDuties, texts, words, language);
            values.add(new Value(new MissingFact(field, rule.factor(), texts.text(TextKind.QUESTIONS, field, language),
                    couldChange, why), weight, reach == null || step < 0 ? Integer.MAX_VALUE : step));
        }
        KeyFacts key = texts.keyFacts();
        values.sort(Comparator.comparingInt((Value value) -> -value.weight())
                .thenComparingInt(Value::step)
                .thenComparing(value -> value.fact().factor())
                .thenComparingInt(value -> key.rank(value.fact().factor(), value.fact().field()))
                .thenComparing(value -> value.fact().field()));
        return values.stream().map(Value::fact).toList();
    }

    /**
     * Per missing field, what the rules that asked for it name: the factor of the first rule that
     * asked it, then the other factors and the duties those rules name ({@code @obligation}),
     * factors in their order and duties in theirs.
     */
    static Map<String, List<String>> named(List<RuleInfo> asked, Frame frame) {
        Map<String, Set<String>> factors = new LinkedHashMap<>();
        Map<String, Set<String>> duties = new LinkedHashMap<>();
        for (RuleInfo rule : asked) {
            factors.computeIfAbsent(rule.missing(), k -> new LinkedHashSet<>()).add(rule.factor());
            Set<String> named = duties.computeIfAbsent(rule.missing(), k -> new LinkedHashSet<>());
            if (rule.obligation() != null && !rule.obligation().isEmpty()) {
                named.add(rule.obligation());
            }
        }
        Map<String, List<String>> named = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> field : factors.entrySet()) {
            List<String> ids = new ArrayList<>(field.getValue());
            String first = ids.get(0);
            ids.sort(Comparator.comparing((String id) -> !id.equals(first)).thenComparingInt(id -> frame.factors().indexOf(id)));
            List<String> dutyIds = new ArrayList<>(duties.get(field.getKey()));
            dutyIds.sort(Comparator.comparingInt((String id) -> frame.dutyRank(id)).thenComparing(id -> id));
            ids.addAll(dutyIds);
            named.put(field.getKey(), List.copyOf(ids));
        }
        return named;
    }

    /** What the rules name for a field and what its trials changed: its own factor first, the factors in their order, then the duties in theirs. */
    private static List<String> couldChange(List<String> named, AnswerTrials.Reach tried, Frame frame) {
        Set<String> ids = new LinkedHashSet<>(named);
        ids.addAll(tried.factors());
        ids.addAll(tried.duties());
        List<String> factors = new ArrayList<>();
        List<String> duties = new ArrayList<>();
        for (String id : ids) {
            (frame.factors().contains(id) ? factors : duties).add(id);
        }
        String first = named.isEmpty() ? null : named.get(0);
        factors.sort(Comparator.comparing((String id) -> !id.equals(first)).thenComparingInt(id -> frame.factors().indexOf(id)));
        duties.sort(Comparator.comparingInt((String id) -> frame.dutyRank(id)).thenComparing(id -> id));
        factors.addAll(duties);
        return List.copyOf(factors);
    }

    /**
     * In words, what waits for the answer: "Waiting for this answer: the status of F1 and F5 and the
     * first steps."; when no single answer changes anything now, the duties it decides together with
     * other answers, or that it completes the picture of its factor.
     */
    private static String why(String factor, AnswerTrials.Reach tried, List<String> namedDuties, TextCatalogue texts,
                              Labels words, Language language) {
        if (tried.weight() == 0) {
            return namedDuties.isEmpty() ? words.text("question-why-nothing", factor)
                    : words.text("question-why-together", listed(duties(namedDuties, texts, language), words));
        }
        List<String> parts = new ArrayList<>();
        if (!tried.factors().isEmpty()) {
            parts.add(words.text("question-why-factors", listed(tried.factors(), words)));
        }
        Set<String> duties = new LinkedHashSet<>(tried.duties());
        duties.addAll(namedDuties);
        parts.addAll(duties(List.copyOf(duties), texts, language));
        if (tried.steps()) {
            parts.add(words.text("question-why-steps"));
        }
        return words.text("question-why", listed(parts, words));
    }

    private static List<String> duties(List<String> ids, TextCatalogue texts, Language language) {
        return ids.stream().map(id -> texts.has(TextKind.OBLIGATIONS, id) ? texts.text(TextKind.OBLIGATIONS, id, language) : id)
                .toList();
    }

    /** "a", "a and b", "a, b and c", in the words of the language. */
    private static String listed(List<String> parts, Labels words) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + words.text("list-and") + " "
                + parts.get(parts.size() - 1);
    }
}
