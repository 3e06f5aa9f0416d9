package nl.innovatiewijzer.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import nl.innovatiewijzer.Labels;

/**
 * The JSON Schema (draft 2020-12) of the facts format, for editors that check a facts file as it
 * is typed and complete its fields. Made from the fact model ({@link FactField}), with the
 * names and meanings of the knowledge base's texts as titles and descriptions: it refuses what
 * the reader refuses (an unknown field, a wrong kind of value, a number out of range, an unknown
 * value, a missing {@code project.name}) and allows null wherever a fact may be unknown.
 */
public final class FactsSchema {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Labels words;

    private FactsSchema(Labels words) {
        this.words = words;
    }

    /** The schema, pretty-printed, with titles and descriptions in the language of {@code words}. */
    public static String json(Labels words) {
        ObjectNode schema = new FactsSchema(words).document();
        try {
            return WRITER.writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the schema cannot be written", e); // a tree of plain nodes always can
        }
    }

    private ObjectNode document() {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "https://innovatiewijzer.nl/schema/facts.schema.json");
        schema.put("title", words.text("reference.title"));
        schema.put("description", words.text("reference.intro"));
        object(schema, FactField.sections(), false);
        return schema;
    }

    /** The keywords of an object with these fields: no other fields, the required ones named. */
    private void object(ObjectNode node, List<FactField> fields, boolean nullable) {
        node.set("type", nullable ? JSON.arrayNode().add("object").add("null") : JSON.textNode("object"));
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (FactField field : fields) {
            properties.set(field.name(), field(field));
            if (field.required()) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        node.put("additionalProperties", false);
    }

    private ObjectNode field(FactField field) {
        ObjectNode node = JSON.objectNode();
        node.put("title", words.text("fact." + field.path()));
        node.put("description", description(field));
        boolean nullable = !field.required();
        switch (field.kind()) {
            case SECTION -> object(node, field.fields(), nullable);
            case BOOLEAN -> node.set("type", type("boolean", nullable));
            case WHOLE_NUMBER -> {
                node.set("type", type("integer", nullable));
                limits(node, field);
            }
            case NUMBER -> {
                node.set("type", type("number", nullable));
                limits(node, field);
            }
            case TEXT -> {
                node.set("type", type("string", nullable));
                if (field.required()) {
                    node.put("minLength", 1);
                }
                if (field.maxLength() != null) {
                    node.put("maxLength", field.maxLength());
                }
            }
            case DATE -> {
                node.set("type", type("string", nullable));
                node.put("format", "date");
                node.put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$");
            }
            case VALUE -> node.set("enum", values(field, nullable));
            case VALUES -> {
                node.set("type", type("array", nullable));
                node.putObject("items").set("enum", values(field, false));
            }
            case ITEMS -> {
                node.set("type", type("array", nullable));
                object(node.putObject("items"), field.fields(), false);
            }
        }
        return node;
    }

    private String description(FactField field) {
        String meaning = words.text("fact." + field.path() + ".meaning");
        if (field.values().isEmpty()) {
            return meaning;
        }
        return meaning + " " + field.values().stream()
                .map(value -> value + ": " + words.text("value." + field.valueKind() + "." + value))
                .collect(Collectors.joining("; ")) + ".";
    }

    private static void limits(ObjectNode node, FactField field) {
        if (field.min() != null) {
            number(node, "minimum", field.min());
        }
        if (field.max() != null) {
            number(node, "maximum", field.max());
        }
    }

    private static void number(ObjectNode node, String keyword, double value) {
        if (value == Math.rint(value)) {
            node.put(keyword, (long) value);
        } else {
            node.put(keyword, value);
        }
    }

    private static ArrayNode values(FactField field, boolean nullable) {
        ArrayNode values = JSON.arrayNode();
        field.values().forEach(values::add);
        if (nullable) {
            values.addNull();
        }
        return values;
    }

    private static ArrayNode type(String type, boolean nullable) {
        ArrayNode types = JSON.arrayNode().add(type);
        if (nullable) {
            types.add("null");
        }
        return types;
    }
}
