package nl.innovatiewijzer.facts;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the limits of the facts contract on records, wherever they came from: a file or code.
 * The limits are the annotations on the record components ({@link Required}, {@link Bounds},
 * {@link MaxLength}), so they are written down once.
 */
public final class FactsValidator {

    /** A value that breaks a limit: the field path and what is allowed. */
    public record Violation(String field, String message) {
    }

    private FactsValidator() {
    }

    /** Every violation in {@code facts} and the records it holds, in component order. */
    public static List<Violation> check(Record facts) {
        List<Violation> violations = new ArrayList<>();
        checkRecord(facts, "", violations);
        return violations;
    }

    private static void checkRecord(Record value, String path, List<Violation> violations) {
        for (RecordShape.Part part : RecordShape.of(value.getClass())) {
            RecordComponent component = part.component();
            String field = RecordBinder.join(path, component.getName());
            Object fieldValue = part.read(value);
            if (fieldValue == null || fieldValue instanceof String text && text.isBlank()) {
                if (component.isAnnotationPresent(Required.class)) {
                    violations.add(new Violation(field, fieldValue == null ? "required, but absent" : "required, but empty"));
                }
                continue;
            }
            checkValue(component, fieldValue, field, violations);
        }
    }

    private static void checkValue(RecordComponent component, Object value, String field, List<Violation> violations) {
        if (value instanceof Record record) {
            checkRecord(record, field, violations);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Record item) {
                    checkRecord(item, field + "[" + i + "]", violations);
                }
            }
        } else if (value instanceof String text) {
            MaxLength max = component.getAnnotation(MaxLength.class);
            if (max != null && text.length() > max.value()) {
                violations.add(new Violation(field, "has " + text.length() + " characters; at most " + max.value() + " are allowed"));
            }
        } else if (value instanceof Number number) {
            Bounds bounds = component.getAnnotation(Bounds.class);
            double n = number.doubleValue();
            if (bounds != null && (n < bounds.min() || n > bounds.max())) {
                violations.add(new Violation(field, "is " + format(n) + "; expected " + describe(bounds)));
            }
        }
    }

    private static String describe(Bounds bounds) {
        return bounds.max() == Double.MAX_VALUE
                ? "a number of at least " + format(bounds.min())
                : "a number from " + format(bounds.min()) + " to " + format(bounds.max());
    }

    private static String format(double n) {
        return n == Math.rint(n) && Math.abs(n) < 1e15 ? Long.toString((long) n) : Double.toString(n);
    }
}
