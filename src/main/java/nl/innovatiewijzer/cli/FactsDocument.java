package nl.innovatiewijzer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.innovatiewijzer.Comparison;
import nl.innovatiewijzer.ProjectFacts;

/**
 * A facts file being filled in: the facts as a facts file writes them, one answer set at a time,
 * and written whole after each, so that a file stopped halfway is still a valid facts file.
 * It is written from its facts: comments and layout of a file read in are not kept.
 */
final class FactsDocument {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Map<String, Object> tree;
    private ProjectFacts facts;

    private FactsDocument(Path file, ProjectFacts facts) {
        this.file = file;
        this.facts = facts;
        this.tree = tree(facts);
    }

    /** The facts read from an existing file; invalid facts are thrown, and the file is left as it is. */
    static FactsDocument read(Path file) {
        return new FactsDocument(file, ProjectFacts.read(file));
    }

    /** A new project with only its name. */
    static FactsDocument named(Path file, String name) {
        return new FactsDocument(file, ProjectFacts.builder(name).build());
    }

    ProjectFacts facts() {
        return facts;
    }

    /**
     * Sets a fact; for a field of the items of a list (every supplier, say) it is set on each item
     * that does not give it yet.
     *
     * @throws nl.innovatiewijzer.InvalidFactsException when the facts would not follow the contract; nothing changes
     */
    void set(String field, Object value) {
        Map<String, Object> changed = copy(tree);
        String[] parts = field.split("\\.");
        Map<String, Object> section = changed;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = section.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
            if (next instanceof List<?> items) {
                for (Object item : items) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> map = (Map<String, Object>) item;
                    map.putIfAbsent(parts[parts.length - 1], value);
                }
                apply(changed);
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) next;
            section = map;
        }
        section.put(parts[parts.length - 1], value);
        apply(changed);
    }

    /** How many items the list holding {@code field} has, or -1 when the field is not in the items of a list. */
    int itemsHolding(String field) {
        Object at = tree;
        String[] parts = field.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            if (!(at instanceof Map<?, ?> map)) {
                return -1;
            }
            at = map.get(parts[i]);
            if (at instanceof List<?> list) {
                return list.size();
            }
        }
        return -1;
    }

    /** Writes the facts to the file: beside it first, then moved into its place. */
    void write() throws IOException {
        OutputFile.write(file, text(tree));
    }

    private void apply(Map<String, Object> changed) {
        String text = text(changed);
        String name = file.toString();
        facts = isJson() ? ProjectFacts.fromJson(name, text) : ProjectFacts.fromYaml(name, text);
        tree.clear();
        tree.putAll(changed);
    }

    private boolean isJson() {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private String text(Map<String, Object> facts) {
        try {
            return isJson() ? JSON.writeValueAsString(facts) + "\n" : YAML.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("facts hold only plain values", e);
        }
    }

    /** The facts as nested maps, unknown fields left out, from their field paths. */
    private static Map<String, Object> tree(ProjectFacts facts) {
        return Comparison.factsAsFile(facts);
    }

    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, copy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return (T) copy;
        }
        return value;
    }
}
