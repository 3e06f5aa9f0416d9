package nl.innovatiewijzer.document;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * The components of a fact record with their accessors, looked up once per record type, since
 * every assessment walks the facts (to hand them to the rules). Plain reflection rather than
 * method handles: as fast once warm, and it does not spin up the method-handle machinery on a
 * cold start.
 */
public final class RecordShape {

    /** One component: its reflective description and the accessor that reads it. */
    public record Part(RecordComponent component, Method accessor) {

        /** The component's name, e.g. {@code cycleLengthWeeks}. */
        public String name() {
            return component.getName();
        }

        /** Reads this component of {@code record}. */
        public Object read(Object record) {
            try {
                return accessor.invoke(record);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name(), e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + name(), e);
            }
        }
    }

    private static final ClassValue<List<Part>> SHAPES = new ClassValue<>() {
        @Override
        protected List<Part> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(c -> new Part(c, c.getAccessor())).toList();
        }
    };

    private RecordShape() {
    }

    /** The parts of a record type, in declaration order. */
    public static List<Part> of(Class<?> recordType) {
        return SHAPES.get(recordType);
    }
}
