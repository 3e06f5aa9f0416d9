package nl.innovatiewijzer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.innovatiewijzer.Comparison;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.reference.FactField;

/**
 * A comparison in words, the same for every format: a title, the period, and one section per
 * kind of change (factors, duties, facts, recommendations), each with rows of what it was and
 * what it is now. Formats differ only in how they lay it out.
 *
 * @param title    "Wat is veranderd: ..."
 * @param period   "Van ... tot ..."
 * @param sections the sections with something in them, in a fixed order
 * @param nothing  the sentence for a comparison in which nothing changed, or null
 * @param before   the heading of the earlier column
 * @param after    the heading of the later column
 */
record ComparisonView(String title, String period, List<Section> sections, String nothing, String before,
                      String after) {

    /** The fields of the fact model by path, for the words of a fact's value. */
    private static final Map<String, FactField> FIELDS = fields();

    /**
     * One part of a comparison.
     *
     * @param heading its heading
     * @param note    a sentence instead of rows, or null
     * @param rows    what changed; {@code before} and {@code after} are null for a list of recommendations
     */
    record Section(String heading, String note, List<Row> rows) {
        boolean changes() {
            return !rows.isEmpty() && rows.get(0).before() != null;
        }
    }

    /**
     * One change: a thing by name, what it was and what it is.
     *
     * @param tag    the factor (or duty) it belongs to, shown before the name; may be empty
     * @param name   what it is called
     * @param before what it was, or null for a list of recommendations
     * @param after  what it is, or null for a list of recommendations
     */
    record Row(String tag, String name, String before, String after) {
    }

    static ComparisonView of(Comparison comparison) {
        Labels words = comparison.labels();
        List<Section> sections = new ArrayList<>();
        if (!comparison.factors().isEmpty()) {
            sections.add(new Section(words.text("compare-factors"), null, comparison.factors().stream()
                    .map(c -> new Row(c.id(), c.title(), status(words, c.before()), status(words, c.after()))).toList()));
        }
        if (!comparison.obligations().isEmpty()) {
            sections.add(new Section(words.text("compare-obligations"), null, comparison.obligations().stream()
                    .map(c -> new Row("", c.title(), state(words, c.before()), state(words, c.after()))).toList()));
        }
        if (!comparison.factsKnown()) {
            sections.add(new Section(words.text("compare-facts"), words.text("compare-facts-not-known"), List.of()));
        } else if (!comparison.facts().isEmpty()) {
            sections.add(new Section(words.text("compare-facts"), null, comparison.facts().stream()
                    .map(c -> new Row("", factName(words, c.id()), value(words, c.id(), c.before()),
                            value(words, c.id(), c.after()))).toList()));
        }
        if (!comparison.added().isEmpty()) {
            sections.add(new Section(words.text("compare-recommendations-added"), null, items(comparison.added())));
        }
        if (!comparison.resolved().isEmpty()) {
            sections.add(new Section(words.text("compare-recommendations-resolved"), null, items(comparison.resolved())));
        }
        String nothing = comparison.isEmpty() ? words.text("compare-nothing") : null;
        return new ComparisonView(words.text("compare-title", comparison.project()),
                words.text("compare-period", date(words, comparison.before()), date(words, comparison.after())),
                sections, nothing, words.text("compare-before"), words.text("compare-after"));
    }

    private static List<Row> items(List<Comparison.Item> items) {
        return items.stream().map(item -> new Row(item.factor() == null ? "" : item.factor(), item.title(), null, null))
                .toList();
    }

    private static String date(Labels words, Object date) {
        if (date == null) {
            return words.text("compare-no-date");
        }
        return date instanceof java.time.LocalDate day ? Outline.date(day, words) : date.toString();
    }

    private static String status(Labels words, Object status) {
        return words.text("status-" + status.toString().toLowerCase(Locale.ROOT));
    }

    private static String state(Labels words, Object state) {
        return state == null ? words.text("compare-not-triggered")
                : words.text("obligation-" + state.toString().toLowerCase(Locale.ROOT));
    }

    /** The fact's name from the texts, after its section's ("Projectleider: Uren per week"); its path when the texts have none. */
    static String factName(Labels words, String field) {
        String name = words.words().get("fact." + field);
        if (name == null) {
            return field;
        }
        String section = words.words().get("fact." + field.substring(0, Math.max(0, field.lastIndexOf('.'))));
        return section == null ? name : section + ": " + name;
    }

    /** A fact's value in words: yes or no, the word for an enum value, a list of them, "unknown" for none. */
    static String value(Labels words, String field, Object value) {
        FactField model = FIELDS.get(field);
        String kind = model == null ? null : model.valueKind();
        if (value == null) {
            return words.text("value.unknown");
        }
        if (value instanceof Boolean yes) {
            return words.text(yes ? "value.yes" : "value.no");
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return words.text("value.none");
            }
            List<String> each = new ArrayList<>();
            for (Object item : list) {
                each.add(item instanceof Map<?, ?> map ? itemWords(words, field, map) : valueWord(words, kind, item));
            }
            return String.join(", ", each);
        }
        return valueWord(words, kind, value);
    }

    /** An item of a list (a team member, a partner) by its values, such as "data scientist (12)". */
    private static String itemWords(Labels words, String field, Map<?, ?> item) {
        List<String> parts = new ArrayList<>();
        item.forEach((name, value) -> parts.add(value(words, field + "." + name, value)));
        return parts.isEmpty() ? "" : parts.get(0) + (parts.size() > 1
                ? " (" + String.join(", ", parts.subList(1, parts.size())) + ")" : "");
    }

    private static String valueWord(Labels words, String kind, Object value) {
        if (kind != null) {
            String word = words.words().get("value." + kind + "." + value);
            if (word != null) {
                return word;
            }
        }
        if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
            return String.valueOf(number.longValue());
        }
        return String.valueOf(value);
    }

    private static Map<String, FactField> fields() {
        Map<String, FactField> fields = new java.util.HashMap<>();
        for (FactField section : FactField.sections()) {
            section.withAllBelow().forEach(field -> fields.put(field.path(), field));
        }
        return Map.copyOf(fields);
    }
}
