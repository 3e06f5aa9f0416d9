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
            out.writeObject(template.text());
        } else if (value instanceof Covering.Written written) {
            out.writeByte(WRITTEN);
            out.writeObject(written.id());
            out.writeObject(written.file());
            out.writeInt(written.line());
            out.writeInt(written.column());
        } else if (value instanceof Duties.Duty duty) {
            out.writeByte(DUTY);
            out.writeObject(duty.id());
            out.writeObject(duty.kind());
            out.writeObject(duty.basis());
            out.writeObject(duty.appliesFrom());
            out.writeObject(duty.source());
            out.writeObject(duty.file());
            out.writeInt(duty.line());
            out.writeInt(duty.column());
        } else if (value instanceof Limits.Limit limit) {
            out.writeByte(LIMIT);
            out.writeObject(limit.name());
            out.writeObject(limit.value());
            out.writeObject(limit.unit());
            out.writeObject(limit.nl());
            out.writeObject(limit.en());
            out.writeObject(limit.file());
            out.writeInt(limit.line());
        } else if (value instanceof Lever lever) {
            out.writeByte(LEVER);
            out.writeObject(lever.id());
            out.writeObject(lever.field());
            out.writeObject(lever.change());
            out.writeObject(lever.value());
            out.writeObject(lever.effort());
            out.writeObject(lever.onlyWhen());
            out.writeObject(lever.texts());
            out.writeObject(lever.file());
            out.writeInt(lever.line());
            out.writeInt(lever.column());
        } else if (value instanceof LeverField field) {
            out.writeByte(LEVER_FIELD);
            out.writeObject(field.path());
            out.writeObject(field.section());
            out.writeObject(field.field());
            out.writeObject(field.itemField());
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
            case TEMPLATE -> Template.of(read(in, String.class));
            case WRITTEN -> new Covering.Written(read(in, String.class), read(in, String.class), in.readInt(), in.readInt());
            case DUTY -> new Duties.Duty(read(in, String.class), read(in, DutyKind.class), map(in),
                    read(in, LocalDate.class), read(in, String.class), read(in, String.class), in.readInt(), in.readInt());
            case LIMIT -> new Limits.Limit(read(in, String.class), read(in, BigDecimal.class), read(in, String.class),
                    read(in, String.class), read(in, String.class), read(in, String.class), in.readInt());
            case LEVER -> new Lever(read(in, String.class), read(in, LeverField.class), read(in, Lever.Change.class),
                    read(in, Serializable.class), read(in, Effort.class), map(in), map(in), read(in, String.class),
                    in.readInt(), in.readInt());
            case LEVER_FIELD -> new LeverField(read(in, String.class), read(in, String.class), read(in, String.class),
                    read(in, String.class), read(in, Class.class), in.readBoolean(), in.readDouble(), in.readDouble());
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
                out.writeObject(written.getKey());
                out.writeObject(entry.file());
                out.writeInt(entry.line());
                out.writeInt(entry.texts().size());
                for (Map.Entry<Language, Map<String, Template>> language : entry.texts().entrySet()) {
                    out.writeObject(language.getKey());
                    out.writeInt(language.getValue().size());
                    for (Map.Entry<String, Template> part : language.getValue().entrySet()) {
                        out.writeObject(part.getKey());
                        out.writeObject(part.getValue().text());
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
                String id = read(in, String.class);
                String file = read(in, String.class);
                int line = in.readInt();
                int languages = count(in);
                Map<Language, Map<String, Template>> texts = new EnumMap<>(Language.class);
                for (int l = 0; l < languages; l++) {
                    Language language = read(in, Language.class);
                    int partCount = count(in);
                    Map<String, Template> parts = new LinkedHashMap<>();
                    for (int p = 0; p < partCount; p++) {
                        parts.put(read(in, String.class), Template.of(read(in, String.class)));
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
