package nl.innovatiewijzer.engine;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.document.Suggestion;

/**
 * Checks the metadata that ties rules to factors and texts: every rule names its factor (or the
 * obligation it decides), its metadata is of the kinds there are, and every finding, action,
 * question and obligation it names has its texts; a name that is close to one that exists is
 * suggested. Also finds texts no rule uses, which {@code validate} reports as warnings.
 */
final class MetadataCheck {

    /** Every field path of the facts contract, e.g. {@code team.members} and {@code team.members.role}. */
    static final Set<String> FIELD_PATHS = Collections.unmodifiableSet(fieldPaths(ProjectFacts.class, "", new LinkedHashSet<>()));

    /** The metadata a rule may have, in the order messages name them. */
    static final List<String> NAMES = List.of("factor", "finding", "action", "missing", "obligation", "step");

    private MetadataCheck() {
    }

    /**
     * Checks every rule's metadata against the texts; {@code strict} adds the checks of the rule
     * language (metadata of an unknown name, a value that is not one text), which rules compiled
     * past that check for the engine's own tests do not meet.
     */
    static void check(Collection<WrittenRule> rules, TextCatalogue texts, boolean strict, List<Problem> problems) {
        Set<String> factors = texts.ids(TextKind.FACTORS);
        String allowed = factors.isEmpty() ? "the ids under factors: in a texts file" : String.join(", ", factors);
        if (factors.isEmpty() && texts.complete()) {
            problems.add(Problem.inFile("texts", "no factors are named; list each factor with its id and its name "
                    + "under factors: in a texts file, in nl and en (F1: {nl: ..., en: ...})"));
        }
        for (WrittenRule written : rules) {
            RuleInfo rule = written.info();
            if (strict) {
                names(written, problems);
            }
            String step = WrittenRule.value(written.metadata(), "step");
            if (rule.factor() == null && rule.obligation() == null && step == null
                    && !(strict && written.hasUnknownMetadata())) {
                problems.add(at(written, "has no @factor(\"F1\" .. \"F9\") and no @obligation; "
                        + "each rule says which factor or duty it judges"));
            }
            requireText(written, "step", step, TextKind.STEPS, texts, problems);
            if (rule.factor() != null && !rule.factor().isEmpty() && !factors.isEmpty() && !factors.contains(rule.factor())) {
                problems.add(at(written, "factor", "@factor(\"" + rule.factor() + "\") is not a factor; expected one of "
                        + allowed + " (the factors: in the texts)" + Suggestion.didYouMean(rule.factor(), factors)));
            }
            requireText(written, "finding", rule.finding(), TextKind.FINDINGS, texts, problems);
            requireText(written, "action", rule.action(), TextKind.ACTIONS, texts, problems);
            requireText(written, "obligation", rule.obligation(), TextKind.OBLIGATIONS, texts, problems);
            if (rule.missing() != null) {
                if (!FIELD_PATHS.contains(rule.missing())) {
                    problems.add(at(written, "missing", "@missing(\"" + rule.missing() + "\") is not a field of the facts "
                            + "contract; a field path is section.field, such as workingMethod.cycleLengthWeeks"
                            + Suggestion.didYouMean(rule.missing(), FIELD_PATHS)));
                } else {
                    requireText(written, "missing", rule.missing(), TextKind.QUESTIONS, texts, problems);
                }
                if (rule.factor() == null) {
                    problems.add(at(written, "@missing needs a @factor: the factor the fact is needed for"));
                }
            }
        }
    }

    /** Metadata of a name the language does not have, written twice, or without a value it can read. */
    private static void names(WrittenRule rule, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        List<String> written = NAMES.stream().map(name -> "@" + name).toList();
        for (WrittenRule.Metadata item : rule.metadata()) {
            if (!NAMES.contains(item.name())) {
                problems.add(at(rule.info(), item, "@" + item.name() + " is not metadata of the rule language; a rule "
                        + "has @factor, @finding, @action, @missing, @obligation and @step" + Suggestion.didYouMean("@" + item.name(), written)));
            } else if (!seen.add(item.name())) {
                problems.add(at(rule.info(), item, "has @" + item.name() + " twice; a rule has one @" + item.name()
                        + ": remove one, or split the rule in two"));
            } else if (item.value() == null || item.value().isBlank()) {
                problems.add(at(rule.info(), item, "has @" + item.name() + " without a value; write the value in "
                        + "brackets and double quotes, as @" + item.name() + "(\"" + example(item.name()) + "\")"));
            }
        }
    }

    private static String example(String name) {
        return switch (name) {
            case "factor" -> "F1";
            case "missing" -> "workingMethod.cycleLengthWeeks";
            case "obligation" -> "dpia";
            case "step" -> "law-duty-first";
            default -> "F1-id-of-its-text";
        };
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

    private static void requireText(WrittenRule rule, String annotation, String id, TextKind kind, TextCatalogue texts,
                                    List<Problem> problems) {
        if (id != null && !id.isEmpty() && missingText(kind, id, texts)) {
            problems.add(at(rule, annotation, "@" + annotation + "(\"" + id + "\") has no text; add it under "
                    + kind.section() + ": in a texts file, in nl and en" + Suggestion.didYouMean(id, texts.ids(kind))));
        }
    }

    /**
     * True when no text has this id, and none could have: a text written but wrong, or a texts
     * file that could not be read at all, has had its own problem already.
     */
    static boolean missingText(TextKind kind, String id, TextCatalogue texts) {
        return !texts.has(kind, id) && !texts.written(kind).contains(id) && texts.complete();
    }

    private static Problem at(WrittenRule rule, String message) {
        return new Problem(rule.info().file(), rule.info().line(), rule.column(), "", "rule \"" + rule.name() + "\" " + message);
    }

    /** A problem at the metadata {@code name} of the rule, or at the rule when it is not written there. */
    private static Problem at(WrittenRule rule, String name, String message) {
        for (WrittenRule.Metadata item : rule.metadata()) {
            if (item.name().equals(name)) {
                return at(rule.info(), item, message);
            }
        }
        return at(rule, message);
    }

    private static Problem at(RuleInfo rule, WrittenRule.Metadata item, String message) {
        return new Problem(rule.file(), item.line(), item.column(), "", "rule \"" + rule.name() + "\" " + message);
    }

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
