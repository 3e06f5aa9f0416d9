package nl.innovatiewijzer.reference;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.document.ContractNames;
import nl.innovatiewijzer.facts.Bounds;
import nl.innovatiewijzer.facts.MaxLength;
import nl.innovatiewijzer.facts.Required;

/**
 * One field of the facts format as the fact model declares it: its path in a facts file, what
 * kind of value it holds, and its limits. Read from the records themselves, so a reference or a
 * schema made from it cannot drift from what the reader accepts.
 *
 * @param path      the field's path in a facts file, e.g. {@code team.members.role}
 * @param kind      what kind of value the field holds
 * @param values    the allowed values in the contract's spelling, for {@link Kind#VALUE} and {@link Kind#VALUES}
 * @param valueKind the kind of those values, e.g. {@code level}, as the words {@code value.level.high} name it; null otherwise
 * @param required  whether a facts file (or the item holding the field) must give it
 * @param maxLength the most characters a text may have, or null
 * @param min       the smallest number allowed, or null
 * @param max       the largest number allowed, or null
 * @param fields    the fields of a section or of each item of a list; empty otherwise
 */
public record FactField(String path, Kind kind, List<String> values, String valueKind, boolean required,
                        Integer maxLength, Double min, Double max, List<FactField> fields) {

    /** What kind of value a field holds. */
    public enum Kind {
        /** A section holding fields of its own, such as {@code team}. */
        SECTION,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A whole number. */
        WHOLE_NUMBER,
        /** A number, with decimals allowed. */
        NUMBER,
        /** Free text. */
        TEXT,
        /** A calendar date, written as {@code YYYY-MM-DD}. */
        DATE,
        /** One value of a fixed list. */
        VALUE,
        /** A list of values of a fixed list. */
        VALUES,
        /** A list of items, each with fields of its own. */
        ITEMS
    }

    public FactField {
        values = List.copyOf(values);
        fields = List.copyOf(fields);
    }

    /** The sections of a facts file, {@code project} first, each with its fields. */
    public static List<FactField> sections() {
        return fieldsOf(ProjectFacts.class, "");
    }

    /** The field's own name, the last part of its path. */
    public String name() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /**
     * The word for one of the field's values in the language of {@code words} (the labels of a
     * knowledge base), from {@code value.<valueKind>.<value>}: {@code pilot} of {@code project.phase}
     * is "pilot" in Dutch too, {@code high} of a level is "hoog". The value's own spelling when the
     * texts have no word for it.
     */
    public String word(Labels words, String value) {
        String word = words.words().get("value." + valueKind + "." + value);
        return word == null ? value : word;
    }

    /** This field and every field below it, in the order of the fact model. */
    public List<FactField> withAllBelow() {
        List<FactField> all = new ArrayList<>();
        all.add(this);
        fields.forEach(field -> all.addAll(field.withAllBelow()));
        return all;
    }

    private static List<FactField> fieldsOf(Class<?> record, String prefix) {
        List<FactField> fields = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            fields.add(of(component, prefix.isEmpty() ? component.getName() : prefix + "." + component.getName()));
        }
        return fields;
    }

    private static FactField of(RecordComponent component, String path) {
        Class<?> type = component.getType();
        boolean required = component.isAnnotationPresent(Required.class);
        MaxLength maxLength = component.getAnnotation(MaxLength.class);
        Bounds bounds = component.getAnnotation(Bounds.class);
        Double min = bounds == null ? null : bounds.min();
        Double max = bounds == null || bounds.max() == Double.MAX_VALUE ? null : bounds.max();
        if (type == List.class) {
            Class<?> item = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            if (item.isEnum()) {
                return new FactField(path, Kind.VALUES, spellings(item), valueKind(item), required, null, null, null, List.of());
            }
            return new FactField(path, Kind.ITEMS, List.of(), null, required, null, null, null, fieldsOf(item, path));
        }
        if (type.isRecord()) {
            return new FactField(path, Kind.SECTION, List.of(), null, required, null, null, null, fieldsOf(type, path));
        }
        if (type.isEnum()) {
            return new FactField(path, Kind.VALUE, spellings(type), valueKind(type), required, null, null, null, List.of());
        }
        Kind kind = type == Boolean.class ? Kind.BOOLEAN
                : type == Integer.class ? Kind.WHOLE_NUMBER
                : type == Double.class ? Kind.NUMBER
                : type == LocalDate.class ? Kind.DATE
                : Kind.TEXT;
        return new FactField(path, kind, List.of(), null, required, maxLength == null ? null : maxLength.value(),
                min, max, List.of());
    }

    private static List<String> spellings(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(constant -> ContractNames.of((Enum<?>) constant)).toList();
    }

    private static String valueKind(Class<?> enumType) {
        String name = enumType.getSimpleName();
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
