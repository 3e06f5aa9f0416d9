package nl.innovatiewijzer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a {@link Comparison} in the field order of the assessment contract's "compare". */
final class ComparisonJson {

    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ComparisonJson() {
    }

    static String write(Comparison comparison) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("project", comparison.project());
        json.put("before", comparison.before() == null ? null : comparison.before().toString());
        json.put("after", comparison.after() == null ? null : comparison.after().toString());
        json.put("factors", changes(comparison.factors(), "id"));
        json.put("obligations", changes(comparison.obligations(), "id"));
        json.put("facts", changes(comparison.facts(), "field"));
        json.put("factsKnown", comparison.factsKnown());
        Map<String, Object> recommendations = new LinkedHashMap<>();
        recommendations.put("added", comparison.added().stream().map(Comparison.Item::id).toList());
        recommendations.put("resolved", comparison.resolved().stream().map(Comparison.Item::id).toList());
        json.put("recommendations", recommendations);
        try {
            return WRITER.writeValueAsString(json) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a comparison holds only plain values", e);
        }
    }

    private static List<Object> changes(List<Comparison.Change> changes, String key) {
        List<Object> list = new ArrayList<>();
        for (Comparison.Change change : changes) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put(key, change.id());
            entry.put("before", value(change.before()));
            entry.put("after", value(change.after()));
            list.add(entry);
        }
        return list;
    }

    private static Object value(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : value;
    }
}
