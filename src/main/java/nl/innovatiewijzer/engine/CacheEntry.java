package nl.innovatiewijzer.engine;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bytes of one compiled-rules cache entry: a header (magic, format, key, the length and
 * checksum of the body), then the body: what the entry was compiled from; the rules, texts and
 * answers as plain data ({@link StoredForm}); and last the compiled packages, serialized on their
 * own so that they are read only when needed. Reading checks the header, the checksum and the
 * origin before it reads anything else, and reads the packages through a filter that bounds what
 * their objects may be.
 */
final class CacheEntry {

    private static final Logger LOG = LoggerFactory.getLogger(CompileCache.class);

    private static final String MAGIC = "innovatiewijzer-compiled-rules";
    static final int FORMAT = 9;

    /**
     * The largest body read back, and the largest packages kept apart. The shipped knowledge base
     * of 275 rules is 2.3 MB (0.3 MB of it its rules, texts and answers), 1,000 generated rules of
     * 2026-11 were 7 MB; a larger file is not an entry this program wrote.
     */
    static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

    /**
     * Only as much of the compiled packages may be read back as a knowledge base many times the
     * shipped one needs. Measured when the rules and texts were still serialized with them, which
     * only added to it: the shipped one reached a depth of 18 and 32,382 references, 1,000
     * generated rules 207,004 references, a rule with conditions nested eight deep a depth of 38.
     * No array may be longer than the packages have bytes (see {@link #filter}).
     */
    static final long MAX_DEPTH = 64;
    static final long MAX_REFERENCES = 2_000_000;

    /** Written where the length of the compiled packages belongs when they are kept apart. */
    private static final int KEPT_APART = -1;

    /**
     * The classes compiled rule packages are made of; every other class is refused. Made when
     * packages are first read: a start on the shipped model reads none.
     */
    private static final class OnlyRulePackages {
        static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
                "java.**;org.drools.**;org.kie.**;org.mvel2.**;nl.innovatiewijzer.**;!*");
    }

    private CacheEntry() {
    }

    /**
     * The entry in {@code stream}, if it is whole, stored under {@code key} and compiled from exactly
     * {@code origin}; no object is read before all of that is known.
     */
    static Optional<CompileCache.Entry> read(InputStream stream, String key, CompileCache.Origin origin) {
        return read(stream, key, origin, null);
    }

    /**
     * The entry in {@code stream}, as {@link #read(InputStream, String, CompileCache.Origin)}, whose
     * compiled packages may be kept apart, in the stream {@code apart} opens: as the jar keeps those of
     * the shipped entry ({@link #writeApart}). An entry that says its packages are apart is refused
     * when there is no such stream.
     */
    static Optional<CompileCache.Entry> read(InputStream stream, String key, CompileCache.Origin origin,
                                             Supplier<InputStream> apart) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(stream))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT || !key.equals(in.readUTF())) {
                return refused(key, "another format or key");
            }
            int length = in.readInt();
            long checksum = in.readLong();
            if (length < 0 || length > MAX_BODY_BYTES) {
                return refused(key, "a body of " + length + " bytes");
            }
            byte[] body = in.readNBytes(length);
            if (body.length != length || in.read() != -1 || checksum(body) != checksum) {
                return refused(key, "damaged");
            }
            ByteArrayInputStream objects = new ByteArrayInputStream(body);
            CompileCache.Origin stored = CompileCache.Origin.readFrom(new DataInputStream(objects));
            if (!stored.sameAs(origin)) {
                return refused(key, "compiled from " + stored + ", not from " + origin);
            }
            DataInputStream plain = new DataInputStream(objects);
            StoredForm.Parts parts = StoredForm.read(plain);
            int packagesLength = plain.readInt();
            Supplier<Collection<KiePackage>> packages;
            if (packagesLength == KEPT_APART && objects.available() == 0) {
                if (apart == null) {
                    return refused(key, "its compiled packages are kept elsewhere");
                }
                packages = packages(() -> {
                    try (InputStream kept = apart.get()) {
                        if (kept == null) {
                            throw new IOException("its compiled packages are missing");
                        }
                        byte[] written = kept.readNBytes(MAX_BODY_BYTES + 1);
                        if (written.length > MAX_BODY_BYTES) {
                            throw new IOException("its compiled packages are larger than " + MAX_BODY_BYTES + " bytes");
                        }
                        return written;
                    }
                }, key);
            } else if (packagesLength == objects.available()) {
                byte[] written = plain.readNBytes(packagesLength);
                packages = packages(() -> written, key);
            } else {
                return refused(key, "compiled packages of " + packagesLength + " bytes in " + objects.available());
            }
            return Optional.of(new CompileCache.Entry(parts.rules(), packages, parts.texts(), parts.answers()));
        } catch (IOException | RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            return refused(key, e.toString());
        }
    }

    private static ObjectInputStream objectsIn(InputStream objects, int bytes) throws IOException {
        DroolsObjectInputStream reader = new DroolsObjectInputStream(objects, CacheEntry.class.getClassLoader());
        reader.setObjectInputFilter(filter(bytes));
        return reader;
    }

    /**
     * The compiled packages of an entry, read when first asked for, through the same filter: a
     * knowledge base built from its executable model never needs them ({@link ShippedModel}).
     */
    private static Supplier<Collection<KiePackage>> packages(Bytes packages, String key) {
        return new Supplier<>() {
            private Collection<KiePackage> read;

            @Override
            public synchronized Collection<KiePackage> get() {
                if (read == null) {
                    try {
                        byte[] written = packages.read();
                        read = castList(objectsIn(new ByteArrayInputStream(written), written.length).readObject(),
                                KiePackage.class);
                    } catch (IOException | ClassNotFoundException e) {
                        throw new IllegalStateException("the compiled packages of " + key + " cannot be read: " + e, e);
                    }
                }
                return read;
            }
        };
    }

    /** The bytes of an entry's compiled packages, read when they are first needed. */
    private interface Bytes {
        byte[] read() throws IOException;
    }

    /**
     * The filter for objects written in {@code bytes} bytes: a longer array was not written whole.
     * The limits are checked for every object; the classes once each, as the shipped entry holds
     * some tens of thousands of objects of a few hundred classes.
     */
    static ObjectInputFilter filter(int bytes) {
        Map<Class<?>, ObjectInputFilter.Status> verdicts = new IdentityHashMap<>();
        return info -> {
            // as Java's own filter tests maxdepth, maxrefs, maxbytes and maxarray, without its list of
            // patterns to go through for each of the tens of thousands of objects
            if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.streamBytes() > MAX_BODY_BYTES
                    || info.arrayLength() > bytes) {
                return ObjectInputFilter.Status.REJECTED;
            }
            Class<?> type = info.serialClass();
            return type == null ? ObjectInputFilter.Status.UNDECIDED
                    : verdicts.computeIfAbsent(type, known -> OnlyRulePackages.FILTER.checkInput(info));
        };
    }

    private static Optional<CompileCache.Entry> refused(String key, String why) {
        LOG.debug("Compiled rules {} not used: {}", key, why);
        return Optional.empty();
    }

    private static <T> List<T> castList(Object value, Class<T> type) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException("not a list");
        }
        List<T> items = new ArrayList<>(list.size());
        for (Object item : list) {
            items.add(type.cast(item));
        }
        return items;
    }

    /** Writes an entry to a stream, under the key of its origin. */
    static void write(OutputStream stream, CompileCache.Origin origin, CompileCache.Entry entry) throws IOException {
        write(stream, origin.key(), origin, entry, serialized(entry));
    }

    /**
     * Writes an entry to {@code stream} and its compiled packages apart, to {@code packages}: a start
     * that builds the knowledge base from its executable model then reads only what it needs, a
     * sixth of the whole (read with {@code apart} given).
     */
    static void writeApart(OutputStream stream, OutputStream packages, CompileCache.Origin origin,
                           CompileCache.Entry entry) throws IOException {
        packages.write(serialized(entry));
        packages.flush();
        write(stream, origin.key(), origin, entry, null);
    }

    private static byte[] serialized(CompileCache.Entry entry) throws IOException {
        ByteArrayOutputStream packages = new ByteArrayOutputStream();
        DroolsObjectOutputStream packagesOut = new DroolsObjectOutputStream(packages);
        packagesOut.writeObject(new ArrayList<>(entry.packages()));
        packagesOut.flush();
        return packages.toByteArray();
    }

    /**
     * Writes an entry under any key, with these bytes as its serialized packages (none: kept apart)
     * and the checksum of its body.
     */
    static void write(OutputStream stream, String key, CompileCache.Origin origin, CompileCache.Entry entry,
                      byte[] packages) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream((packages == null ? 0 : packages.length) + 512 * 1024);
        DataOutputStream bodyOut = new DataOutputStream(body);
        origin.writeTo(bodyOut);
        StoredForm.write(bodyOut, new StoredForm.Parts(List.copyOf(entry.rules()), entry.texts(), entry.answers()));
        if (packages == null) {
            bodyOut.writeInt(KEPT_APART);
        } else {
            bodyOut.writeInt(packages.length);
            bodyOut.write(packages); // last, and whole, so that it need not be read
        }
        bodyOut.flush();
        byte[] bytes = body.toByteArray();
        DataOutputStream out = new DataOutputStream(stream);
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(key);
        out.writeInt(bytes.length);
        out.writeLong(checksum(bytes));
        out.write(bytes);
        out.flush();
    }

    /**
     * A CRC-32, not a cryptographic hash: it finds damage, and nothing that anyone who can write the
     * entry could not recompute, which is why the folder must be the user's alone. Computed natively,
     * it costs under a millisecond where SHA-256 of the shipped entry takes a tenth of a cold start.
     */
    private static long checksum(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return crc.getValue();
    }
}
