package nl.innovatiewijzer.engine;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.innovatiewijzer.Effort;
import nl.innovatiewijzer.Language;

/**
 * One lever: a change a project can make to one fact, how much it asks, when it applies, and what
 * the project does, in words. It is only used on a fact the project knows: an unknown fact is a
 * question first, not a change.
 *
 * @param id       the lever's id, ideally the id of the action that asks for it
 * @param field    the fact it changes
 * @param change   how it changes it
 * @param value    the value, number, or item of the change
 * @param effort   how much it asks of the project
 * @param onlyWhen per field path, the values at which the lever applies; empty: always
 * @param texts    what the project does, per language
 * @param file     the file it is written in, as messages name it
 * @param line     its line there
 * @param column   its column there
 */
record Lever(String id, LeverField field, Change change, Serializable value, Effort effort,
             Map<String, List<String>> onlyWhen, Map<Language, String> texts, String file, int line, int column) {

    /** How a lever changes its fact. */
    enum Change {
        /** Gives the fact a value. */
        SET,
        /** Raises a number to at least a limit. */
        AT_LEAST,
        /** Lowers a number to at most a limit. */
        AT_MOST,
        /** Adds a value or an item to a list. */
        ADD;

        static Change of(String written) {
            return switch (written) {
                case "atLeast" -> AT_LEAST;
                case "atMost" -> AT_MOST;
                case "add" -> ADD;
                default -> SET;
            };
        }
    }

    /** What the project does, in a language. */
    String text(Language language) {
        return texts.get(language);
    }

    /**
     * The project with this lever pulled, or null when it does not apply: the fact is unknown, the
     * project does not meet {@code onlyWhen}, or the fact already is as the lever would make it.
     */
    ProjectDraft pull(ProjectDraft draft) {
        for (Map.Entry<String, List<String>> condition : onlyWhen.entrySet()) {
            String[] steps = condition.getKey().split("\\.");
            Object known = draft.get(steps[0], steps[1]);
            if (known == null || !condition.getValue().contains(LeverField.written(known))) {
                return null;
            }
        }
        Object current = draft.get(field.section(), field.field());
        if (current == null) {
            return null; // a question first
        }
        Object changed = changed(current);
        return changed == null ? null : draft.with(field.section(), field.field(), changed);
    }

    @SuppressWarnings("unchecked")
    private Object changed(Object current) {
        if (field.itemField() != null) {
            List<Map<String, Object>> items = (List<Map<String, Object>>) current;
            if (items.isEmpty() || items.stream().allMatch(item -> value.equals(item.get(field.itemField())))) {
                return null;
            }
            List<Map<String, Object>> set = new ArrayList<>(items.size());
            for (Map<String, Object> item : items) {
                Map<String, Object> copy = new LinkedHashMap<>(item);
                copy.put(field.itemField(), value);
                set.add(copy);
            }
            return set;
        }
        return switch (change) {
            case SET -> value.equals(current) ? null : value;
            case AT_LEAST -> number(current).compareTo((BigDecimal) value) >= 0 ? null
                    : typed(((BigDecimal) value).setScale(0, RoundingMode.CEILING));
            case AT_MOST -> number(current).compareTo((BigDecimal) value) <= 0 ? null
                    : typed(((BigDecimal) value).setScale(0, RoundingMode.FLOOR));
            case ADD -> added((List<Object>) current);
        };
    }

    private Object added(List<Object> current) {
        for (Object present : current) {
            if (present instanceof Map<?, ?> item ? contains(item, (Map<?, ?>) value) : present.equals(value)) {
                return null;
            }
        }
        List<Object> more = new ArrayList<>(current);
        more.add(value instanceof Map<?, ?> item ? new LinkedHashMap<>(item) : value);
        return more;
    }

    /** True when {@code item} has every field {@code wanted} gives, with the same value. */
    private static boolean contains(Map<?, ?> item, Map<?, ?> wanted) {
        return wanted.entrySet().stream().allMatch(field -> Objects.equals(item.get(field.getKey()), field.getValue()));
    }

    private static BigDecimal number(Object value) {
        return new BigDecimal(value.toString());
    }

    private Object typed(BigDecimal number) {
        if (field.type() == Integer.class) { // not a ?: of the two, which would make the whole number a double
            return number.intValue();
        }
        return number.doubleValue();
    }

    /** True when this lever and {@code other} cannot both be pulled: they set the same fact. */
    boolean clashes(Lever other) {
        return field.path().equals(other.field.path()) && (change != Change.ADD || other.change != Change.ADD);
    }
}
