package nl.innovatiewijzer.engine;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.document.RecordShape;

/**
 * Splits {@link ProjectFacts} into the separate facts rules match: one per section (an absent
 * section becomes one whose every field is unknown, so rules can test for unknown fields), and
 * one per item of a list of records (each team member, supplier, partner, learning activity).
 * Remembers each fact's field path for the explanation.
 */
final class FactPlacement {

    /** A section whose every field is unknown, one per section type: records are immutable, so one serves all. */
    private static final ClassValue<Record> UNKNOWN = new ClassValue<>() {
        @Override
        protected Record computeValue(Class<?> type) {
            return unknown(type);
        }
    };

    /** Where a fact stands: a section, or an item of a list in a section; spelled out only when asked. */
    private record Place(String section, String list, int index) {
        String path() {
            return list == null ? section : section + "." + list + "[" + index + "]";
        }
    }

    /** The parts of a section type that hold lists of records, whose items are facts of their own. */
    private static final ClassValue<List<RecordShape.Part>> RECORD_LISTS = new ClassValue<>() {
        @Override
        protected List<RecordShape.Part> computeValue(Class<?> type) {
            return RecordShape.of(type).stream()
                    .filter(part -> part.component().getGenericType() instanceof ParameterizedType list
                            && list.getActualTypeArguments()[0] instanceof Class<?> item && item.isRecord())
                    .toList();
        }
    };

    /** The parts of a section type that hold lists of enum values: which of a closed set apply. */
    private static final ClassValue<List<RecordShape.Part>> VALUE_LISTS = new ClassValue<>() {
        @Override
        protected List<RecordShape.Part> computeValue(Class<?> type) {
            return RecordShape.of(type).stream()
                    .filter(part -> part.component().getGenericType() instanceof ParameterizedType list
                            && list.getActualTypeArguments()[0] instanceof Class<?> item && item.isEnum())
                    .toList();
        }
    };

    private final Map<Object, Place> places = new IdentityHashMap<>(32);
    private final List<Object> facts = new ArrayList<>(32);

    private FactPlacement() {
    }

    static FactPlacement of(ProjectFacts projectFacts) {
        FactPlacement placement = new FactPlacement();
        for (RecordShape.Part section : RecordShape.of(ProjectFacts.class)) {
            Object value = section.read(projectFacts);
            Record record = value == null ? UNKNOWN.get(section.component().getType()) : distinct((Record) value);
            placement.add(record, new Place(section.name(), null, 0));
            for (RecordShape.Part field : RECORD_LISTS.get(record.getClass())) {
                if (field.read(record) instanceof List<?> items) {
                    for (int i = 0; i < items.size(); i++) {
                        placement.add(items.get(i), new Place(section.name(), field.name(), i));
                    }
                }
            }
        }
        return placement;
    }

    private void add(Object fact, Place place) {
        facts.add(fact);
        places.put(fact, place);
    }

    /** The facts, sections first in contract order, each followed by its list items. */
    List<Object> facts() {
        return facts;
    }

    /** The field path of a fact, or its type name for a fact that rules inserted themselves. */
    String pathOf(Object fact) {
        Place place = places.get(fact);
        return place != null ? place.path() : fact.getClass().getSimpleName();
    }

    /**
     * The section with each value listed once: a list of enum values says which of a closed set
     * apply, so that a criterion listed twice counts once when a rule asks for the list's size().
     */
    private static Record distinct(Record section) {
        List<RecordShape.Part> lists = VALUE_LISTS.get(section.getClass());
        Object[] values = null;
        for (RecordShape.Part part : lists) {
            if (part.read(section) instanceof List<?> list && repeats(list)) {
                if (values == null) {
                    values = new Object[section.getClass().getRecordComponents().length];
                    List<RecordShape.Part> all = RecordShape.of(section.getClass());
                    for (int i = 0; i < values.length; i++) {
                        values[i] = all.get(i).read(section);
                    }
                }
                values[RecordShape.of(section.getClass()).indexOf(part)] = List.copyOf(new LinkedHashSet<>(list));
            }
        }
        return values == null ? section : construct(section.getClass(), values);
    }

    /** Whether a value stands twice in a short list; no set is made for the common case of none. */
    private static boolean repeats(List<?> list) {
        for (int i = 1; i < list.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (list.get(i) == list.get(j)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Record construct(Class<?> type, Object[] values) {
        try {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            return (Record) type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        }
    }

    private static Record unknown(Class<?> type) {
        return construct(type, new Object[type.getRecordComponents().length]);
    }
}
