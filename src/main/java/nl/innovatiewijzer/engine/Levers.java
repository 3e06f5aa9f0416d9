package nl.innovatiewijzer.engine;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.innovatiewijzer.Effort;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.document.Node;
import nl.innovatiewijzer.document.Suggestion;
import nl.innovatiewijzer.document.TreeReader;

/**
 * The levers of a knowledge base: what a project can change to make a factor strong or to get a
 * duty done, written under {@code levers:} in a texts file (the shipped ones in
 * {@code rules/levers.yaml}), so that an adviser adds or tunes one without Java:
 * <pre>
 * levers:
 *   F4-shorten-cycles:
 *     field: workingMethod.cycleLengthWeeks
 *     atMost: shortCycleWeeks
 *     effort: medium
 *     nl: Werk in cycli van hooguit {shortCycleWeeks} weken.
 *     en: Work in cycles of {shortCycleWeeks} weeks at most.
 * </pre>
 * The improvement paths ({@link Improvements}) are tried with these changes on the rules as they are.
 */
final class Levers {

    /** The key of the section in a texts file. */
    static final String SECTION = "levers";

    private static final List<String> CHANGES = List.of("set", "atLeast", "atMost", "add");
    private static final List<String> PARTS = List.of("field", "set", "atLeast", "atMost", "add", "effort", "onlyWhen",
            "nl", "en");
    private static final List<String> EFFORTS = List.of("small", "medium", "large");
    /** What a project is, not what it does: never a lever. */
    private static final Set<String> FIXED = Set.of("project.name", "project.municipality", "project.domain",
            "project.phase", "project.description");

    private final Map<String, Lever> levers = new LinkedHashMap<>();

    private Levers() {
    }

    /** A knowledge base without levers. */
    static Levers none() {
        return new Levers();
    }

    /** The levers as a cache entry stored them ({@link StoredForm}), in the order written. */
    static Levers stored(List<Lever> all) {
        Levers levers = new Levers();
        all.forEach(lever -> levers.levers.put(lever.id(), lever));
        return levers;
    }

    /**
     * The levers of every texts file that has a {@code levers:} section; problems in that section
     * (a field that is no fact or one a project cannot change, a value the field cannot hold, a
     * limit that does not exist, a text missing) are added to {@code problems}.
     */
    static Levers read(List<SourceFile> files, Limits limits, List<Problem> problems) {
        Levers read = none();
        TextsSection.read(files, SECTION, "a mapping from the id of each lever to its field, change, effort, nl and en",
                (in, entry) -> read.readLever(in, limits, entry), problems);
        return read;
    }

    private void readLever(TreeReader in, Limits limits, Node.Entry entry) {
        String path = TreeReader.join(SECTION, entry.key());
        Lever earlier = levers.get(entry.key());
        if (earlier != null) {
            in.problem(entry, path, "the lever " + entry.key() + " is written twice; it is already written at "
                    + earlier.file() + ":" + earlier.line() + ". Keep one of them");
            return;
        }
        Map<String, Node.Entry> parts = new LinkedHashMap<>();
        Node.MapNode map = in.mapping(entry.value(), path, "part", PARTS, part -> parts.put(part.key(), part));
        if (map == null) {
            return;
        }
        in.required(map, path, "field", "the fact the lever changes, such as workingMethod.cycleLengthWeeks");
        in.required(map, path, "effort", "small, medium or large: how much the change asks of the project");
        List<String> changes = parts.keySet().stream().filter(CHANGES::contains).toList();
        if (changes.size() != 1) {
            in.problem(map, path, (changes.isEmpty() ? "no change" : "more than one change (" + String.join(", ", changes)
                    + ")") + "; give one of set: (a value), atLeast: or atMost: (a number or a limit), add: (a value for a list)");
        }
        LeverField field = parts.containsKey("field") ? LeverField.read(in, parts.get("field").value(),
                TreeReader.join(path, "field"), FIXED) : null;
        Effort effort = parts.containsKey("effort") ? effort(in, parts.get("effort").value(),
                TreeReader.join(path, "effort")) : null;
        Map<Language, String> texts = texts(in, map, parts, path, limits);
        Map<String, List<String>> onlyWhen = parts.containsKey("onlyWhen")
                ? LeverField.conditions(in, parts.get("onlyWhen").value(), TreeReader.join(path, "onlyWhen"))
                : Map.of();
        if (field == null || changes.size() != 1) {
            return;
        }
        String change = changes.get(0);
        Node.Entry written = parts.get(change);
        Serializable value = field.value(in, change, written.value(), TreeReader.join(path, change), limits);
        if (value != null && effort != null && texts != null && onlyWhen != null) {
            levers.put(entry.key(), new Lever(entry.key(), field, Lever.Change.of(change), value, effort, onlyWhen, texts,
                    in.file(), entry.line(), entry.column()));
        }
    }

    private static Effort effort(TreeReader in, Node node, String path) {
        String text = in.nonBlankText(node, path);
        if (text == null) {
            return null;
        }
        if (!EFFORTS.contains(text.strip())) {
            in.problem(node, path, "unknown effort " + Node.quoted(text) + "; expected one of "
                    + String.join(", ", EFFORTS) + Suggestion.didYouMean(text.strip(), EFFORTS));
            return null;
        }
        return Effort.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    private static Map<Language, String> texts(TreeReader in, Node.MapNode map, Map<String, Node.Entry> parts, String path,
                                               Limits limits) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String code = language.code();
            in.required(map, path, code, "add " + code + ": with what the project does, in "
                    + (language == Language.NL ? "Dutch" : "English") + "; every text is written in nl and en");
            Node.Entry entry = parts.get(code);
            if (entry != null) {
                String shown = TreeReader.join(path, code);
                String text = in.nonBlankText(entry.value(), shown);
                String filled = text == null ? null : limits.fill(text.strip(), message -> in.problem(entry.value(), shown, message));
                if (filled != null) {
                    texts.put(language, filled);
                }
            }
        }
        return texts.size() == Language.values().length ? texts : null;
    }

    /** Every lever, in the order written. */
    List<Lever> all() {
        return List.copyOf(levers.values());
    }

    /** The lever with this id, or null. */
    Lever lever(String id) {
        return levers.get(id);
    }

    /** The number of a limit or of a number written as it is, for messages and tests. */
    static BigDecimal number(Object value) {
        return value instanceof BigDecimal big ? big : new BigDecimal(value.toString());
    }
}
