package nl.innovatiewijzer.engine;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.RuleInfo;

/**
 * Checks the metadata that ties rules to factors and texts: every rule names its factor (or the
 * obligation it decides), and every finding, action, question and obligation it names has its
 * texts. Also finds texts no rule uses, which {@code validate} reports as warnings.
 */
final class MetadataCheck {

    private static final Set<String> FIELD_PATHS = fieldPaths(ProjectFacts.class, "", new HashSet<>());

    private MetadataCheck() {
    }

    static void check(Collection<RuleInfo> rules, TextCatalogue texts, List<Problem> problems) {
        Set<String> factors = texts.ids(TextKind.FACTORS);
        String allowed = factors.isEmpty() ? "the ids under factors: in a texts file" : String.join(", ", factors);
        if (factors.isEmpty()) {
            problems.add(Problem.inFile("texts", "no factors are named; list each factor with its id and its name "
                    + "under factors: in a texts file, in nl and en (F1: {nl: ..., en: ...})"));
        }
        for (RuleInfo rule : rules) {
            if (rule.factor() == null && rule.obligation() == null) {
                problems.add(at(rule, "has no @factor(\"F1\" .. \"F9\") and no @obligation; "
                        + "each rule says which factor or duty it judges"));
            }
            if (rule.factor() != null && !factors.isEmpty() && !factors.contains(rule.factor())) {
                problems.add(at(rule, "@factor(\"" + rule.factor() + "\") is not a factor; expected one of " + allowed
                        + " (the factors: in the texts)"));
            }
            requireText(rule, "finding", rule.finding(), TextKind.FINDINGS, texts, problems);
            requireText(rule, "action", rule.action(), TextKind.ACTIONS, texts, problems);
            requireText(rule, "obligation", rule.obligation(), TextKind.OBLIGATIONS, texts, problems);
            if (rule.missing() != null) {
                if (!FIELD_PATHS.contains(rule.missing())) {
                    problems.add(at(rule, "@missing(\"" + rule.missing() + "\") is not a field of the facts contract"));
                } else {
                    requireText(rule, "missing", rule.missing(), TextKind.QUESTIONS, texts, problems);
                }
                if (rule.factor() == null) {
                    problems.add(at(rule, "@missing needs a @factor: the factor the fact is needed for"));
                }
            }
        }
    }

    /** Texts that no rule refers to; reasons are left out, as rules name them in their consequence. */
    static List<Problem> unusedTexts(Collection<RuleInfo> rules, TextCatalogue texts) {
        Set<String> used = new HashSet<>();
        for (RuleInfo rule : rules) {
            used.add("findings:" + rule.finding());
            used.add("actions:" + rule.action());
            used.add("questions:" + rule.missing());
            used.add("obligations:" + rule.obligation());
        }
        List<Problem> unused = new ArrayList<>();
        for (TextKind kind : List.of(TextKind.FINDINGS, TextKind.ACTIONS, TextKind.QUESTIONS, TextKind.OBLIGATIONS)) {
            for (String id : texts.ids(kind)) {
                if (!used.contains(kind.section() + ":" + id)) {
                    TextCatalogue.Entry entry = texts.entry(kind, id);
                    unused.add(new Problem(entry.file(), entry.line(), 0, kind.section() + "." + id,
                            "no rule uses this text"));
                }
            }
        }
        return unused;
    }

    private static void requireText(RuleInfo rule, String annotation, String id, TextKind kind, TextCatalogue texts,
                                    List<Problem> problems) {
        if (id != null && !texts.has(kind, id)) {
            problems.add(at(rule, "@" + annotation + "(\"" + id + "\") has no text; add it under "
                    + kind.section() + ": in a texts file, in nl and en"));
        }
    }

    private static Problem at(RuleInfo rule, String message) {
        return new Problem(rule.file(), rule.line(), 0, "", "rule \"" + rule.name() + "\" " + message);
    }

    /** Every field path of the facts contract, e.g. {@code team.members} and {@code team.members.role}. */
    private static Set<String> fieldPaths(Class<?> type, String prefix, Set<String> paths) {
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix.isEmpty() ? component.getName() : prefix + "." + component.getName();
            paths.add(path);
            Type generic = component.getGenericType();
            Class<?> inner = component.getType();
            if (generic instanceof ParameterizedType list) {
                inner = (Class<?>) list.getActualTypeArguments()[0];
            }
            if (inner.isRecord()) {
                fieldPaths(inner, path, paths);
            }
        }
        return paths;
    }
}
