package nl.innovatiewijzer.engine;

import java.io.Externalizable;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.DutyKind;
import nl.innovatiewijzer.Effort;
import nl.innovatiewijzer.Language;

/**
 * How the engine's records and texts are written in a compiled-rules cache entry: field by field,
 * and a text as it is written. Java reads a record back through a constructor handle that it
 * builds for each record class, and an object field by field through reflection; for the
 * thousands of texts and rules of the shipped knowledge base that was a tenth of a cold start. A
 * stored form is read with plain reads and becomes its object again as it is read
 * ({@link #readResolve}); a template is taken apart again from its text.
 *
 * <p>The objects write themselves this way ({@code writeReplace}); nothing else needs to know.
 */
final class StoredForm implements Externalizable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final byte TEMPLATE = 1;
    private static final byte WRITTEN = 3;
    private static final byte DUTY = 4;
    private static final byte LIMIT = 5;
    private static final byte LEVER = 6;
    private static final byte LEVER_FIELD = 7;
    private static final byte TEXTS = 8;

    private Object value;

    /** For reading back only. */
    public StoredForm() {
    }

    StoredForm(Object value) {
        this.value = value;
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        if (value instanceof TextCatalogue texts) {
            out.writeByte(TEXTS);
            writeTexts(texts, out);
        } else if (value instanceof Template template) {
            out.writeByte(TEMPLATE);
            writeText(out, template.text());
        } else if (value instanceof Covering.Written written) {
            out.writeByte(WRITTEN);
            writeText(out, written.id());
            writeText(out, written.file());
            out.writeInt(written.line());
            out.writeInt(written.column());
        } else if (value instanceof Duties.Duty duty) {
            out.writeByte(DUTY);
            writeText(out, duty.id());
            writeName(out, duty.kind());
            out.writeObject(duty.basis());
            out.writeObject(duty.appliesFrom());
            writeText(out, duty.source());
            writeText(out, duty.file());
            out.writeInt(duty.line());
            out.writeInt(duty.column());
        } else if (value instanceof Limits.Limit limit) {
            out.writeByte(LIMIT);
            writeText(out, limit.name());
            out.writeObject(limit.value());
            writeText(out, limit.unit());
            writeText(out, limit.nl());
            writeText(out, limit.en());
            writeText(out, limit.file());
            out.writeInt(limit.line());
        } else if (value instanceof Lever lever) {
            out.writeByte(LEVER);
            writeText(out, lever.id());
            out.writeObject(lever.field());
            writeName(out, lever.change());
            out.writeObject(lever.value());
            writeName(out, lever.effort());
            out.writeObject(lever.onlyWhen());
            out.writeObject(lever.texts());
            writeText(out, lever.file());
            out.writeInt(lever.line());
            out.writeInt(lever.column());
        } else if (value instanceof LeverField field) {
            out.writeByte(LEVER_FIELD);
            writeText(out, field.path());
            writeText(out, field.section());
            writeText(out, field.field());
            writeText(out, field.itemField());
            out.writeObject(field.type());
            out.writeBoolean(field.list());
            out.writeDouble(field.min());
            out.writeDouble(field.max());
        } else {
            throw new IOException("no stored form for " + (value == null ? "null" : value.getClass().getName()));
        }
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException, ClassNotFoundException {
        byte kind = in.readByte();
        value = switch (kind) {
            case TEXTS -> readTexts(in);
            case TEMPLATE -> Template.of(readText(in));
            case WRITTEN -> new Covering.Written(readText(in), readText(in), in.readInt(), in.readInt());
            case DUTY -> new Duties.Duty(readText(in), readName(in, DutyKind.class), map(in),
                    read(in, LocalDate.class), readText(in), readText(in), in.readInt(), in.readInt());
            case LIMIT -> new Limits.Limit(readText(in), read(in, BigDecimal.class), readText(in),
                    readText(in), readText(in), readText(in), in.readInt());
            case LEVER -> new Lever(readText(in), read(in, LeverField.class), readName(in, Lever.Change.class),
                    read(in, Serializable.class), readName(in, Effort.class), map(in), map(in), readText(in),
                    in.readInt(), in.readInt());
            case LEVER_FIELD -> new LeverField(readText(in), readText(in), readText(in),
                    readText(in), read(in, Class.class), in.readBoolean(), in.readDouble(), in.readDouble());
            default -> throw new InvalidObjectException("no stored form of kind " + kind);
        };
    }

    /**
     * The texts entry by entry, each part of an entry as its text: the thousands of entries of the
     * shipped rules read back without a map or a record of Java's serialization for each.
     */
    private static void writeTexts(TextCatalogue texts, ObjectOutput out) throws IOException {
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
                        writeText(out, part.getValue().text());
                    }
                }
            }
        }
        out.writeObject(texts.limits());
        out.writeObject(texts.covering());
        out.writeObject(texts.keyFacts());
        out.writeObject(texts.duties());
        out.writeObject(texts.levers());
    }

    /** The texts as {@link TextCatalogue#read} makes them: the same kinds of maps, in the same order. */
    private static TextCatalogue readTexts(ObjectInput in) throws IOException, ClassNotFoundException {
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
                        parts.put(readText(in), Template.of(readText(in)));
                    }
                    texts.put(language, oneText && parts.size() == 1 && parts.containsKey("text") ? Map.copyOf(parts) : parts);
                }
                ofKind.put(id, new TextCatalogue.Entry(file, line, texts));
            }
            entries.put(kind, ofKind);
        }
        return TextCatalogue.stored(entries, read(in, Limits.class), read(in, Covering.class), read(in, KeyFacts.class),
                read(in, Duties.class), read(in, Levers.class));
    }

    private static final byte NO_TEXT = 0;
    private static final byte SHORT_TEXT = 1;
    private static final byte LONG_TEXT = 2;

    /**
     * A text as its characters, without the record Java's serialization keeps of each string it
     * writes: the shipped texts are some ten thousand strings, read back at every start.
     */
    static void writeText(ObjectOutput out, String text) throws IOException {
        if (text == null) {
            out.writeByte(NO_TEXT);
        } else if (text.length() <= 65_535 / 3) {
            out.writeByte(SHORT_TEXT);
            out.writeUTF(text);
        } else {
            out.writeByte(LONG_TEXT);
            out.writeObject(text); // writeUTF takes at most 65,535 bytes
        }
    }

    static String readText(ObjectInput in) throws IOException, ClassNotFoundException {
        byte kind = in.readByte();
        return switch (kind) {
            case NO_TEXT -> null;
            case SHORT_TEXT -> in.readUTF();
            case LONG_TEXT -> read(in, String.class);
            default -> throw new InvalidObjectException("no text of kind " + kind);
        };
    }

    /** A constant by its name, which stays when constants are added. */
    private static void writeName(ObjectOutput out, Enum<?> constant) throws IOException {
        writeText(out, constant == null ? null : constant.name());
    }

    private static <E extends Enum<E>> E readName(ObjectInput in, Class<E> type) throws IOException, ClassNotFoundException {
        String name = readText(in);
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new InvalidObjectException("no " + type.getSimpleName() + " " + name);
        }
    }

    /** A number of items, which a stored form that was not written here could give as anything. */
    private static int count(ObjectInput in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 1_000_000) {
            throw new InvalidObjectException("a count of " + count);
        }
        return count;
    }

    @Serial
    private Object readResolve() {
        return value;
    }

    /** The next object, which must be of {@code type} or null: a stored form that says otherwise was not written here. */
    private static <T> T read(ObjectInput in, Class<T> type) throws IOException, ClassNotFoundException {
        Object read = in.readObject();
        if (read != null && !type.isInstance(read)) {
            throw new InvalidObjectException("a " + read.getClass().getName() + " where a " + type.getName() + " belongs");
        }
        return type.cast(read);
    }

    /** The next map; what it holds is as it was written, checked by the class filter of the entry. */
    @SuppressWarnings("unchecked")
    private static <K, V> Map<K, V> map(ObjectInput in) throws IOException, ClassNotFoundException {
        return (Map<K, V>) read(in, Map.class);
    }
}
