package nl.innovatiewijzer.engine;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.facts.RecordShape;

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

    private final Map<Object, String> paths = new IdentityHashMap<>();
    private final List<Object> facts = new ArrayList<>();

    private FactPlacement() {
    }

    static FactPlacement of(ProjectFacts projectFacts) {
        FactPlacement placement = new FactPlacement();
        for (RecordShape.Part section : RecordShape.of(ProjectFacts.class)) {
            Object value = section.read(projectFacts);
            Record record = value == null ? UNKNOWN.get(section.component().getType()) : (Record) value;
            placement.add(record, section.name());
            for (RecordShape.Part field : RecordShape.of(record.getClass())) {
                if (field.read(record) instanceof List<?> items) {
                    for (int i = 0; i < items.size(); i++) {
                        if (items.get(i) instanceof Record item) {
                            placement.add(item, section.name() + "." + field.name() + "[" + i + "]");
                        }
                    }
                }
            }
        }
        return placement;
    }

    private void add(Object fact, String path) {
        facts.add(fact);
        paths.put(fact, path);
    }

    /** The facts, sections first in contract order, each followed by its list items. */
    List<Object> facts() {
        return facts;
    }

    /** The field path of a fact, or its type name for a fact that rules inserted themselves. */
    String pathOf(Object fact) {
        String path = paths.get(fact);
        return path != null ? path : fact.getClass().getSimpleName();
    }

    private static Record unknown(Class<?> type) {
        try {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            return (Record) type.getDeclaredConstructor(types).newInstance(new Object[components.length]);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make an unknown " + type.getSimpleName(), e);
        }
    }
}
