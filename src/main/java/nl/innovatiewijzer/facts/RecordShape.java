package nl.innovatiewijzer.facts;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * The components of a fact record with fast accessors, looked up once per record type, since
 * every assessment walks the facts (to check them and to hand them to the rules).
 */
public final class RecordShape {

    /** One component: its reflective description and a handle that reads it. */
    public record Part(RecordComponent component, MethodHandle reader) {

        /** The component's name, e.g. {@code cycleLengthWeeks}. */
        public String name() {
            return component.getName();
        }

        /** Reads this component of {@code record}. */
        public Object read(Object record) {
            try {
                return reader.invoke(record);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + name(), e);
            }
        }
    }

    private static final ClassValue<List<Part>> SHAPES = new ClassValue<>() {
        @Override
        protected List<Part> computeValue(Class<?> type) {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            return java.util.Arrays.stream(type.getRecordComponents()).map(c -> {
                try {
                    MethodHandle reader = lookup.unreflect(c.getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                    return new Part(c, reader);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + type.getSimpleName(), e);
                }
            }).toList();
        }
    };

    private RecordShape() {
    }

    /** The parts of a record type, in declaration order. */
    public static List<Part> of(Class<?> recordType) {
        return SHAPES.get(recordType);
    }
}
