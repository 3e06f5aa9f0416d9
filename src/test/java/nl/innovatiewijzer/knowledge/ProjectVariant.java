package nl.innovatiewijzer.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.ProjectFacts;

/**
 * An example project from {@code facts/}, changed field by field, so that a test reads as
 * "the strong project, but with a leader of 7 hours a week". Immutable: every change gives a new variant.
 */
final class ProjectVariant {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String base;
    private final ObjectNode tree;
    private final List<String> changes;
    /** Read at most once: a variant never changes, and reading is most of what a rule case costs. */
    private volatile ProjectFacts facts;

    private ProjectVariant(String base, ObjectNode tree, List<String> changes) {
        this.base = base;
        this.tree = tree;
        this.changes = List.copyOf(changes);
    }

    /** The project that is strong on all nine factors. */
    static ProjectVariant strong() {
        return of("facts/sterk-voorbeeldproject.yaml");
    }

    /** A project with a name and nothing else. */
    static ProjectVariant onlyName() {
        return of("facts/alleen-een-naam.yaml");
    }

    /** The project in a facts file, as it is. */
    static ProjectVariant of(String file) {
        try {
            return new ProjectVariant(Path.of(file).getFileName().toString(),
                    (ObjectNode) YAML.readTree(Path.of(file).toFile()), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This project with {@code path} (e.g. {@code projectLeader.hoursPerWeek}) set to a YAML value such as {@code 7}. */
    ProjectVariant with(String path, String yamlValue) {
        ObjectNode copy = tree.deepCopy();
        String[] fields = path.split("\\.");
        ObjectNode section = copy;
        for (int i = 0; i < fields.length - 1; i++) {
            JsonNode next = section.get(fields[i]);
            section = next instanceof ObjectNode object ? object : section.putObject(fields[i]);
        }
        section.set(fields[fields.length - 1], parse(yamlValue));
        return changed(copy, path + ": " + yamlValue);
    }

    /** This project with {@code path} unknown. */
    ProjectVariant without(String path) {
        ObjectNode copy = tree.deepCopy();
        String[] fields = path.split("\\.");
        JsonNode section = copy;
        for (int i = 0; i < fields.length - 1 && section != null; i++) {
            section = section.get(fields[i]);
        }
        if (section instanceof ObjectNode object) {
            object.remove(fields[fields.length - 1]);
        }
        return changed(copy, "no " + path);
    }

    /** The facts, read through the same strict reader as a facts file. */
    ProjectFacts facts() {
        ProjectFacts read = facts;
        if (read == null) {
            try {
                read = ProjectFacts.fromYaml(toString(), YAML.writeValueAsString(tree));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            facts = read;
        }
        return read;
    }

    private ProjectVariant changed(ObjectNode copy, String change) {
        List<String> all = new ArrayList<>(changes);
        all.add(change);
        return new ProjectVariant(base, copy, all);
    }

    private static JsonNode parse(String yamlValue) {
        try {
            return YAML.readTree(yamlValue);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a YAML value: " + yamlValue, e);
        }
    }

    @Override
    public String toString() {
        return changes.isEmpty() ? base : base + " with " + String.join(", ", changes);
    }
}
