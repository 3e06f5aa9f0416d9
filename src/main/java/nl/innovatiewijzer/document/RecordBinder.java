package nl.innovatiewijzer.document;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;


/**
 * Turns a {@link Node} tree into the fact records. The records are the schema: a mapping's keys
 * are a record's component names, and a component's type says what its value must be. Every
 * problem is collected with its line, column and field path; binding goes on past a problem so
 * that one run reports all of them.
 */
public final class RecordBinder {

    private final String file;
    private final List<DocumentProblem> problems;
    private final Map<String, Node> placed = new HashMap<>();

    /** A binder that adds every problem it finds, placed in {@code file}, to {@code problems}. */
    public RecordBinder(String file, List<DocumentProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Where each bound field path stood in the file, for problems found after binding. */
    public Map<String, Node> places() {
        return placed;
    }

    /**
     * Binds {@code node} to a record of {@code type}; {@code path} is the node's field path. Returns
     * null when a problem kept the record from being made; an exception a record's constructor
     * throws to refuse its values is passed on as it is.
     */
    public <R extends Record> R bindRecord(Class<R> type, Node node, String path) {
        if (!(node instanceof Node.MapNode map)) {
            problem(node, path, "expected a mapping with the fields " + fieldNames(type) + ", found " + node.kind());
            return null;
        }
        placed.put(path, node);
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byName = Arrays.stream(components)
                .collect(Collectors.toMap(RecordComponent::getName, c -> c));
        for (Node.Entry entry : map.entries().values()) {
            if (!byName.containsKey(entry.key())) {
                problems.add(new DocumentProblem(file, entry.line(), entry.column(), join(path, entry.key()),
                        "unknown field; expected one of " + fieldNames(type)));
            }
        }
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Node.Entry entry = map.entries().get(components[i].getName());
            if (entry != null && !isNull(entry.value())) {
                String fieldPath = join(path, entry.key());
                placed.put(fieldPath, entry.value());
                values[i] = bindValue(components[i].getGenericType(), entry.value(), fieldPath);
            }
        }
        return construct(type, components, values);
    }

    private Object bindValue(Type type, Node node, String path) {
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
        if (!(node instanceof Node.Scalar scalar)) {
            problem(node, path, "expected " + describe(raw) + ", found " + node.kind());
            return null;
        }
        if (raw == String.class && scalar.type() == Node.Scalar.Type.TEXT) {
            return scalar.value();
        }
        if (raw == Boolean.class && scalar.type() == Node.Scalar.Type.BOOLEAN) {
            return scalar.value();
        }
        if (raw == Integer.class && scalar.type() == Node.Scalar.Type.INTEGER) {
            BigInteger number = (BigInteger) scalar.value();
            if (number.bitLength() < 32) {
                return number.intValue();
            }
            problem(node, path, "the number " + number + " is out of range");
            return null;
        }
        if (raw == Double.class && (scalar.type() == Node.Scalar.Type.INTEGER || scalar.type() == Node.Scalar.Type.DECIMAL)) {
            double number = ((Number) scalar.value()).doubleValue();
            if (Double.isFinite(number)) {
                return number;
            }
            problem(node, path, "expected a finite number, found " + scalar.value());
            return null;
        }
        problem(node, path, "expected " + describe(raw) + ", found " + node.kind());
        return null;
    }

    private List<Object> bindList(Type itemType, Node node, String path) {
        if (!(node instanceof Node.ListNode list)) {
            String expected = itemType instanceof Class<?> c && c.isEnum()
                    ? "a list of " + ContractNames.allOf(enumType(c)) : "a list";
            problem(node, path, "expected " + expected + ", found " + node.kind() + " (an empty list is written [])");
            return null;
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String itemPath = path + "[" + i + "]";
            if (isNull(item) || item instanceof Node.Scalar text && text.type() == Node.Scalar.Type.TEXT
                    && ((String) text.value()).isEmpty()) {
                problem(item == null ? node : item, itemPath, "a list item may not be empty");
                continue;
            }
            Object value = bindValue(itemType, item, itemPath);
            if (value != null) {
                items.add(value);
            }
        }
        return items;
    }

    private <E extends Enum<E>> E bindEnum(Class<E> type, Node node, String path) {
        String allowed = ContractNames.allOf(enumType(type));
        if (node instanceof Node.Scalar scalar && scalar.type() == Node.Scalar.Type.TEXT) {
            E value = ContractNames.parse(type, (String) scalar.value());
            if (value != null) {
                return value;
            }
            problem(node, path, "unknown value \"" + scalar.value() + "\"; expected one of " + allowed);
            return null;
        }
        problem(node, path, "expected one of " + allowed + ", found " + node.kind());
        return null;
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

    private void problem(Node node, String path, String message) {
        problems.add(new DocumentProblem(file, node == null ? 0 : node.line(), node == null ? 0 : node.column(), path, message));
    }

    private static boolean isNull(Node node) {
        return node == null || node instanceof Node.Scalar s && s.type() == Node.Scalar.Type.NULL;
    }

    /** Binds a value of an enum type a component declares; the raw call is safe, {@code type.isEnum()} was checked. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object bindEnumOf(Class<?> type, Node node, String path) {
        return bindEnum((Class) type, node, path);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Enum<?>> enumType(Class<?> type) {
        return (Class<? extends Enum<?>>) type;
    }

    static String fieldNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.joining(", "));
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type == Integer.class) {
            return "a whole number";
        }
        if (type == Double.class) {
            return "a number";
        }
        return type.getSimpleName();
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
