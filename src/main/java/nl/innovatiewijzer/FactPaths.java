package nl.innovatiewijzer;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.document.ContractNames;

/**
 * The facts of a project as field paths with their values, in the order of the fact model, for
 * telling two versions of a project's facts apart. Every field of the model is listed, with null
 * for an unknown one, so that two projects give the same paths in the same order. A list of items
 * (team members, partners) is one value: a list of maps, as a facts file writes it.
 */
final class FactPaths {

    private FactPaths() {
    }

    static Map<String, Object> of(ProjectFacts facts) {
        Map<String, Object> paths = new LinkedHashMap<>();
        walk(ProjectFacts.class, facts, "", paths);
        return paths;
    }

    private static void walk(Class<?> type, Object record, String prefix, Map<String, Object> paths) {
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix.isEmpty() ? component.getName() : prefix + "." + component.getName();
            Object value = record == null ? null : read(component, record);
            if (component.getType().isRecord()) {
                walk(component.getType(), value, path, paths);
            } else {
                paths.put(path, plain(value));
            }
        }
    }

    /** A value as a facts file writes it: enums in the contract's spelling, records as maps without unknown fields. */
    static Object plain(Object value) {
        if (value instanceof Enum<?> constant) {
            return ContractNames.of(constant);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof List<?> list) {
            List<Object> plain = new ArrayList<>();
            list.forEach(item -> plain.add(plain(item)));
            return plain;
        }
        if (value != null && value.getClass().isRecord()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object field = read(component, value);
                if (field != null) {
                    map.put(component.getName(), plain(field));
                }
            }
            return map;
        }
        return value;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
