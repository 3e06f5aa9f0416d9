package nl.innovatiewijzer.engine;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.document.DocumentParser;
import nl.innovatiewijzer.document.Node;
import nl.innovatiewijzer.document.TreeReader;

/**
 * Every text of a knowledge base in Dutch and English, read from the {@code .yaml} files beside
 * the rules. A texts file has up to six sections (see {@link TextKind}); each entry has an
 * {@code nl} and an {@code en} version:
 * <pre>
 * actions:
 *   F5-add-privacy-officer:
 *     nl: {title: ..., action: ...}
 *     en: {title: ..., action: ...}
 * findings:
 *   F4-long-cycles:
 *     nl: Een werkcyclus duurt {0} weken.
 *     en: One work cycle takes {0} weeks.
 * </pre>
 * A text may also show a limit's value, {@code {longCycleWeeks}}; the {@code limits:} section
 * itself is read by {@link Limits}.
 */
final class TextCatalogue implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One entry: where it is written and its parts per language. */
    record Entry(String file, int line, Map<Language, Map<String, Template>> texts) implements Serializable {
    }

    /** The sections of texts, and the limits, which {@link Limits} reads. */
    private static final List<String> SECTIONS = Stream.concat(
            Arrays.stream(TextKind.values()).map(TextKind::section), Stream.of(Limits.SECTION)).toList();
    private static final List<String> LANGUAGES = Arrays.stream(Language.values()).map(Language::code).toList();

    private final Map<TextKind, Map<String, Entry>> entries;
    private final Limits limits;

    private TextCatalogue(Map<TextKind, Map<String, Entry>> entries, Limits limits) {
        this.entries = entries;
        this.limits = limits;
    }

    /** Reads every texts file with its limits; problems (bad structure, a language missing, duplicates) are added to {@code problems}. */
    static TextCatalogue read(List<SourceFile> files, List<Problem> problems) {
        return read(files, Limits.read(files, problems), problems);
    }

    /**
     * Reads every texts file, each {@code {name}} of a limit filled in with its value; problems (bad
     * structure, a language missing, duplicates, a name that is no limit) are added to {@code problems}.
     */
    static TextCatalogue read(List<SourceFile> files, Limits limits, List<Problem> problems) {
        Map<TextKind, Map<String, Entry>> entries = new EnumMap<>(TextKind.class);
        for (TextKind kind : TextKind.values()) {
            entries.put(kind, new LinkedHashMap<>());
        }
        for (SourceFile file : files) {
            if (file.isTexts()) {
                readFile(file, entries, limits, problems);
            }
        }
        return new TextCatalogue(entries, limits);
    }

    private static void readFile(SourceFile file, Map<TextKind, Map<String, Entry>> entries, Limits limits,
                                 List<Problem> problems) {
        TreeReader in = new TreeReader(file.shown(), new ArrayList<>());
        Node root = DocumentParser.parse(file.shown(), file.content(), false, in.problems());
        if (root != null) {
            in.mapping(root, "", "section", SECTIONS, section -> {
                TextKind kind = TextKind.ofSection(section.key());
                if (kind != null) { // null for the limits
                    readSection(in, kind, section.value(), entries.get(kind), limits);
                }
            });
        }
        in.problems().forEach(problem -> problems.add(Problem.of(problem)));
    }

    private static void readSection(TreeReader in, TextKind kind, Node node, Map<String, Entry> entries, Limits limits) {
        Node.MapNode ids = in.mapping(node, kind.section(), "a mapping from id to its nl and en texts");
        if (ids == null) {
            return;
        }
        for (Node.Entry id : ids.entries().values()) {
            String path = TreeReader.join(kind.section(), id.key());
            Entry earlier = entries.get(id.key());
            if (earlier != null) {
                in.problem(id, path, "duplicate id; it is already written at " + earlier.file() + ":" + earlier.line());
                continue;
            }
            Map<Language, Map<String, Template>> texts = readTexts(in, kind, id.value(), path, limits);
            if (texts != null) {
                entries.put(id.key(), new Entry(in.file(), id.line(), texts));
            }
        }
    }

    /** The texts of one id in every language, or null when one is missing or wrong. */
    private static Map<Language, Map<String, Template>> readTexts(TreeReader in, TextKind kind, Node node, String path,
                                                                  Limits limits) {
        Map<Language, Map<String, Template>> texts = new EnumMap<>(Language.class);
        Node.MapNode languages = in.mapping(node, path, "language", LANGUAGES, language -> {
            Map<String, Template> parts = readParts(in, kind, language.value(), TreeReader.join(path, language.key()), limits);
            if (parts != null) {
                texts.put(Language.of(language.key()), parts);
            }
        });
        if (languages == null) {
            return null;
        }
        for (String language : LANGUAGES) {
            in.required(languages, path, language, "every text is written in nl and en");
        }
        return texts.size() == LANGUAGES.size() ? texts : null;
    }

    private static Map<String, Template> readParts(TreeReader in, TextKind kind, Node node, String path, Limits limits) {
        if (kind.parts().equals(List.of("text"))) {
            String text = withLimits(in, node, path, in.nonBlankText(node, path), limits);
            return text == null ? null : Map.of("text", Template.of(text.strip()));
        }
        Map<String, Template> parts = new LinkedHashMap<>();
        Node.MapNode partsNode = in.mapping(node, path, "part", kind.parts(), part -> {
            String partPath = TreeReader.join(path, part.key());
            String text = withLimits(in, part.value(), partPath, in.nonBlankText(part.value(), partPath), limits);
            if (text != null) {
                parts.put(part.key(), Template.of(text.strip()));
            }
        });
        if (partsNode == null) {
            return null;
        }
        for (String part : kind.parts()) {
            in.required(partsNode, path, part, "");
        }
        return parts.size() == kind.parts().size() ? parts : null;
    }

    /** The text with the limits it names filled in, or null after reporting a name that is no limit. */
    private static String withLimits(TreeReader in, Node node, String path, String text, Limits limits) {
        return text == null ? null : limits.fill(text, message -> in.problem(node, path, message));
    }

    /** The limits of the knowledge base, which its texts show and its rules compare with. */
    Limits limits() {
        return limits;
    }

    /** True when the catalogue has a text with this id. */
    boolean has(TextKind kind, String id) {
        return entries.get(kind).containsKey(id);
    }

    /** The ids of one kind, in the order they are written. */
    Set<String> ids(TextKind kind) {
        return Collections.unmodifiableSet(entries.get(kind).keySet());
    }

    /** Where an entry is written, as {@code file:line}. */
    String where(TextKind kind, String id) {
        Entry entry = entries.get(kind).get(id);
        return entry == null ? "" : entry.file() + ":" + entry.line();
    }

    Entry entry(TextKind kind, String id) {
        return entries.get(kind).get(id);
    }

    /**
     * A part of a text in a language, with {0}, {1}, ... replaced by the values given.
     *
     * @throws IllegalStateException when there is no such text; the knowledge base checks prevent this
     */
    String text(TextKind kind, String id, String part, Language language, Object... values) {
        Entry entry = entries.get(kind).get(id);
        if (entry == null) {
            throw new IllegalStateException("no " + kind.section() + " text \"" + id + "\"");
        }
        return entry.texts().get(language).get(part).fill(language, values);
    }

    /** The single text of an entry. */
    String text(TextKind kind, String id, Language language, Object... values) {
        return text(kind, id, "text", language, values);
    }
}
