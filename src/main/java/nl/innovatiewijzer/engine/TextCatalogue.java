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
import java.util.stream.Collectors;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.document.DocumentParser;
import nl.innovatiewijzer.document.DocumentProblem;
import nl.innovatiewijzer.document.Node;

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
 */
final class TextCatalogue implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One entry: where it is written and its parts per language. */
    record Entry(String file, int line, Map<Language, Map<String, Template>> texts) implements Serializable {
    }

    private final Map<TextKind, Map<String, Entry>> entries;

    private TextCatalogue(Map<TextKind, Map<String, Entry>> entries) {
        this.entries = entries;
    }

    /** Reads every texts file; problems (bad structure, a language missing, duplicates) are added to {@code problems}. */
    static TextCatalogue read(List<SourceFile> files, List<Problem> problems) {
        Map<TextKind, Map<String, Entry>> entries = new EnumMap<>(TextKind.class);
        for (TextKind kind : TextKind.values()) {
            entries.put(kind, new LinkedHashMap<>());
        }
        for (SourceFile file : files) {
            if (file.isTexts()) {
                readFile(file, entries, problems);
            }
        }
        return new TextCatalogue(entries);
    }

    private static void readFile(SourceFile file, Map<TextKind, Map<String, Entry>> entries, List<Problem> problems) {
        List<DocumentProblem> found = new ArrayList<>();
        Node root = DocumentParser.parse(file.shown(), file.content(), false, found);
        found.forEach(problem -> problems.add(Problem.of(problem)));
        if (root == null) {
            return;
        }
        if (!(root instanceof Node.MapNode sections)) {
            problems.add(at(file, root, "", "a texts file is a mapping with the sections " + sectionNames()));
            return;
        }
        for (Node.Entry section : sections.entries().values()) {
            TextKind kind = TextKind.ofSection(section.key());
            if (kind == null) {
                problems.add(new Problem(file.shown(), section.line(), section.column(), section.key(),
                        "unknown section; expected one of " + sectionNames()));
                continue;
            }
            if (!(section.value() instanceof Node.MapNode ids)) {
                problems.add(at(file, section.value(), section.key(), "expected a mapping of ids to texts"));
                continue;
            }
            for (Node.Entry id : ids.entries().values()) {
                String path = kind.section() + "." + id.key();
                Entry earlier = entries.get(kind).get(id.key());
                if (earlier != null) {
                    problems.add(new Problem(file.shown(), id.line(), id.column(), path,
                            "duplicate id; it is already written at " + earlier.file() + ":" + earlier.line()));
                    continue;
                }
                Map<Language, Map<String, Template>> texts = readTexts(file, kind, id, path, problems);
                if (texts != null) {
                    entries.get(kind).put(id.key(), new Entry(file.shown(), id.line(), texts));
                }
            }
        }
    }

    private static Map<Language, Map<String, Template>> readTexts(SourceFile file, TextKind kind, Node.Entry id,
                                                               String path, List<Problem> problems) {
        if (!(id.value() instanceof Node.MapNode languages)) {
            problems.add(at(file, id.value(), path, "expected nl: and en: texts"));
            return null;
        }
        Map<Language, Map<String, Template>> texts = new EnumMap<>(Language.class);
        for (Node.Entry language : languages.entries().values()) {
            Language lang = Arrays.stream(Language.values()).filter(l -> l.code().equals(language.key()))
                    .findFirst().orElse(null);
            if (lang == null) {
                problems.add(new Problem(file.shown(), language.line(), language.column(), path + "." + language.key(),
                        "unknown language; expected nl and en"));
                continue;
            }
            Map<String, Template> parts = readParts(file, kind, language, path + "." + language.key(), problems);
            if (parts != null) {
                texts.put(lang, parts);
            }
        }
        for (Language lang : Language.values()) {
            if (!texts.containsKey(lang) && languages.entries().keySet().stream().noneMatch(lang.code()::equals)) {
                problems.add(new Problem(file.shown(), id.line(), id.column(), path,
                        "the " + lang.code() + " text is missing; every text is written in nl and en"));
            }
        }
        return texts.size() == Language.values().length ? texts : null;
    }

    private static Map<String, Template> readParts(SourceFile file, TextKind kind, Node.Entry language, String path,
                                                 List<Problem> problems) {
        if (kind.parts().equals(List.of("text"))) {
            String text = text(file, language.value(), path, problems);
            return text == null ? null : Map.of("text", Template.of(text));
        }
        if (!(language.value() instanceof Node.MapNode partsNode)) {
            problems.add(at(file, language.value(), path, "expected " + String.join(" and ", kind.parts())));
            return null;
        }
        Map<String, Template> parts = new LinkedHashMap<>();
        for (Node.Entry part : partsNode.entries().values()) {
            if (!kind.parts().contains(part.key())) {
                problems.add(new Problem(file.shown(), part.line(), part.column(), path + "." + part.key(),
                        "unknown part; expected " + String.join(" and ", kind.parts())));
                continue;
            }
            String text = text(file, part.value(), path + "." + part.key(), problems);
            if (text != null) {
                parts.put(part.key(), Template.of(text));
            }
        }
        for (String expected : kind.parts()) {
            if (!partsNode.entries().containsKey(expected)) {
                problems.add(at(file, partsNode, path, "the " + expected + " is missing"));
                return null;
            }
        }
        return parts.size() == kind.parts().size() ? parts : null;
    }

    private static String text(SourceFile file, Node node, String path, List<Problem> problems) {
        if (node instanceof Node.Scalar scalar && scalar.type() == Node.Scalar.Type.TEXT
                && !((String) scalar.value()).isBlank()) {
            return ((String) scalar.value()).strip();
        }
        problems.add(at(file, node, path, "expected a text, found " + (node == null ? "nothing" : node.kind())));
        return null;
    }

    private static Problem at(SourceFile file, Node node, String field, String message) {
        return new Problem(file.shown(), node == null ? 0 : node.line(), node == null ? 0 : node.column(), field, message);
    }

    private static String sectionNames() {
        return Arrays.stream(TextKind.values()).map(TextKind::section).collect(Collectors.joining(", "));
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
