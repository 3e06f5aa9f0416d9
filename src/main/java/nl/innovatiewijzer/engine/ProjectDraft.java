package nl.innovatiewijzer.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.document.RecordShape;
import nl.innovatiewijzer.facts.Bounds;
import nl.innovatiewijzer.facts.Required;

/**
 * The facts of one project as plain values by section and field, as the knowledge check makes
 * them: a field at a time, from the rules' conditions or at random, and smaller again to show only
 * what a finding needs; it says in a line which facts a project has. Immutable: every change gives
 * a new draft. A section or field that is not there is unknown; a list of records (team members,
 * suppliers, ...) holds one map per item.
 */
final class ProjectDraft {

    /**
     * One field of a section or of a list item, as the facts contract declares it.
     *
     * @param name     the field's name, e.g. {@code cycleLengthWeeks}
     * @param type     the value's type, or the item's type for a list
     * @param list     true for a list of values or of records
     * @param min      the smallest number allowed
     * @param max      the largest number allowed
     * @param required true when an item or section must have it
     */
    record Field(String name, Class<?> type, boolean list, double min, double max, boolean required) {

        boolean holdsRecords() {
            return list && type.isRecord();
        }

        /** The fields of a record type, looked up once per type: the check makes thousands of records. */
        static List<Field> of(Class<?> record) {
            return FIELDS.get(record);
        }

        private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
            @Override
            protected List<Field> computeValue(Class<?> record) {
                return read(record);
            }
        };

        private static List<Field> read(Class<?> record) {
            List<Field> fields = new ArrayList<>();
            for (RecordComponent component : record.getRecordComponents()) {
                Class<?> type = component.getType();
                boolean list = component.getGenericType() instanceof ParameterizedType generic;
                if (list) {
                    type = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                }
                Bounds bounds = component.getAnnotation(Bounds.class);
                fields.add(new Field(component.getName(), type, list,
                        bounds == null ? 0 : bounds.min(), bounds == null ? 1_000_000 : Math.min(bounds.max(), 1_000_000),
                        component.isAnnotationPresent(Required.class)));
            }
            return List.copyOf(fields);
        }
    }

    /** A section of the facts: its name in a facts file, its record type and its fields. */
    record Section(String name, Class<?> type, List<Field> fields) {

        Field field(String name) {
            for (Field field : fields) {
                if (field.name().equals(name)) {
                    return field;
                }
            }
            return null;
        }
    }

    /** The sections of the facts contract, in its order. */
    static final List<Section> SECTIONS = RecordShape.of(ProjectFacts.class).stream()
            .map(part -> new Section(part.name(), part.component().getType(), Field.of(part.component().getType())))
            .toList();

    private final Map<String, Map<String, Object>> sections;

    private ProjectDraft(Map<String, Map<String, Object>> sections) {
        this.sections = sections;
    }

    /** A project with a name and nothing else known. */
    static ProjectDraft named(String name) {
        return new ProjectDraft(new LinkedHashMap<>()).with("project", "name", name);
    }

    /** The facts of a project as a draft, to be changed a field at a time. */
    static ProjectDraft of(ProjectFacts facts) {
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        for (RecordShape.Part part : RecordShape.of(ProjectFacts.class)) {
            Object section = part.read(facts);
            if (section != null) {
                sections.put(part.name(), values(section));
            }
        }
        return new ProjectDraft(sections);
    }

    /** The known fields of a record as values by name; a list of records as a list of such maps. */
    private static Map<String, Object> values(Object record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordShape.Part part : RecordShape.of(record.getClass())) {
            Object value = part.read(record);
            if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Record) {
                List<Map<String, Object>> items = new ArrayList<>(list.size());
                list.forEach(item -> items.add(values(item)));
                value = items;
            }
            if (value != null) {
                values.put(part.name(), value);
            }
        }
        return values;
    }

    /** The value of a field of a section, or null when unknown. */
    Object get(String section, String field) {
        Map<String, Object> values = sections.get(section);
        return values == null ? null : values.get(field);
    }

    /** The items of a list of records, empty when the list is unknown or empty. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items(String section, String field) {
        return get(section, field) instanceof List<?> list && (list.isEmpty() || list.get(0) instanceof Map)
                ? (List<Map<String, Object>>) list : List.of();
    }

    /** This project with one field of a section set; null makes it unknown. */
    ProjectDraft with(String section, String field, Object value) {
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>(sections);
        Map<String, Object> values = new LinkedHashMap<>(copy.getOrDefault(section, Map.of()));
        if (value == null) {
            values.remove(field);
        } else {
            values.put(field, value instanceof List<?> list ? List.copyOf(list) : value);
        }
        copy.put(section, values);
        return new ProjectDraft(copy);
    }

    /** Every known field as {@code section.field}, the project's name left out. */
    List<String[]> knownFields() {
        List<String[]> known = new ArrayList<>();
        sections.forEach((section, values) -> values.keySet().forEach(field -> {
            if (!section.equals("project") || !field.equals("name")) {
                known.add(new String[] {section, field});
            }
        }));
        return known;
    }

    /**
     * The facts, checked by the contract.
     *
     * @throws InvalidFactsException when a value is out of the contract's bounds
     */
    ProjectFacts facts() {
        Object[] values = new Object[SECTIONS.size()];
        for (int i = 0; i < values.length; i++) {
            Section section = SECTIONS.get(i);
            Map<String, Object> fields = sections.get(section.name());
            values[i] = fields == null ? null : record(section.type(), section.fields(), fields);
        }
        return (ProjectFacts) construct(ProjectFacts.class, values);
    }

    @SuppressWarnings("unchecked")
    private static Object record(Class<?> type, List<Field> fields, Map<String, Object> values) {
        Object[] components = new Object[fields.size()];
        for (int i = 0; i < components.length; i++) {
            Field field = fields.get(i);
            Object value = values.get(field.name());
            if (field.holdsRecords() && value instanceof List<?> items) {
                List<Object> records = new ArrayList<>(items.size());
                List<Field> itemFields = Field.of(field.type());
                for (Object item : items) {
                    records.add(record(field.type(), itemFields, (Map<String, Object>) item));
                }
                value = records;
            }
            components[i] = value;
        }
        return construct(type, components);
    }

    /** The canonical constructor of each record type, looked up once. */
    private static final ClassValue<Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            RecordComponent[] declared = type.getRecordComponents();
            Class<?>[] types = new Class<?>[declared.length];
            for (int i = 0; i < declared.length; i++) {
                types[i] = declared[i].getType();
            }
            try {
                return type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record has its canonical constructor", e);
            }
        }
    };

    private static Object construct(Class<?> type, Object[] components) {
        try {
            return CONSTRUCTORS.get(type).newInstance(components);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        }
    }

    /**
     * The known facts in the words of a facts file, e.g.
     * {@code workingMethod.cycleLengthWeeks: 2, team.members: [{role: dataScientist}]}; the name left out.
     */
    String describe() {
        List<String> facts = new ArrayList<>();
        for (String[] field : knownFields()) {
            facts.add(field[0] + "." + field[1] + ": " + written(get(field[0], field[1])));
        }
        return String.join(", ", facts);
    }

    /** One value as a facts file writes it. */
    static String written(Object value) {
        if (value instanceof Map<?, ?> item) {
            List<String> fields = new ArrayList<>();
            item.forEach((name, inner) -> fields.add(name + ": " + written(inner)));
            return "{" + String.join(", ", fields) + "}";
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(written(item)));
            return "[" + String.join(", ", items) + "]";
        }
        return FactValues.format(value, Language.EN);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectDraft draft && draft.sections.equals(sections);
    }

    @Override
    public int hashCode() {
        return sections.hashCode();
    }
}
