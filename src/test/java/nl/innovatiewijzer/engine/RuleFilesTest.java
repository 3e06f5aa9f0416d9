package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import nl.innovatiewijzer.KnowledgeBaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFilesTest {

    @TempDir
    Path temp;

    /** A jar with these entries, written in the order given, as a build might write them. */
    private Path jar(List<String> names, Path contentFrom) throws IOException {
        Path jar = temp.resolve("innovatiewijzer.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : names) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    Files.copy(contentFrom.resolve(name.substring("rules/".length())), out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private static RuleFiles shippedIn(Path jar) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            return RuleFiles.shipped(loader);
        }
    }

    @Test
    void theRulesInsideAJarAreTheSameFilesInTheSameOrderAsTheFolderTheyCameFrom() throws IOException {
        Path folder = Path.of("rules");
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            // a jar need not list its entries in order; reversed, the reader has to sort them itself
            names = Stream.concat(Stream.of("rules/"), files.map(f -> "rules/" + f.getFileName())
                    .sorted(java.util.Comparator.reverseOrder())).toList();
        }

        RuleFiles fromJar = shippedIn(jar(names, folder));
        RuleFiles fromFolder = RuleFiles.fromDirectory(folder);

        assertEquals("rules", fromJar.source());
        assertEquals(fromFolder.files().stream().map(SourceFile::path).toList(),
                fromJar.files().stream().map(SourceFile::path).toList());
        assertEquals(fromFolder.files().stream().map(SourceFile::shown).toList(),
                fromJar.files().stream().map(SourceFile::shown).toList());
        assertArrayEquals(fromFolder.files().get(0).content(), fromJar.files().get(0).content());
        assertEquals(fromFolder.fingerprint(), fromJar.fingerprint(), "the precompiled rules are found by this hash");
    }

    /** A jar of the shipped rules, with the build's listing of {@code listed} beside them. */
    private Path jarWithListing(Path rules, RuleFiles listed) throws IOException {
        Path jar = temp.resolve("listed.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("rules/"));
            out.closeEntry();
            try (Stream<Path> files = Files.list(rules)) {
                for (Path file : files.sorted().toList()) {
                    out.putNextEntry(new JarEntry("rules/" + file.getFileName()));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
            out.putNextEntry(new JarEntry(RuleFiles.SHIPPED_LISTING));
            out.write(listed.listing().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void theFingerprintTheBuildWroteIsTakenForExactlyTheFilesItWroteItFor() throws IOException {
        RuleFiles fromFolder = RuleFiles.fromDirectory(Path.of("rules"));

        RuleFiles fromJar = shippedIn(jarWithListing(Path.of("rules"), fromFolder));

        assertEquals(fromFolder.fingerprint(), fromJar.knownFingerprint(), "not hashed again");
        assertEquals(fromFolder.fingerprint(), fromJar.fingerprint());
    }

    @Test
    void aRuleFileChangedInsideTheJarIsHashedAgain() throws IOException {
        // given a jar whose listing was written for the shipped rules, and one rule file since changed
        Path changed = temp.resolve("changed");
        Files.createDirectories(changed);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, changed.resolve(file.getFileName().toString()));
            }
        }
        Files.writeString(changed.resolve("plan.drl"), Files.readString(changed.resolve("plan.drl")) + "\n// changed\n");

        RuleFiles fromJar = shippedIn(jarWithListing(changed, RuleFiles.fromDirectory(Path.of("rules"))));

        assertEquals(null, fromJar.knownFingerprint());
        assertEquals(RuleFiles.fromDirectory(changed).fingerprint(), fromJar.fingerprint());
        assertNotEquals(RuleFiles.fromDirectory(Path.of("rules")).fingerprint(), fromJar.fingerprint());
    }

    @Test
    void aJarWithoutRuleFilesIsABrokenKnowledgeBase() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("texts-only"));
        Files.writeString(folder.resolve("texts.yaml"), "factors: {}\n");

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                () -> shippedIn(jar(List.of("rules/", "rules/texts.yaml"), folder)));

        assertEquals("rules: the folder holds no .drl rule files", e.getMessage());
    }

    @Test
    void aClassPathWithoutRulesSaysTheShippedKnowledgeBaseIsMissing() throws IOException {
        Path empty = temp.resolve("empty.jar");
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(empty))) {
            out.flush();
        }

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> shippedIn(empty));

        assertEquals("rules: the shipped knowledge base is missing from the class path", e.getMessage());
    }
}
