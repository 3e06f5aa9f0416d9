package nl.innovatiewijzer.engine;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Run by the build: compiles the shipped knowledge base and writes it where the jar carries it,
 * so that the first assessment of a fresh install does not compile the rules, with the version of
 * the checks that compiled it ({@link RuleCheckVersion}).
 */
public final class Precompiler {

    private Precompiler() {
    }

    /**
     * Compiles the {@code rules/} found on the class path into the file named by the only argument;
     * with {@code model} and a folder of classes first, writes their executable model there
     * ({@link ShippedModelWriter}), which the build does before the tests.
     *
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 2 && "model".equals(args[0])) {
            ShippedModelWriter.write(Path.of(args[1]));
            return;
        }
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Precompiler OUTPUT-FILE, or Precompiler model CLASSES-FOLDER");
        }
        Path output = Path.of(args[0]);
        Path scratch = Files.createTempDirectory("innovatiewijzer-precompile");
        try {
            RuleFiles shipped = RuleFiles.shipped();
            DroolsKnowledgeBase.compile(shipped, CompileCache.in(scratch));
            Path compiled = scratch.resolve(CompileCache.key(shipped) + ".kb");
            if (!Files.isRegularFile(compiled)) {
                throw new IOException("the compiled knowledge base was not written to " + compiled);
            }
            Files.createDirectories(output.toAbsolutePath().getParent());
            // the packages apart: a start on the executable model reads the rest alone
            CompileCache.Origin origin = CompileCache.Origin.of(shipped.source(), shipped.fingerprint());
            CompileCache.Entry entry;
            try (InputStream in = Files.newInputStream(compiled)) {
                entry = CacheEntry.read(in, CompileCache.key(shipped), origin)
                        .orElseThrow(() -> new IOException("the compiled knowledge base in " + compiled + " cannot be read"));
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output));
                 OutputStream packages = new BufferedOutputStream(Files.newOutputStream(
                         output.resolveSibling(Path.of(CompileCache.SHIPPED_PACKAGES_RESOURCE).getFileName())))) {
                CacheEntry.writeApart(out, packages, origin, entry);
            }
            // the key with what it is made of, so that a start that makes the same need not hash it
            String madeOf = CompileCache.keyInput(shipped);
            Files.writeString(output.resolveSibling(Path.of(CompileCache.KNOWN_KEY_RESOURCE).getFileName()),
                    CompileCache.hashed(madeOf) + "\n" + madeOf, StandardCharsets.UTF_8);
            // a jar cannot list its own classes quickly, so it is told which checks compiled the entry
            Files.writeString(output.resolveSibling(Path.of(RuleCheckVersion.RESOURCE).getFileName()),
                    RuleCheckVersion.current() + "\n", StandardCharsets.US_ASCII);
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
