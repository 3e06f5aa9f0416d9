package nl.innovatiewijzer.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.RulesOnDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Schema an editor checks a facts file with must agree with the reader: for every field,
 * what the reader accepts the schema accepts, and what it refuses the schema refuses.
 */
class FactsSchemaTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(FactsSchema.json(RulesOnDisk.advisor().texts(Language.EN).labels()));

    @TempDir
    Path folder;

    @Test
    void everyExampleProjectFollowsTheSchema() throws IOException {
        try (Stream<Path> examples = Files.list(Path.of("facts"))) {
            for (Path example : examples.sorted().toList()) {
                JsonNode facts = YAML.readTree(example.toFile()); // YAML is a superset of JSON
                assertEquals(List.of(), problems(facts), example + " against the schema");
            }
        }
    }

    @Test
    void forEveryFieldTheSchemaAcceptsWhatTheReaderAcceptsAndRefusesWhatItRefuses() throws IOException {
        List<String> disagreements = new ArrayList<>();
        for (FactField section : FactField.sections()) {
            for (FactField field : section.withAllBelow()) {
                if (field.kind() == FactField.Kind.SECTION || field.kind() == FactField.Kind.ITEMS) {
                    compare(disagreements, field, JSON.objectNode().put("noSuchField", true), false, "an unknown field in it");
                    continue;
                }
                compare(disagreements, field, JSON.nullNode(), !field.required(), "null");
                for (JsonNode good : goodValues(field)) {
                    compare(disagreements, field, good, true, "the value " + good);
                }
                for (JsonNode bad : badValues(field)) {
                    compare(disagreements, field, bad, false, "the value " + bad);
                }
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void aFactsFileWithoutAProjectNameBreaksTheSchemaAsItBreaksTheReader() {
        ObjectNode facts = JSON.objectNode();
        facts.putObject("project").put("phase", "pilot");

        assertTrue(!problems(facts).isEmpty(), "a project without a name must not pass the schema");
    }

    /** Puts {@code value} at the field's place in the smallest facts file, and checks both verdicts. */
    private void compare(List<String> disagreements, FactField field, JsonNode value, boolean readerShouldAccept,
                         String what) throws IOException {
        ObjectNode facts = JSON.objectNode();
        facts.putObject("project").put("name", "Voorbeeld");
        place(facts, field.path().split("\\."), 0, value);
        Path file = folder.resolve("facts.json");
        Files.writeString(file, facts.toString());
        boolean readerAccepts;
        try {
            ProjectFacts.read(file);
            readerAccepts = true;
        } catch (InvalidFactsException e) {
            readerAccepts = false;
        }
        boolean schemaAccepts = problems(facts).isEmpty();
        if (readerAccepts != readerShouldAccept) {
            disagreements.add(field.path() + " with " + what + ": the reader " + (readerAccepts ? "accepts" : "refuses")
                    + " it, which this test did not expect");
        } else if (schemaAccepts != readerAccepts) {
            disagreements.add(field.path() + " with " + what + ": the reader " + (readerAccepts ? "accepts" : "refuses")
                    + " it, the schema " + (schemaAccepts ? "accepts" : "refuses") + " it");
        }
    }

    /** Walks the path, making sections as objects and lists of items as a list of one item. */
    private void place(ObjectNode node, String[] path, int at, JsonNode value) {
        if (at == path.length - 1) {
            node.set(path[at], value);
            return;
        }
        FactField holder = find(String.join(".", List.of(path).subList(0, at + 1)));
        ObjectNode inner;
        if (holder.kind() == FactField.Kind.ITEMS) {
            inner = node.withArray(path[at]).addObject();
            for (FactField sibling : holder.fields()) { // an item needs its required fields
                if (sibling.required() && !sibling.name().equals(path[at + 1])) {
                    inner.set(sibling.name(), goodValues(sibling).get(0));
                }
            }
        } else {
            inner = node.has(path[at]) ? (ObjectNode) node.get(path[at]) : node.putObject(path[at]);
        }
        place(inner, path, at + 1, value);
    }

    private static FactField find(String path) {
        return FactField.sections().stream().flatMap(section -> section.withAllBelow().stream())
                .filter(field -> field.path().equals(path)).findFirst().orElseThrow();
    }

    private static List<JsonNode> goodValues(FactField field) {
        return switch (field.kind()) {
            case BOOLEAN -> List.of(JSON.booleanNode(true), JSON.booleanNode(false));
            case WHOLE_NUMBER -> List.of(JSON.numberNode((long) (double) field.min()), JSON.numberNode((long) (double) field.max()));
            case NUMBER -> List.of(JSON.numberNode((long) (double) field.min()), JSON.numberNode(12500.5));
            case TEXT -> List.of(JSON.textNode("Voorbeeldstad"));
            case DATE -> List.of(JSON.textNode("2026-12-01"), JSON.textNode("2024-02-29"));
            case VALUE -> field.values().stream().map(value -> (JsonNode) JSON.textNode(value)).toList();
            case VALUES -> List.of(JSON.arrayNode(), JSON.arrayNode().add(field.values().get(0)).add(field.values().get(1)));
            default -> List.of();
        };
    }

    private static List<JsonNode> badValues(FactField field) {
        List<JsonNode> bad = new ArrayList<>();
        switch (field.kind()) {
            case BOOLEAN -> bad.addAll(List.of(JSON.textNode("yes"), JSON.numberNode(1)));
            case WHOLE_NUMBER -> bad.addAll(List.of(JSON.numberNode((long) (double) field.min() - 1),
                    JSON.numberNode((long) (double) field.max() + 1), JSON.numberNode(2.5), JSON.textNode("many")));
            case NUMBER -> bad.addAll(List.of(JSON.numberNode((long) (double) field.min() - 1), JSON.textNode("much")));
            case TEXT -> {
                if (field.maxLength() != null) {
                    bad.add(JSON.textNode("x".repeat(field.maxLength() + 1)));
                }
                bad.add(JSON.arrayNode().add("a"));
            }
            // a day that is no day of the calendar (2026-02-30) the reader refuses and a schema cannot tell
            case DATE -> bad.addAll(List.of(JSON.textNode("1 december 2026"), JSON.textNode("2026-13-01"),
                    JSON.textNode("01-12-2026"), JSON.numberNode(20261201)));
            case VALUE -> bad.addAll(List.of(JSON.textNode("somethingElse"), JSON.booleanNode(true)));
            case VALUES -> bad.addAll(List.of(JSON.arrayNode().add("somethingElse"), JSON.textNode(field.values().get(0))));
            default -> { }
        }
        if (field.kind() == FactField.Kind.TEXT && field.required()) {
            bad.add(JSON.textNode(""));
        }
        return bad;
    }

    private static List<String> problems(JsonNode facts) {
        return SCHEMA.validate(facts).stream().map(Object::toString).toList();
    }
}
