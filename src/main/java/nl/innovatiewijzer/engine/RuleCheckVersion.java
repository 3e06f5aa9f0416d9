package nl.innovatiewijzer.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The version of the code that checks and compiles rules: the CRC-32 of every class file of this
 * package. A cache entry records it, so that an entry compiled by other code, perhaps without a
 * check this code makes, is compiled and checked again instead of served.
 *
 * <p>Listing the classes inside the jar would cost a fifth of a cold start, so the build writes the
 * version into the jar beside the precompiled rules ({@link Precompiler}), and a jar reads it from
 * there; run from a folder of classes (the build itself, the tests) it is computed.
 */
final class RuleCheckVersion {

    /** Where the build writes the version, beside {@code precompiled/rules.kb}. */
    static final String RESOURCE = "precompiled/compiled-by";

    private RuleCheckVersion() {
    }

    /** The version of the classes this runs from. */
    static String current() {
        URL self = RuleCheckVersion.class.getResource(RuleCheckVersion.class.getSimpleName() + ".class");
        try {
            if (self != null && "file".equals(self.getProtocol())) {
                return ofClasses(Path.of(self.toURI()).getParent());
            }
            URL written = RuleCheckVersion.class.getClassLoader().getResource(RESOURCE);
            if (self != null && written != null && container(self).equals(container(written))) {
                try (InputStream in = written.openStream()) {
                    return new String(in.readNBytes(64), StandardCharsets.US_ASCII).strip();
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // below: what can be known without a listing
        }
        // a jar built without the precompile step: the compiler names every check it runs
        return "compiler " + crc(KnowledgeBaseCompiler.class.getName().replace('.', '/') + ".class");
    }

    /** The version of the class files in {@code folder}, the folder of this package's classes. */
    static String ofClasses(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            CRC32 crc = new CRC32();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".class")).sorted().toList()) {
                crc.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                crc.update(Files.readAllBytes(file));
            }
            return Long.toHexString(crc.getValue());
        }
    }

    /** The jar or folder a resource is in: what comes before the last {@code !/} of its URL. */
    private static String container(URL resource) {
        String url = resource.toString();
        int inside = url.lastIndexOf("!/");
        return inside < 0 ? url : url.substring(0, inside);
    }

    private static String crc(String resource) {
        CRC32 crc = new CRC32();
        try (InputStream in = RuleCheckVersion.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                crc.update(in.readAllBytes());
            }
        } catch (IOException e) {
            // nothing more can be known
        }
        return Long.toHexString(crc.getValue());
    }
}
