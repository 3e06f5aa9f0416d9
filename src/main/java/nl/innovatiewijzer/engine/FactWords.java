package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.document.ContractNames;

/**
 * Says facts in the words of a report: a field by its name in {@code rules/facts.yaml}, a value by
 * its word there ({@code value.role.privacyOfficer}: "privacyfunctionaris"), yes and no and
 * unknown by their words, so that no field path or code value reaches the reader.
 */
final class FactWords {

    private final Labels labels;

    FactWords(Labels labels) {
        this.labels = labels;
    }

    /**
     * A fact with its value as one line, in the {@code because-fact} form of the report's words:
     * "Projectleider, aangewezen: nee."
     */
    String fact(String field, Object value) {
        // a knowledge base without the words for the report or for this fact says it as a facts file does
        if (!labels.words().containsKey("because-fact") || !labels.words().containsKey("fact." + field)) {
            return field + " = " + FactValues.format(value, labels.language());
        }
        return labels.text("because-fact", name(field), word(value));
    }

    /** The name of a field: its section's name, then its own (lowered where it starts a word, not an abbreviation). */
    String name(String field) {
        String own = labels.words().get("fact." + field);
        int dot = field.indexOf('.');
        if (own == null) {
            return field;
        }
        if (dot < 0) {
            return own;
        }
        String section = labels.words().getOrDefault("fact." + field.substring(0, dot), field.substring(0, dot));
        return labels.words().containsKey("because-fact-name")
                ? labels.text("because-fact-name", section, lowered(own)) : section + ", " + lowered(own);
    }

    /** A value as a template fills it in: numbers as numbers, everything else in words. */
    Object filling(Object value) {
        return value instanceof Number ? value : word(value);
    }

    /** A value in words: yes, no, unknown, none, the word for an enum, a list of them joined by commas. */
    String word(Object value) {
        if (value == null) {
            return said("value.unknown", value);
        }
        if (value instanceof Boolean yes) {
            return said(yes ? "value.yes" : "value.no", value);
        }
        if (value instanceof Enum<?> constant) {
            String kind = constant.getDeclaringClass().getSimpleName();
            String id = "value." + Character.toLowerCase(kind.charAt(0)) + kind.substring(1) + "." + ContractNames.of(constant);
            return labels.words().getOrDefault(id, ContractNames.of(constant));
        }
        if (value instanceof Collection<?> values) {
            if (values.isEmpty()) {
                return said("value.none", value);
            }
            String[] words = new String[values.size()];
            int i = 0;
            for (Object item : values) {
                words[i++] = word(item);
            }
            // a set has no order of its own: in a fixed order, the same facts always give the same text
            if (values instanceof Set<?> && !(values instanceof SortedSet<?>) && !(values instanceof LinkedHashSet<?>)) {
                Arrays.sort(words);
            }
            return String.join(", ", words);
        }
        return FactValues.format(value, labels.language());
    }

    /** The word with this id; for a knowledge base without it, the value as a facts file writes it. */
    private String said(String id, Object value) {
        String word = labels.words().get(id);
        return word != null ? word : FactValues.format(value, labels.language());
    }

    /** A value as evidence for programs: booleans, numbers and texts as they are, enums in the contract's spelling. */
    static Object evidence(Object value) {
        if (value == null || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
            return number.longValue();
        }
        if (value instanceof Number) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return ContractNames.of(constant);
        }
        if (value instanceof Collection<?> values) {
            List<Object> items = new ArrayList<>(values.size());
            for (Object item : values) {
                items.add(evidence(item));
            }
            if (values instanceof Set<?> && !(values instanceof SortedSet<?>) && !(values instanceof LinkedHashSet<?>)) {
                items.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
            }
            return List.copyOf(items);
        }
        return value.toString();
    }

    private static String lowered(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }
}
