package nl.innovatiewijzer.engine;

import java.io.BufferedOutputStream;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.document.RecordShape;
import org.drools.base.util.Drools;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule packages kept between runs, so that a knowledge base that did not change is read
 * back instead of compiled again (compiling is most of a cold start), with its texts (reading them
 * is the next largest part). An entry is keyed by a hash of every rule and texts file, the Drools
 * version, the checks and the shape of the fact model. It is read only from a folder that belongs
 * to the user and nobody else may write ({@link CacheFolder}), only whole (a checksum of its body),
 * only when it was compiled from exactly the files on disk, in the same folder, by the same checks,
 * and through a filter that bounds what it may hold. An entry that fails any of this is deleted and
 * compiled again. Entries are written to a temporary file and renamed into place, so processes
 * running at once never see half an entry.
 */
final class CompileCache {

    private static final Logger LOG = LoggerFactory.getLogger(CompileCache.class);

    private static final String SHIPPED_RESOURCE = "precompiled/rules.kb";

    /** The compiled packages of the shipped entry, kept apart from it ({@link CacheEntry#writeApart}). */
    static final String SHIPPED_PACKAGES_RESOURCE = "precompiled/rules-packages.kb";

    /** Written by the build beside the shipped entry: its key, a line, then what the key was made of. */
    static final String KNOWN_KEY_RESOURCE = "precompiled/rules.key";

    /** The version of the code that checks and compiles rules: an entry compiled by other code is not served. */
    private static final String COMPILED_BY = RuleCheckVersion.current();

    private final CacheFolder folder;
    private final boolean shippedResource;

    private CompileCache(CacheFolder folder, boolean shippedResource) {
        this.folder = folder;
        this.shippedResource = shippedResource;
    }

    /** No cache: always compile. */
    static CompileCache none() {
        return new CompileCache(null, false);
    }

    /** A cache in this folder, created for its owner only when first written, and used only while it is safe. */
    static CompileCache in(Path directory) {
        return new CompileCache(new CacheFolder(directory), false);
    }

    /** Only the knowledge base precompiled into the jar when it was built; nothing is written. */
    static CompileCache shippedOnly() {
        return new CompileCache(null, true);
    }

    /**
     * What a cache entry holds: the description of every rule, the compiled packages, the texts and
     * the answers worth trying for each fact the rules ask for. The packages are read back only when
     * asked for: the shipped rules are built from their executable model ({@link ShippedModel}).
     */
    record Entry(List<RuleInfo> rules, Supplier<Collection<KiePackage>> compiled, TextCatalogue texts,
                 PossibleAnswers answers) {

        Entry(List<RuleInfo> rules, Collection<KiePackage> packages, TextCatalogue texts, PossibleAnswers answers) {
            this(rules, () -> packages, texts, answers);
        }

        /**
         * The compiled packages, read back now when the entry was read from a file.
         *
         * @throws IllegalStateException when they cannot be read back
         */
        Collection<KiePackage> packages() {
            return compiled.get();
        }
    }

    /**
     * What an entry was compiled from, stored inside it: served only for exactly these files, read
     * from this folder, checked by this version of the checks.
     *
     * @param source      the folder, as {@link RuleFiles#source()} names it
     * @param fingerprint the hash of every file's path and content, {@link RuleFiles#fingerprint()}
     * @param compiledBy  the version of the checks the rules passed
     */
    record Origin(String source, String fingerprint, String compiledBy) {

        /** The files of {@code source} with this fingerprint, compiled now. */
        static Origin of(String source, String fingerprint) {
            return new Origin(source, fingerprint, COMPILED_BY);
        }

        /** The key the entry is stored under. */
        String key() {
            return CompileCache.key(source, fingerprint, DROOLS_VERSION, compiledBy);
        }

        /**
         * The same files, folder and checks. Written out: a record's own {@code equals} is linked
         * through method handles at its first call, which a cold start would pay for.
         */
        boolean sameAs(Origin other) {
            return source.equals(other.source) && fingerprint.equals(other.fingerprint)
                    && compiledBy.equals(other.compiledBy);
        }

        void writeTo(DataOutput out) throws IOException {
            out.writeUTF(source);
            out.writeUTF(fingerprint);
            out.writeUTF(compiledBy);
        }

        static Origin readFrom(DataInput in) throws IOException {
            return new Origin(in.readUTF(), in.readUTF(), in.readUTF());
        }
    }

    /**
     * The key of a knowledge base: its files, the Drools version, the checks it passed and the fact
     * model it was compiled against. Anyone can compute a key: it names an entry, it proves nothing.
     */
    static String key(RuleFiles files) {
        return key(files.source(), files.fingerprint(), DROOLS_VERSION, COMPILED_BY);
    }

    /**
     * The Drools version, from the properties file Drools ships. Drools' own version call reads the
     * manifest of the jar it is in, which in the executable jar is ours, and so would give one key
     * when the rules are precompiled and another when they are looked up.
     */
    private static final String DROOLS_VERSION = droolsVersion();

    private static String droolsVersion() {
        try (InputStream in = CompileCache.class.getClassLoader().getResourceAsStream("drools.versions.properties")) {
            if (in != null) {
                java.util.Properties properties = new java.util.Properties();
                properties.load(in);
                String version = properties.getProperty("drools.version");
                if (version != null && !version.isBlank()) {
                    return version.strip();
                }
            }
        } catch (IOException e) {
            // fall back to what Drools says of itself
        }
        return Drools.getFullVersion();
    }

    static String key(RuleFiles files, String droolsVersion) {
        return key(files.source(), files.fingerprint(), droolsVersion, COMPILED_BY);
    }

    private static String key(String source, String fingerprint, String droolsVersion, String compiledBy) {
        String madeOf = keyInput(source, fingerprint, droolsVersion, compiledBy);
        String known = KnownKey.of(madeOf);
        return known != null ? known : hashed(madeOf);
    }

    /** What the key of these files is made of. */
    static String keyInput(RuleFiles files) {
        return keyInput(files.source(), files.fingerprint(), DROOLS_VERSION, COMPILED_BY);
    }

    private static String keyInput(String source, String fingerprint, String droolsVersion, String compiledBy) {
        // the source is part of the key: rules name their file as shown, e.g. rules/f1.drl
        return source + "\n" + fingerprint + "\n" + droolsVersion + "\n" + CacheEntry.FORMAT + "\n" + compiledBy
                + "\n" + modelShape();
    }

    /** The key made of {@code madeOf}: its SHA-256. */
    static String hashed(String madeOf) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(madeOf.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The key of the shipped entry, as the build hashed it, with what it was made of
     * ({@link #KNOWN_KEY_RESOURCE}): a start that makes the same key from the same parts takes it
     * from there instead of hashing it, as loading Java's hash functions takes a cold start some
     * milliseconds on the path every assessment waits for.
     */
    private static final class KnownKey {
        private static final String[] WRITTEN = read();

        static String of(String madeOf) {
            return WRITTEN != null && WRITTEN[1].equals(madeOf) ? WRITTEN[0] : null;
        }

        private static String[] read() {
            try (InputStream in = CompileCache.class.getClassLoader().getResourceAsStream(KNOWN_KEY_RESOURCE)) {
                if (in == null) {
                    return null;
                }
                String written = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                int end = written.indexOf('\n');
                return end < 0 ? null : new String[] {written.substring(0, end), written.substring(end + 1)};
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** The fact types and their fields: rules compiled against another shape of them must not be reused. */
    private static String modelShape() {
        StringBuilder shape = new StringBuilder();
        describe(ProjectFacts.class, shape);
        return shape.toString();
    }

    private static void describe(Class<?> type, StringBuilder shape) {
        shape.append(type.getName()).append('(');
        for (RecordShape.Part part : RecordShape.of(type)) {
            shape.append(part.name()).append(':').append(part.component().getGenericType().getTypeName()).append(',');
        }
        shape.append(')');
        for (RecordShape.Part part : RecordShape.of(type)) {
            Class<?> inner = part.component().getType();
            if (inner.isRecord()) {
                describe(inner, shape);
            } else if (part.component().getGenericType() instanceof java.lang.reflect.ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> item && item.isRecord()) {
                describe(item, shape);
            }
        }
    }

    /**
     * The knowledge base that {@code build} makes of the entry compiled from {@code origin}, when a
     * trusted one is stored. An entry that fails a check, or that {@code build} fails on, is deleted,
     * so that the one compiled next replaces it.
     */
    <T> Optional<T> load(Origin origin, Function<Entry, T> build) {
        String key = origin.key();
        if (shippedResource) {
            InputStream shipped = CompileCache.class.getClassLoader().getResourceAsStream(SHIPPED_RESOURCE);
            if (shipped != null) {
                Optional<T> built = CacheEntry.read(shipped, key, origin,
                                () -> CompileCache.class.getClassLoader().getResourceAsStream(SHIPPED_PACKAGES_RESOURCE))
                        .flatMap(entry -> build(entry, build, SHIPPED_RESOURCE));
                if (built.isPresent()) {
                    return built;
                }
            }
        }
        if (folder == null || !folder.usable(false)) {
            return Optional.empty();
        }
        Path file = folder.entry(key);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Optional<T> built = Optional.empty();
        try {
            String untrusted = folder.whyUntrusted(file);
            if (untrusted != null) {
                LOG.debug("Compiled rules {} not used: {}", file, untrusted);
            } else {
                built = CacheEntry.read(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), key, origin)
                        .flatMap(entry -> build(entry, build, file));
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Compiled rules {} not used: {}", file, e.toString());
        }
        if (built.isEmpty()) {
            deleteQuietly(file); // compiled again and written anew, so the failure is not met again
        }
        return built;
    }

    /** Builds on an entry; classes that do not load or a structure that does not fit fail here, not later. */
    private static <T> Optional<T> build(Entry entry, Function<Entry, T> build, Object where) {
        try {
            return Optional.of(build.apply(entry));
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            LOG.debug("Compiled rules {} not used: {}", where, e.toString());
            return Optional.empty();
        }
    }

    /** Stores an entry; a cache that cannot be written is no reason to fail, so failures are ignored. */
    void store(Origin origin, Entry entry) {
        if (folder == null || !folder.usable(true)) {
            return;
        }
        String key = origin.key();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder.path(), key, ".tmp"); // readable and writable by its owner only
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                CacheEntry.write(out, origin, entry);
            }
            Path file = folder.entry(key);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Compiled rules {} not stored: {}", key, e.toString());
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stray file is harmless: it fails the same checks next time
            }
        }
    }
}
