package nl.innovatiewijzer.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.innovatiewijzer.DutyKind;
import nl.innovatiewijzer.Effort;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.Status;

/**
 * How a compiled-rules cache entry writes what a knowledge base knows besides its compiled rules:
 * the description of every rule, the texts with their limits, duties and levers, and the answers
 * worth trying. All of it as plain data, field by field, and read back with plain reads: Java's
 * serialization looks up each class by reflection and makes a constructor for it before it reads
 * the first object of that class, which for the few dozen classes of these parts took a tenth of a
 * cold start, on the thread that every assessment waits for. A template is taken apart again from
 * its text as it is read.
 *
 * <p>What is read is bounded as a stream that was not written here could ask: counts, the nesting
 * of values, and the classes a value may name (this program's own, and a few of Java's).
 */
final class StoredForm {

    /** What an entry holds besides its compiled packages. */
    record Parts(List<RuleInfo> rules, TextCatalogue texts, PossibleAnswers answers) {
    }

    private static final byte NO_TEXT = 0;
    private static final byte SHORT_TEXT = 1;
    private static final byte LONG_TEXT = 2;

    /** The characters of one piece of a long text: {@code writeUTF} takes at most 65,535 bytes, three for a character. */
    private static final int PIECE = 65_535 / 3;

    /** More items than this in one list or map: not a stream written here. */
    private static final int MOST_ITEMS = 1_000_000;

    /** Values nested deeper than this: not a stream written here (the answers nest three deep). */
    private static final int DEEPEST = 16;

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte BOOLEAN = 2;
    private static final byte INTEGER = 3;
    private static final byte LONG = 4;
    private static final byte DOUBLE = 5;
    private static final byte DECIMAL = 6;
    private static final byte CONSTANT = 7;
    private static final byte LIST = 8;
    private static final byte MAP = 9;
    private static final byte DATE = 10;
    private static final byte TYPE = 11;

    /** The classes of Java's own that a value may name; any other must be this program's. */
    private static final Map<String, Class<?>> JAVA_TYPES = javaTypes();

    private static final String OWN_CLASSES = "nl.innovatiewijzer.";

    private StoredForm() {
    }

    static void write(DataOutput out, Parts parts) throws IOException {
        writeRules(out, parts.rules());
        writeTexts(out, parts.texts());
        writeAnswers(out, parts.answers());
    }

    static Parts read(DataInput in) throws IOException {
        List<RuleInfo> rules = readRules(in);
        TextCatalogue texts = readTexts(in);
        PossibleAnswers answers = readAnswers(in);
        return new Parts(rules, texts, answers);
    }

    // the rules

    static void writeRules(DataOutput out, List<RuleInfo> rules) throws IOException {
        out.writeInt(rules.size());
        for (RuleInfo rule : rules) {
            writeText(out, rule.name());
            writeText(out, rule.file());
            out.writeInt(rule.line());
            writeText(out, rule.factor());
            writeText(out, rule.finding());
            writeText(out, rule.action());
            writeText(out, rule.missing());
            writeText(out, rule.obligation());
            writeName(out, rule.status());
            writeName(out, rule.priority());
            writeName(out, rule.state());
            writeText(out, rule.description());
            writeText(out, rule.step());
            out.writeBoolean(rule.order() != null);
            out.writeInt(rule.order() == null ? 0 : rule.order());
        }
    }

    static List<RuleInfo> readRules(DataInput in) throws IOException {
        int count = count(in);
        List<RuleInfo> rules = new ArrayList<>(Math.min(count, 1_024));
        for (int i = 0; i < count; i++) {
            String name = readText(in);
            String file = readText(in);
            int line = in.readInt();
            String factor = readText(in);
            String finding = readText(in);
            String action = readText(in);
            String missing = readText(in);
            String obligation = readText(in);
            Status status = readName(in, Status.class);
            Priority priority = readName(in, Priority.class);
            ObligationState state = readName(in, ObligationState.class);
            String description = readText(in);
            String step = readText(in);
            boolean ordered = in.readBoolean();
            int order = in.readInt();
            rules.add(new RuleInfo(name, file, line, factor, finding, action, missing, obligation, status, priority,
                    state, description, step, ordered ? order : null));
        }
        return rules;
    }

    // the texts

    /**
     * The texts entry by entry, each part of an entry as its text, then the limits, what covers
     * what, the key facts, the duties and the levers.
     */
    static void writeTexts(DataOutput out, TextCatalogue texts) throws IOException {
        for (TextKind kind : TextKind.values()) {
            Map<String, TextCatalogue.Entry> entries = texts.entries().get(kind);
            out.writeInt(entries.size());
            for (Map.Entry<String, TextCatalogue.Entry> written : entries.entrySet()) {
                TextCatalogue.Entry entry = written.getValue();
                writeText(out, written.getKey());
                writeText(out, entry.file());
                out.writeInt(entry.line());
                out.writeInt(entry.texts().size());
                for (Map.Entry<Language, Map<String, Template>> language : entry.texts().entrySet()) {
                    writeName(out, language.getKey());
                    out.writeInt(language.getValue().size());
                    for (Map.Entry<String, Template> part : language.getValue().entrySet()) {
                        writeText(out, part.getKey());
                        writeTemplate(out, part.getValue());
                    }
                }
            }
        }
        writeLimits(out, texts.limits());
        writeWrittenLists(out, texts.covering().covers());
        writeWrittenLists(out, texts.keyFacts().byFactor());
        Map<String, Covering.Written> factors = texts.keyFacts().factors();
        out.writeInt(factors.size());
        for (Map.Entry<String, Covering.Written> factor : factors.entrySet()) {
            writeText(out, factor.getKey());
            writeWritten(out, factor.getValue());
        }
        writeDuties(out, texts.duties());
        writeLevers(out, texts.levers());
    }

    /** The texts as {@link TextCatalogue#read} makes them: the same kinds of maps, in the same order. */
    static TextCatalogue readTexts(DataInput in) throws IOException {
        Map<TextKind, Map<String, TextCatalogue.Entry>> entries = new EnumMap<>(TextKind.class);
        for (TextKind kind : TextKind.values()) {
            int count = count(in);
            Map<String, TextCatalogue.Entry> ofKind = new LinkedHashMap<>();
            boolean oneText = kind.parts().equals(List.of("text"));
            for (int i = 0; i < count; i++) {
                String id = readText(in);
                String file = readText(in);
                int line = in.readInt();
                int languages = count(in);
                Map<Language, Map<String, Template>> texts = new EnumMap<>(Language.class);
                for (int l = 0; l < languages; l++) {
                    Language language = readName(in, Language.class);
                    int partCount = count(in);
                    Map<String, Template> parts = new LinkedHashMap<>();
                    for (int p = 0; p < partCount; p++) {
                        parts.put(readText(in), readTemplate(in));
                    }
                    texts.put(language, oneText && parts.size() == 1 && parts.containsKey("text") ? Map.copyOf(parts) : parts);
                }
                ofKind.put(id, new TextCatalogue.Entry(file, line, texts));
            }
            entries.put(kind, ofKind);
        }
        Limits limits = readLimits(in);
        Covering covering = new Covering(readWrittenLists(in));
        Map<String, List<Covering.Written>> byFactor = readWrittenLists(in);
        int factorCount = count(in);
        Map<String, Covering.Written> factors = new LinkedHashMap<>();
        for (int i = 0; i < factorCount; i++) {
            factors.put(readText(in), readWritten(in));
        }
        KeyFacts keyFacts = new KeyFacts(byFactor, factors);
        Duties duties = readDuties(in);
        Levers levers = readLevers(in);
        return TextCatalogue.stored(entries, limits, covering, keyFacts, duties, levers);
    }

    /** A template as its text, from which it is taken apart again. */
    static void writeTemplate(DataOutput out, Template template) throws IOException {
        writeText(out, template.text());
    }

    static Template readTemplate(DataInput in) throws IOException {
        String text = readText(in);
        if (text == null) {
            throw new IOException("a template without a text");
        }
        return Template.of(text);
    }

    private static void writeLimits(DataOutput out, Limits limits) throws IOException {
        List<Limits.Limit> all = limits.all();
        out.writeInt(all.size());
        for (Limits.Limit limit : all) {
            writeText(out, limit.name());
            writeValue(out, limit.value());
            writeText(out, limit.unit());
            writeText(out, limit.nl());
            writeText(out, limit.en());
            writeText(out, limit.file());
            out.writeInt(limit.line());
        }
        Map<String, String> places = limits.places();
        out.writeInt(places.size());
        for (Map.Entry<String, String> place : places.entrySet()) {
            writeText(out, place.getKey());
            writeText(out, place.getValue());
        }
    }

    private static Limits readLimits(DataInput in) throws IOException {
        int count = count(in);
        List<Limits.Limit> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(new Limits.Limit(readText(in), readValue(in, BigDecimal.class), readText(in), readText(in),
                    readText(in), readText(in), in.readInt()));
        }
        int placeCount = count(in);
        Map<String, String> places = new LinkedHashMap<>();
        for (int i = 0; i < placeCount; i++) {
            places.put(readText(in), readText(in));
        }
        return Limits.stored(all, places);
    }

    private static void writeWritten(DataOutput out, Covering.Written written) throws IOException {
        writeText(out, written.id());
        writeText(out, written.file());
        out.writeInt(written.line());
        out.writeInt(written.column());
    }

    private static Covering.Written readWritten(DataInput in) throws IOException {
        return new Covering.Written(readText(in), readText(in), in.readInt(), in.readInt());
    }

    private static void writeWrittenLists(DataOutput out, Map<String, List<Covering.Written>> lists) throws IOException {
        out.writeInt(lists.size());
        for (Map.Entry<String, List<Covering.Written>> list : lists.entrySet()) {
            writeText(out, list.getKey());
            out.writeInt(list.getValue().size());
            for (Covering.Written written : list.getValue()) {
                writeWritten(out, written);
            }
        }
    }

    private static Map<String, List<Covering.Written>> readWrittenLists(DataInput in) throws IOException {
        int count = count(in);
        Map<String, List<Covering.Written>> lists = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String key = readText(in);
            int size = count(in);
            List<Covering.Written> list = new ArrayList<>(Math.min(size, 64));
            for (int j = 0; j < size; j++) {
                list.add(readWritten(in));
            }
            lists.put(key, list);
        }
        return lists;
    }

    private static void writeDuties(DataOutput out, Duties duties) throws IOException {
        List<Duties.Duty> all = duties.all();
        out.writeInt(all.size());
        for (Duties.Duty duty : all) {
            writeText(out, duty.id());
            writeName(out, duty.kind());
            writeValue(out, duty.basis());
            writeValue(out, duty.appliesFrom());
            writeText(out, duty.source());
            writeText(out, duty.file());
            out.writeInt(duty.line());
            out.writeInt(duty.column());
        }
    }

    @SuppressWarnings("unchecked")
    private static Duties readDuties(DataInput in) throws IOException {
        int count = count(in);
        List<Duties.Duty> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = readText(in);
            DutyKind kind = readName(in, DutyKind.class);
            Map<Language, String> basis = readValue(in, Map.class);
            all.add(new Duties.Duty(id, kind, basis, readValue(in, LocalDate.class), readText(in), readText(in),
                    in.readInt(), in.readInt()));
        }
        return Duties.stored(all);
    }

    private static void writeLevers(DataOutput out, Levers levers) throws IOException {
        List<Lever> all = levers.all();
        out.writeInt(all.size());
        for (Lever lever : all) {
            writeText(out, lever.id());
            LeverField field = lever.field();
            writeText(out, field.path());
            writeText(out, field.section());
            writeText(out, field.field());
            writeText(out, field.itemField());
            writeValue(out, field.type());
            out.writeBoolean(field.list());
            out.writeDouble(field.min());
            out.writeDouble(field.max());
            writeName(out, lever.change());
            writeValue(out, lever.value());
            writeName(out, lever.effort());
            writeValue(out, lever.onlyWhen());
            writeValue(out, lever.texts());
            writeText(out, lever.file());
            out.writeInt(lever.line());
            out.writeInt(lever.column());
        }
    }

    @SuppressWarnings("unchecked")
    private static Levers readLevers(DataInput in) throws IOException {
        int count = count(in);
        List<Lever> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = readText(in);
            LeverField field = new LeverField(readText(in), readText(in), readText(in), readText(in),
                    readValue(in, Class.class), in.readBoolean(), in.readDouble(), in.readDouble());
            Lever.Change change = readName(in, Lever.Change.class);
            Serializable value = readValue(in, Serializable.class);
            Effort effort = readName(in, Effort.class);
            Map<String, List<String>> onlyWhen = readValue(in, Map.class);
            Map<Language, String> texts = readValue(in, Map.class);
            all.add(new Lever(id, field, change, value, effort, onlyWhen, texts, readText(in), in.readInt(),
                    in.readInt()));
        }
        return Levers.stored(all);
    }

    // the answers

    private static void writeAnswers(DataOutput out, PossibleAnswers answers) throws IOException {
        Map<String, List<Object>> byField = answers.byField();
        out.writeInt(byField.size());
        for (Map.Entry<String, List<Object>> field : byField.entrySet()) {
            writeText(out, field.getKey());
            writeValue(out, field.getValue());
        }
    }

    @SuppressWarnings("unchecked")
    private static PossibleAnswers readAnswers(DataInput in) throws IOException {
        int count = count(in);
        Map<String, List<Object>> byField = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            byField.put(readText(in), readValue(in, List.class));
        }
        return PossibleAnswers.stored(byField);
    }

    // texts, constants and values

    /** A text as its characters: null, or in pieces that {@code writeUTF} takes. */
    static void writeText(DataOutput out, String text) throws IOException {
        if (text == null) {
            out.writeByte(NO_TEXT);
        } else if (text.length() <= PIECE) {
            out.writeByte(SHORT_TEXT);
            out.writeUTF(text);
        } else {
            out.writeByte(LONG_TEXT);
            int pieces = (text.length() + PIECE - 1) / PIECE;
            out.writeInt(pieces);
            for (int from = 0; from < text.length(); from += PIECE) {
                out.writeUTF(text.substring(from, Math.min(text.length(), from + PIECE)));
            }
        }
    }

    static String readText(DataInput in) throws IOException {
        byte kind = in.readByte();
        return switch (kind) {
            case NO_TEXT -> null;
            case SHORT_TEXT -> in.readUTF();
            case LONG_TEXT -> {
                int pieces = count(in);
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < pieces; i++) {
                    text.append(in.readUTF());
                }
                yield text.toString();
            }
            default -> throw new IOException("no text of kind " + kind);
        };
    }

    /** A constant by its name, which stays when constants are added. */
    private static void writeName(DataOutput out, Enum<?> constant) throws IOException {
        writeText(out, constant == null ? null : constant.name());
    }

    private static <E extends Enum<E>> E readName(DataInput in, Class<E> type) throws IOException {
        String name = readText(in);
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IOException("no " + type.getSimpleName() + " " + name);
        }
    }

    /**
     * A value of a fact, a limit or a text: null, a text, a yes or no, a number, a day, a constant,
     * a class, or a list or map of values. Anything else has no stored form.
     */
    static void writeValue(DataOutput out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String text) {
            out.writeByte(STRING);
            writeText(out, text);
        } else if (value instanceof Boolean yes) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(yes);
        } else if (value instanceof Integer number) {
            out.writeByte(INTEGER);
            out.writeInt(number);
        } else if (value instanceof Long number) {
            out.writeByte(LONG);
            out.writeLong(number);
        } else if (value instanceof Double number) {
            out.writeByte(DOUBLE);
            out.writeDouble(number);
        } else if (value instanceof BigDecimal number) {
            out.writeByte(DECIMAL);
            writeText(out, number.toString());
        } else if (value instanceof Enum<?> constant) {
            out.writeByte(CONSTANT);
            writeText(out, constant.getDeclaringClass().getName());
            writeText(out, constant.name());
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                writeValue(out, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                writeValue(out, entry.getKey());
                writeValue(out, entry.getValue());
            }
        } else if (value instanceof LocalDate day) {
            out.writeByte(DATE);
            writeText(out, day.toString());
        } else if (value instanceof Class<?> type) {
            out.writeByte(TYPE);
            writeText(out, type.getName());
        } else {
            throw new IOException("no stored form for " + value.getClass().getName());
        }
    }

    /** The next value, which must be of {@code type} or null: a stream that says otherwise was not written here. */
    static <T> T readValue(DataInput in, Class<T> type) throws IOException {
        Object read = value(in, 0);
        if (read != null && !type.isInstance(read)) {
            throw new IOException("a " + read.getClass().getName() + " where a " + type.getName() + " belongs");
        }
        return type.cast(read);
    }

    private static Object value(DataInput in, int depth) throws IOException {
        if (depth > DEEPEST) {
            throw new IOException("values nested more than " + DEEPEST + " deep");
        }
        byte kind = in.readByte();
        return switch (kind) {
            case NULL -> null;
            case STRING -> readText(in);
            case BOOLEAN -> in.readBoolean();
            case INTEGER -> in.readInt();
            case LONG -> in.readLong();
            case DOUBLE -> in.readDouble();
            case DECIMAL -> decimal(readText(in));
            case CONSTANT -> constant(readText(in), readText(in));
            case LIST -> {
                int size = count(in);
                List<Object> list = new ArrayList<>(Math.min(size, 64));
                for (int i = 0; i < size; i++) {
                    list.add(value(in, depth + 1));
                }
                yield list;
            }
            case MAP -> {
                int size = count(in);
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(value(in, depth + 1), value(in, depth + 1));
                }
                yield map;
            }
            case DATE -> day(readText(in));
            case TYPE -> type(readText(in));
            default -> throw new IOException("no value of kind " + kind);
        };
    }

    private static BigDecimal decimal(String written) throws IOException {
        try {
            return new BigDecimal(String.valueOf(written));
        } catch (NumberFormatException e) {
            throw new IOException("no number: " + written);
        }
    }

    private static LocalDate day(String written) throws IOException {
        try {
            return LocalDate.parse(String.valueOf(written));
        } catch (DateTimeParseException e) {
            throw new IOException("no day: " + written);
        }
    }

    private static Object constant(String typeName, String name) throws IOException {
        Class<?> type = type(typeName);
        if (!type.isEnum() || name == null) {
            throw new IOException("no constant " + name + " of " + typeName);
        }
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new IOException("no constant " + name + " of " + typeName);
    }

    /**
     * The class named, when it is one a value may name; found without running any of its code.
     */
    private static Class<?> type(String name) throws IOException {
        if (name == null) {
            throw new IOException("a class without a name");
        }
        Class<?> known = JAVA_TYPES.get(name);
        if (known != null) {
            return known;
        }
        if (!name.startsWith(OWN_CLASSES)) {
            throw new IOException("a value may not name " + name);
        }
        try {
            return Class.forName(name, false, StoredForm.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IOException("no class " + name);
        }
    }

    private static Map<String, Class<?>> javaTypes() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (Class<?> type : Set.of(String.class, Boolean.class, Integer.class, Long.class, Double.class,
                BigDecimal.class, LocalDate.class, List.class, Map.class, Object.class, boolean.class, int.class,
                long.class, double.class)) {
            types.put(type.getName(), type);
        }
        return Map.copyOf(types);
    }

    /** A number of items, which a stream that was not written here could give as anything. */
    private static int count(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MOST_ITEMS) {
            throw new IOException("a count of " + count);
        }
        return count;
    }
}
