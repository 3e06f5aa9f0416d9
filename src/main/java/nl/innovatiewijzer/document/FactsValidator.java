package nl.innovatiewijzer.document;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.facts.Bounds;
import nl.innovatiewijzer.facts.MaxLength;
import nl.innovatiewijzer.facts.Required;

/**
 * Checks the limits of the facts contract on records, wherever they came from: a file or code.
 * The limits are the annotations on the record components ({@link Required}, {@link Bounds},
 * {@link MaxLength}), so they are written down once. Facts are checked whenever they are made,
 * so what to check per record type is worked out once, and field paths are only spelled out for
 * a value that breaks a limit.
 */
public final class FactsValidator {

    /** A value that breaks a limit: the field path and what is allowed. */
    public record Violation(String field, String message) {
    }

    /**
     * What to check of one component: whether it is required, its limits, and whether it holds
     * records. The limits are copied out of the annotations, which are slow to read at every check.
     */
    private record Check(RecordShape.Part part, int index, boolean required, int maxLength, Bounds bounds, double min, double max,
                         boolean holdsRecords) {

        static Check of(RecordShape.Part part, int index, boolean holdsRecords) {
            RecordComponent component = part.component();
            MaxLength maxLength = component.getAnnotation(MaxLength.class);
            Bounds bounds = component.getAnnotation(Bounds.class);
            return new Check(part, index, component.isAnnotationPresent(Required.class),
                    maxLength == null ? Integer.MAX_VALUE : maxLength.value(), bounds,
                    bounds == null ? Double.NEGATIVE_INFINITY : bounds.min(),
                    bounds == null ? Double.POSITIVE_INFINITY : bounds.max(), holdsRecords);
        }

        boolean limited() {
            return required || maxLength != Integer.MAX_VALUE || bounds != null || holdsRecords;
        }
    }

    private static final ClassValue<List<Check>> CHECKS = new ClassValue<>() {
        @Override
        protected List<Check> computeValue(Class<?> type) {
            List<Check> checks = new ArrayList<>();
            List<RecordShape.Part> parts = RecordShape.of(type);
            for (int index = 0; index < parts.size(); index++) {
                RecordShape.Part part = parts.get(index);
                RecordComponent component = part.component();
                boolean holdsRecords = component.getType().isRecord()
                        || component.getGenericType() instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> item && item.isRecord();
                Check check = Check.of(part, index, holdsRecords);
                if (check.limited()) {
                    checks.add(check);
                }
            }
            return List.copyOf(checks);
        }
    };

    private FactsValidator() {
    }

    /**
     * Every violation in the components of a record of {@code type} that is yet to be made, and in
     * the records they hold, so that a record can check its values in its constructor;
     * {@code components} in declaration order.
     */
    public static List<Violation> check(Class<? extends Record> type, Object... components) {
        List<Violation> violations = new ArrayList<>(0);
        for (Check check : CHECKS.get(type)) {
            checkValue(check, components[check.index()], "", violations);
        }
        return violations;
    }

    private static void checkRecord(Record value, String path, List<Violation> violations) {
        for (Check check : CHECKS.get(value.getClass())) {
            checkValue(check, check.part().read(value), path, violations);
        }
    }

    private static void checkValue(Check check, Object fieldValue, String path, List<Violation> violations) {
        if (fieldValue == null || fieldValue instanceof String text && text.isBlank()) {
            if (check.required()) {
                violations.add(new Violation(field(path, check),
                        fieldValue == null ? TreeReader.absent("") : "required, but empty"));
            }
        } else if (check.holdsRecords()) {
            checkRecords(fieldValue, path, check, violations);
        } else if (fieldValue instanceof String text && text.length() > check.maxLength()) {
            violations.add(new Violation(field(path, check), TreeReader.tooLong(text.length(), check.maxLength())));
        } else if (fieldValue instanceof Number number && check.bounds() != null) {
            double n = number.doubleValue();
            if (n < check.min() || n > check.max() || Double.isNaN(n)) {
                violations.add(new Violation(field(path, check),
                        TreeReader.outside(TreeReader.format(n), check.min(), check.max())));
            }
        }
    }

    private static void checkRecords(Object value, String path, Check check, List<Violation> violations) {
        if (value instanceof Record record) {
            checkRecord(record, field(path, check), violations);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Record item) {
                    checkRecord(item, TreeReader.item(field(path, check), i), violations);
                }
            }
        }
    }

    private static String field(String path, Check check) {
        return TreeReader.join(path, check.part().name());
    }
}
