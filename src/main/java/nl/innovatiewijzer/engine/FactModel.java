package nl.innovatiewijzer.engine;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.DutyKind;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.document.ContractNames;
import nl.innovatiewijzer.document.Suggestion;
import nl.innovatiewijzer.rules.Duty;
import nl.innovatiewijzer.rules.Question;
import nl.innovatiewijzer.rules.Recommended;

/**
 * The names a rule may use, read from the fact model itself: the fact types (every record the
 * facts are made of), their fields with the type of each, and the enums whose constants rules
 * compare with or pass to the advice.
 */
final class FactModel {

    /** What a field holds, as far as a rule can tell: a value, an enum, a record, or a list of one of these. */
    record FieldType(Class<?> type, boolean list) {

        /** What a variable holds that was bound in a refused pattern: any use of it is let pass, as its refusal is told. */
        static final FieldType UNKNOWN = new FieldType(Object.class, true);

        boolean isUnknown() {
            return type == Object.class;
        }

        boolean isEnum() {
            return type.isEnum();
        }

        boolean isRecord() {
            return type.isRecord();
        }

        /** True for a single number, such as a count of weeks or an amount of euros. */
        boolean isNumber() {
            return !list && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class
                    || type == double.class);
        }
    }

    static final FactModel INSTANCE = new FactModel();

    private final Map<String, Class<?>> factTypes = new LinkedHashMap<>();
    private final Map<String, Class<?>> enums = new LinkedHashMap<>();
    /** What the advice said, which only plan rules match: see {@link PlanStage}. */
    private final Map<String, Class<?>> planTypes = new LinkedHashMap<>();

    private FactModel() {
        collect(ProjectFacts.class);
        factTypes.remove(ProjectFacts.class.getSimpleName()); // the sections are the facts, not their holder
        for (Class<?> type : List.of(Recommended.class, Duty.class, Question.class)) {
            planTypes.put(type.getSimpleName(), type);
        }
        for (Class<?> type : List.of(Status.class, Priority.class, ObligationState.class, DutyKind.class)) {
            enums.put(type.getSimpleName(), type);
        }
    }

    private void collect(Class<?> record) {
        if (factTypes.putIfAbsent(record.getSimpleName(), record) != null) {
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> type = field(component).type();
            if (type.isRecord()) {
                collect(type);
            } else if (type.isEnum()) {
                enums.put(type.getSimpleName(), type);
            }
        }
    }

    private static FieldType field(RecordComponent component) {
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType list && List.class.equals(list.getRawType())) {
            return new FieldType((Class<?>) list.getActualTypeArguments()[0], true);
        }
        return new FieldType(component.getType(), false);
    }

    /** The fact type with this simple name (or name in {@code nl.innovatiewijzer.facts}), or null. */
    Class<?> factType(String name) {
        String simple = name.startsWith("nl.innovatiewijzer.facts.") ? name.substring("nl.innovatiewijzer.facts.".length()) : name;
        return factTypes.get(simple);
    }

    /**
     * The type a rule may match with this simple name (or full name): a fact type, or one of what
     * the advice said, which plan rules match ({@code Recommended}, {@code Duty}, {@code Question}); or null.
     */
    Class<?> patternType(String name) {
        Class<?> fact = factType(name);
        if (fact != null) {
            return fact;
        }
        String simple = name.startsWith("nl.innovatiewijzer.rules.") ? name.substring("nl.innovatiewijzer.rules.".length()) : name;
        return planTypes.get(simple);
    }

    /** The simple names of what plan rules match. */
    Collection<String> planTypes() {
        return planTypes.keySet();
    }

    /** The fact types' simple names, for messages. */
    String factTypeNames() {
        return String.join(", ", factTypes.keySet());
    }

    /** The fact types' simple names. */
    Collection<String> factTypes() {
        return factTypes.keySet();
    }

    /** The simple names of the enums a rule may name. */
    List<String> enumNames() {
        return List.copyOf(enums.keySet());
    }

    /** The names of the fields of a record type, in order. */
    static List<String> fields(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** "; did you mean Phase.SCALING?" for a constant of {@code enumType} that was mistyped, or "". */
    static String didYouMean(Class<?> enumType, String constant) {
        return Suggestion.closest(constant, constantNames(enumType))
                .map(name -> "; did you mean " + enumType.getSimpleName() + "." + name + "?").orElse("");
    }

    /**
     * The constant of {@code enumType} that {@code word} names in another spelling, as a facts
     * file writes it ({@code pilot}, {@code coCreation}) or in other capitals; null when none does.
     */
    static String constantSpelled(Class<?> enumType, String word) {
        for (Object value : enumType.getEnumConstants()) {
            Enum<?> constant = (Enum<?>) value;
            if (constant.name().equalsIgnoreCase(word) || ContractNames.of(constant).equalsIgnoreCase(word)) {
                return constant.name();
            }
        }
        return null;
    }

    private static List<String> constantNames(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
    }

    /** The field of a record type with this name, or null when it has none. */
    FieldType field(Class<?> record, String name) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return field(component);
            }
        }
        return null;
    }

    /** The first fact type that has a field with this name, or null when none has. */
    Class<?> typeWithField(String name) {
        for (Class<?> type : factTypes.values()) {
            if (field(type, name) != null) {
                return type;
            }
        }
        return null;
    }

    /** The names of the fields of a record type. */
    static List<String> fieldNameList(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** The fields of a record type, for messages. */
    static String fieldNames(Class<?> record) {
        StringBuilder names = new StringBuilder();
        for (RecordComponent component : record.getRecordComponents()) {
            names.append(names.length() == 0 ? "" : ", ").append(component.getName());
        }
        return names.toString();
    }

    /** The enum a rule may name with this simple name, or null. */
    Class<?> enumType(String name) {
        return enums.get(name);
    }

    /** True when {@code constant} is a constant of the enum. */
    static boolean hasConstant(Class<?> enumType, String constant) {
        for (Object value : enumType.getEnumConstants()) {
            if (((Enum<?>) value).name().equals(constant)) {
                return true;
            }
        }
        return false;
    }
}
