package nl.innovatiewijzer.document;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.innovatiewijzer.facts.Bounds;


/**
 * Turns a {@link Node} tree into the fact records. The records are the schema: a mapping's keys
 * are a record's component names, and a component's type says what its value must be. Every
 * problem is collected, worded and placed by a {@link TreeReader}; binding goes on past a problem
 * so that one run reports all of them.
 */
public final class RecordBinder {

    private final TreeReader in;
    private final Map<String, Node> placed = new HashMap<>();
    private final Set<String> refused = new HashSet<>();

    /** A binder that adds every problem it finds, placed in {@code file}, to {@code problems}. */
    public RecordBinder(String file, List<DocumentProblem> problems) {
        this.in = new TreeReader(file, problems);
    }

    /** Where each bound field path stood in the file, for problems found after binding. */
    public Map<String, Node> places() {
        return placed;
    }

    /**
     * The field paths of values the file gives but that were refused with a problem, and so are
     * absent from the records: a limit such as "required" found broken there only repeats that
     * problem.
     */
    public Set<String> refused() {
        return refused;
    }

    /**
     * Binds {@code node} to a record of {@code type}; {@code path} is the node's field path. Returns
     * null when a problem kept the record from being made; an exception a record's constructor
     * throws to refuse its values is passed on as it is.
     */
    public <R extends Record> R bindRecord(Class<R> type, Node node, String path) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        Node.MapNode map = in.fields(node, path, names, entry -> { }); // bound below, in the order of the record
        if (map == null) {
            return null;
        }
        placed.put(path, node);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Node.Entry entry = map.entries().get(components[i].getName());
            if (entry == null) {
                continue;
            }
            String fieldPath = TreeReader.join(path, entry.key());
            if (entry.value() == null) {
                refused.add(fieldPath); // the parser has reported why
            } else if (!TreeReader.isNull(entry.value())) {
                placed.put(fieldPath, entry.value());
                int before = in.problems().size();
                values[i] = bindValue(components[i].getGenericType(), components[i].getAnnotation(Bounds.class),
                        entry.value(), fieldPath);
                if (values[i] == null && in.problems().size() > before) {
                    refused.add(fieldPath);
                }
            }
        }
        return construct(type, components, values);
    }

    /**
     * Binds one value; {@code bounds} are the component's limits, or null. A whole number is held
     * to them as it is read, so that one too large for an {@code Integer} is refused in the words
     * of the contract rather than of Java; the record checks every other limit when it is made.
     */
    private Object bindValue(Type type, Bounds bounds, Node node, String path) {
        if (node == null) {
            return null; // the parser has reported why
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return bindList(list.getActualTypeArguments()[0], node, path);
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isRecord()) {
            return bindRecord(raw.asSubclass(Record.class), node, path);
        }
        if (raw.isEnum()) {
            return bindEnumOf(raw, node, path);
        }
        if (raw == String.class) {
            return in.text(node, path);
        }
        if (raw == Boolean.class) {
            return in.bool(node, path);
        }
        if (raw == Integer.class) {
            return bounds == null ? in.wholeNumber(node, path, Integer.MIN_VALUE, Integer.MAX_VALUE)
                    : in.wholeNumber(node, path, (int) bounds.min(), (int) bounds.max()); // the casts saturate
        }
        if (raw == Double.class) {
            return in.number(node, path);
        }
        if (raw == LocalDate.class) {
            return in.date(node, path);
        }
        throw new IllegalStateException("a fact record holds a " + raw.getSimpleName() + ", which no facts file can write");
    }

    private List<Object> bindList(Type itemType, Node node, String path) {
        String expected = itemType instanceof Class<?> c && c.isEnum()
                ? "a list of " + TreeReader.Spelling.CONTRACT.allOf(enumType(c)) : "a list";
        List<Object> values = new ArrayList<>();
        Node.ListNode list = in.list(node, path, expected, (item, itemPath) -> {
            Object value = bindValue(itemType, null, item, itemPath);
            if (value != null) {
                values.add(value);
            }
        });
        return list == null ? null : values;
    }

    private <R extends Record> R construct(Class<R> type, RecordComponent[] components, Object[] values) {
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused; // the record checked its values and refused them: the caller places each problem
            }
            throw new IllegalStateException("cannot construct " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
        }
    }

    /** Binds a value of an enum type a component declares; the raw call is safe, {@code type.isEnum()} was checked. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object bindEnumOf(Class<?> type, Node node, String path) {
        return in.constant((Class) type, TreeReader.Spelling.CONTRACT, node, path, "value");
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> enumType(Class<?> type) {
        return (Class<? extends Enum<?>>) type;
    }
}
