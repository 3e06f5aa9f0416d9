package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.document.DocumentParser;
import nl.innovatiewijzer.document.Node;
import nl.innovatiewijzer.document.Suggestion;
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
 * itself is read by {@link Limits}. An action may say which actions it covers, beside its texts
 * ({@code covers: ["F2-accept-failure"]}, see {@link Covering}), and a {@code keyFacts:} section
 * names per factor the facts it is judged on first ({@code F1: ["projectLeader.assigned"]}, see
 * {@link KeyFacts}).
 */
final class TextCatalogue {

    /** One entry: where it is written and its parts per language. */
    record Entry(String file, int line, Map<Language, Map<String, Template>> texts) {
    }

    /** The section that names each factor's key facts. */
    static final String KEY_FACTS = "keyFacts";
    /** What an action may say beside its texts: the actions it covers. */
    static final String COVERS = "covers";
    /** The sections of texts, the key facts, and the limits, which {@link Limits} reads. */
    private static final List<String> SECTIONS = Stream.concat(
            Arrays.stream(TextKind.values()).map(TextKind::section), Stream.of(KEY_FACTS, Limits.SECTION, Duties.SECTION, Levers.SECTION)).toList();
    private static final List<String> LANGUAGES = Arrays.stream(Language.values()).map(Language::code).toList();
    private static final List<String> ACTION_KEYS = Stream.concat(LANGUAGES.stream(), Stream.of(COVERS)).toList();

    private final Map<TextKind, Map<String, Entry>> entries;
    private final Limits limits;
    private final Covering covering;
    private final KeyFacts keyFacts;
    private final Duties duties;
    private final Levers levers;
    /** Every id written in a texts file, also where its texts are wrong: only needed while compiling. */
    private final Map<TextKind, Set<String>> written;
    /** True when a texts file could not be read at all, so that any id may be in it; only known while compiling. */
    private final boolean unread;

    private TextCatalogue(Map<TextKind, Map<String, Entry>> entries, Limits limits, Covering covering, KeyFacts keyFacts,
                          Duties duties, Levers levers, Map<TextKind, Set<String>> written, boolean complete) {
        this.entries = entries;
        this.limits = limits;
        this.covering = covering;
        this.keyFacts = keyFacts;
        this.duties = duties;
        this.levers = levers;
        this.written = written;
        this.unread = !complete;
    }

    /** Texts read back from a compiled-rules cache entry ({@link StoredForm}): checked when they were read. */
    static TextCatalogue stored(Map<TextKind, Map<String, Entry>> entries, Limits limits, Covering covering,
                                KeyFacts keyFacts, Duties duties, Levers levers) {
        return new TextCatalogue(entries, limits, covering, keyFacts, duties, levers, null, true);
    }

    /** Every entry of every kind, in the order written: for its stored form. */
    Map<TextKind, Map<String, Entry>> entries() {
        return entries;
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
        Map<TextKind, Set<String>> written = new EnumMap<>(TextKind.class);
        for (TextKind kind : TextKind.values()) {
            entries.put(kind, new LinkedHashMap<>());
            written.put(kind, new LinkedHashSet<>());
        }
        Map<String, List<Covering.Written>> covers = new LinkedHashMap<>();
        Map<String, List<Covering.Written>> keyFacts = new LinkedHashMap<>();
        Map<String, Covering.Written> keyFactors = new LinkedHashMap<>();
        boolean complete = true;
        for (SourceFile file : files) {
            if (file.isTexts()) {
                complete &= new Reading(file, entries, written, limits, covers, keyFacts, keyFactors).read(problems);
            }
        }
        Covering covering = new Covering(covers);
        KeyFacts key = new KeyFacts(keyFacts, keyFactors);
        if (complete) { // an id may be in a file that could not be read
            covering.check(written.get(TextKind.ACTIONS), problems);
            key.check(written.get(TextKind.FACTORS), problems);
        }
        Duties duties = Duties.read(files, problems);
        duties.check(written.get(TextKind.OBLIGATIONS), complete, problems);
        Levers levers = Levers.read(files, limits, problems);
        return new TextCatalogue(entries, limits, covering, key, duties, levers, written, complete);
    }

    /** The reading of one texts file. */
    private record Reading(TreeReader in, WrittenTexts lines, Map<TextKind, Map<String, Entry>> entries,
                           Map<TextKind, Set<String>> written, SourceFile file, Limits limits,
                           Map<String, List<Covering.Written>> covers, Map<String, List<Covering.Written>> keyFacts,
                           Map<String, Covering.Written> keyFactors) {

        Reading(SourceFile file, Map<TextKind, Map<String, Entry>> entries, Map<TextKind, Set<String>> written,
                Limits limits, Map<String, List<Covering.Written>> covers, Map<String, List<Covering.Written>> keyFacts,
                Map<String, Covering.Written> keyFactors) {
            this(new TreeReader(file.shown(), new ArrayList<>()), new WrittenTexts(file.content()), entries, written, file,
                    limits, covers, keyFacts, keyFactors);
        }

        /** Reads the file; false when it is no YAML document at all. */
        boolean read(List<Problem> problems) {
            Node root = DocumentParser.parse(file.shown(), file.content(), false, in.problems());
            if (root != null) {
                in.mapping(root, "", "section", SECTIONS, section -> {
                    TextKind kind = TextKind.ofSection(section.key());
                    if (kind != null) {
                        readSection(kind, section.value());
                    } else if (section.key().equals(KEY_FACTS)) {
                        readKeyFacts(section.value());
                    } // else the limits, duties and levers, which Limits, Duties and Levers read
                });
            }
            in.problems().forEach(problem -> problems.add(Problem.of(problem)));
            return root != null;
        }

        private void readSection(TextKind kind, Node node) {
            Node.MapNode ids = in.mapping(node, kind.section(), "a mapping from id to its nl and en texts");
            if (ids == null) {
                return;
            }
            Map<String, Entry> known = entries.get(kind);
            for (Node.Entry id : ids.entries().values()) {
                String path = TreeReader.join(kind.section(), id.key());
                Entry earlier = known.get(id.key());
                if (earlier != null) {
                    in.problem(id, path, "duplicate id; it is already written at " + earlier.file() + ":" + earlier.line()
                            + "; an id is written once in the whole knowledge base: remove one of the two, or give this "
                            + "one an id of its own");
                    continue;
                }
                if (LANGUAGES.contains(id.key()) && !(id.value() instanceof Node.MapNode)) {
                    in.problem(id, path, id.key() + ": stands as far left as the ids under " + kind.section()
                            + ":, so it is read as an id; indent it as far as the other language above it");
                    continue;
                }
                written.get(kind).add(id.key());
                Map<Language, Map<String, Template>> texts = readTexts(kind, id.key(), id.value(), path);
                if (texts != null) {
                    known.put(id.key(), new Entry(in.file(), id.line(), texts));
                }
            }
        }

        /** Per factor, the field paths of its key facts. */
        private void readKeyFacts(Node node) {
            Node.MapNode factors = in.mapping(node, KEY_FACTS, "a mapping from factor id to a list of field paths, "
                    + "such as F1: [\"projectLeader.assigned\"]");
            if (factors == null) {
                return;
            }
            for (Node.Entry factor : factors.entries().values()) {
                String path = TreeReader.join(KEY_FACTS, factor.key());
                if (keyFacts.containsKey(factor.key())) {
                    in.problem(factor, path, "the key facts of " + factor.key() + " are already named; a factor's key "
                            + "facts are listed once in the whole knowledge base");
                    continue;
                }
                keyFacts.put(factor.key(), ids(factor.value(), path, "field paths"));
                keyFactors.put(factor.key(), new Covering.Written(factor.key(), in.file(), factor.line(), factor.column()));
            }
        }

        /** A list of ids in double quotes, with where each is written. */
        private List<Covering.Written> ids(Node node, String path, String what) {
            List<Covering.Written> ids = new ArrayList<>();
            in.list(node, path, "a list of " + what + " in double quotes, between [ and ]", (item, itemPath) -> {
                String id = in.nonBlankText(item, itemPath);
                if (id != null) {
                    ids.add(new Covering.Written(id.strip(), in.file(), item.line(), item.column()));
                }
            });
            return ids;
        }

        /** The texts of one id in every language, or null when one is missing or wrong. */
        private Map<Language, Map<String, Template>> readTexts(TextKind kind, String id, Node node, String path) {
            Map<Language, Map<String, Template>> texts = new EnumMap<>(Language.class);
            List<String> keys = kind == TextKind.ACTIONS ? ACTION_KEYS : LANGUAGES;
            Node.MapNode languages = mapping(node, path, "language", keys, language -> {
                if (language.key().equals(COVERS)) {
                    covers.put(id, ids(language.value(), TreeReader.join(path, COVERS), "action ids"));
                    return;
                }
                Map<String, Template> parts = readParts(kind, language.value(), TreeReader.join(path, language.key()));
                if (parts != null) {
                    texts.put(Language.of(language.key()), parts);
                }
            });
            if (languages == null) {
                return null;
            }
            for (String language : LANGUAGES) {
                if (misspelled(languages, keys, language)) {
                    continue; // told as the misspelling it is
                }
                in.required(languages, path, language, "add " + language + ": with the "
                        + (language.equals("nl") ? "Dutch" : "English") + " text; every text is written in nl and en");
            }
            return texts.size() == LANGUAGES.size() ? texts : null;
        }

        private Map<String, Template> readParts(TextKind kind, Node node, String path) {
            if (kind.parts().equals(List.of("text"))) {
                String text = text(node, path);
                return text == null ? null : Map.of("text", Template.of(text.strip()));
            }
            Map<String, Template> parts = new LinkedHashMap<>();
            Node.MapNode partsNode = mapping(node, path, "part", kind.parts(), part -> {
                String text = text(part.value(), TreeReader.join(path, part.key()));
                if (text != null) {
                    parts.put(part.key(), Template.of(text.strip()));
                }
            });
            if (partsNode == null) {
                return null;
            }
            for (String part : kind.parts()) {
                if (!misspelled(partsNode, kind.parts(), part)) {
                    in.required(partsNode, path, part, "");
                }
            }
            return parts.size() == kind.parts().size() ? parts : null;
        }

        /** True when {@code map} has a key that is not one of {@code names} and most likely meant {@code name}. */
        private static boolean misspelled(Node.MapNode map, List<String> names, String name) {
            return map.entries().keySet().stream().filter(key -> !names.contains(key))
                    .anyMatch(key -> Suggestion.closest(key, names).filter(name::equals).isPresent());
        }

        /** A text, or null after reporting it; also when YAML cut it short at a comment. */
        private String text(Node node, String path) {
            String text = in.nonBlankText(node, path);
            WrittenTexts.Comment comment = text == null ? null : lines.commentAfter(node);
            if (comment != null) {
                String key = path.substring(path.lastIndexOf('.') + 1);
                in.problem(new Node.Entry(key, comment.line(), comment.column(), node), path, "the text stops at ' #': "
                        + "everything after it is read as a comment; put the whole text in double quotes: " + key + ": "
                        + WrittenTexts.quoted(text + " " + comment.text()));
                return null;
            }
            // each {name} of a limit shows its value; a name that is no limit is reported here
            return text == null ? null : limits.fill(text, message -> in.problem(node, path, message));
        }

        /**
         * A mapping with the keys {@code names}, as {@link TreeReader#mapping} reads it, except that
         * a key with no value right after a text is named as what it most likely is: the rest of
         * a text between { and } that a comma cut in two.
         */
        private Node.MapNode mapping(Node node, String path, String noun, List<String> names, Consumer<Node.Entry> known) {
            Node.MapNode map = in.mapping(node, path, "a mapping with the " + noun + "s " + String.join(", ", names));
            if (map == null) {
                return null;
            }
            Node.Entry text = null;
            for (Node.Entry entry : map.entries().values()) {
                if (names.contains(entry.key())) {
                    known.accept(entry);
                    text = entry.value() instanceof Node.Scalar scalar && scalar.type() != Node.Scalar.Type.NULL ? entry : null;
                } else if (text != null && TreeReader.isNull(entry.value())) {
                    String whole = in.text(text.value(), path) + ", " + entry.key();
                    in.problem(entry, TreeReader.join(path, entry.key()), "found \"" + entry.key() + "\" after a comma, "
                            + "read as a " + noun + " of its own; a text between { and } that holds a comma goes in "
                            + "double quotes: " + text.key() + ": " + WrittenTexts.quoted(whole));
                    text = null;
                } else {
                    in.problem(entry, TreeReader.join(path, entry.key()), "unknown " + noun + "; expected one of "
                            + String.join(", ", names) + Suggestion.didYouMean(entry.key(), names));
                }
            }
            return map;
        }
    }

    /** Every id of this kind written in a texts file, also those whose texts are wrong; empty once compiled. */
    Set<String> written(TextKind kind) {
        return written == null ? Set.of() : Collections.unmodifiableSet(written.get(kind));
    }

    /** False when a texts file could not be read at all, so that a text looked for may be in it. */
    boolean complete() {
        return !unread;
    }

    /** The number of values the text of {@code id} asks for, in the language and part that asks for most. */
    int placeholders(TextKind kind, String id) {
        Entry entry = entries.get(kind).get(id);
        int needed = 0;
        if (entry != null) {
            for (Map<String, Template> parts : entry.texts().values()) {
                for (Template part : parts.values()) {
                    needed = Math.max(needed, part.placeholders());
                }
            }
        }
        return needed;
    }

    /** Which action covers which. */
    Covering covering() {
        return covering;
    }

    /** The key facts of each factor. */
    KeyFacts keyFacts() {
        return keyFacts;
    }

    /** The levers: what a project can change, for the improvement paths. */
    Levers levers() {
        return levers == null ? Levers.none() : levers;
    }

    /** The limits of the knowledge base, which its texts show and its rules compare with. */
    Limits limits() {
        return limits;
    }

    /** What the knowledge base says of each duty: law or policy, its basis, from when it applies. */
    Duties duties() {
        return duties == null ? Duties.none() : duties;
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
