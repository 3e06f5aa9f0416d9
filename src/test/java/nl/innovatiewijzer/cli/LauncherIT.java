package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution that {@code mvn package} makes, unpacked somewhere else, as an adviser without
 * Maven installs it: {@code bin/innovatiewijzer} runs every command as {@code java -jar} does, with
 * the same output and exit codes, first making its archive of classes, then using it, and a
 * damaged archive is never an error.
 */
class LauncherIT {

    private static final Path JAR = Path.of("target", "innovatiewijzer.jar");

    @TempDir
    static Path unpacked;

    private static Path home;

    @BeforeAll
    static void unpackTheDistribution() throws IOException {
        assumeTrue(!System.getProperty("os.name").toLowerCase().contains("win"), "bin/innovatiewijzer is a POSIX script");
        Path zip = distribution();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = unpacked.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(unpacked), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        for (Map.Entry<String, Integer> mode : unixModes(zip).entrySet()) {
            if ((mode.getValue() & 0100) != 0) { // what unzip would do with the modes the zip holds
                Path file = unpacked.resolve(mode.getKey());
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                permissions.add(PosixFilePermission.OWNER_EXECUTE);
                Files.setPosixFilePermissions(file, permissions);
            }
        }
        try (Stream<Path> tops = Files.list(unpacked)) {
            home = tops.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    private static Path distribution() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("innovatiewijzer-.*\\.zip")).findFirst()
                    .orElseThrow(() -> new AssertionError("mvn package makes target/innovatiewijzer-VERSION.zip"));
        }
    }

    /** The Unix mode of every file in the zip, from its central directory, by name. */
    private static Map<String, Integer> unixModes(Path zip) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
        Map<String, Integer> modes = new HashMap<>();
        for (int at = 0; at + 46 <= bytes.limit(); at++) {
            if (bytes.getInt(at) == 0x02014b50) { // a central directory header
                int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
                int external = bytes.getInt(at + 38);
                String name = new String(bytes.array(), at + 46, nameLength, StandardCharsets.UTF_8);
                modes.put(name, external >>> 16);
                at += 45 + nameLength;
            }
        }
        return modes;
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(Path cache, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().put("INNOVATIEWIJZER_CACHE", cache.toString());
        builder.environment().put("INNOVATIEWIJZER_COMMAND", "bin/innovatiewijzer");
        builder.environment().remove("INNOVATIEWIJZER_JAR");
        builder.environment().remove("INNOVATIEWIJZER_NO_ARCHIVE");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out;
        byte[] err;
        try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
            out = stdout.readAllBytes();
            err = stderr.readAllBytes();
        }
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the run ended");
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static Run launcher(Path cache, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/innovatiewijzer").toString()));
        command.addAll(List.of(arguments));
        return run(cache, command);
    }

    private static Run jar(Path cache, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        return run(cache, command);
    }

    private static List<Path> archives(Path cache) throws IOException {
        Path folder = cache.resolve("classes");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    private static final String[] ASSESS = {"assess", "facts/factuurcontrole.yaml", "--format", "json", "--date", "2026-12-01"};

    @Test
    void theDistributionHoldsTheLauncherTheJarTheRulesTheExamplesAndTheDocs() throws IOException {
        Map<String, Integer> modes = unixModes(distribution());
        String top = home.getFileName() + "/";

        assertEquals(0755, modes.get(top + "bin/innovatiewijzer") & 0777, "the launcher can be run");
        for (String file : List.of("bin/innovatiewijzer.cmd", "innovatiewijzer.jar", "README.md", "rules/f1-project-leader.drl",
                "rules/obligations.yaml", "facts/factuurcontrole.yaml", "scenarios/factuurcontrole.scenario.yaml",
                "docs/facts.md", "docs/knowledge.md")) {
            assertTrue(modes.containsKey(top + file), file + " is in the distribution");
        }
    }

    @Test
    void theFirstRunMakesTheArchiveAndTheNextUsesItAndBothSayWhatTheJarSays(@TempDir Path cache) throws Exception {
        Run expected = jar(cache.resolve("jar-cache"), ASSESS);

        Run first = launcher(cache, ASSESS);
        List<Path> made = archives(cache);
        FileTime madeAt = Files.getLastModifiedTime(made.get(0));
        Run second = launcher(cache, ASSESS);

        assertEquals(0, expected.exitCode(), expected.err());
        assertEquals(new Run(0, expected.out(), ""), first);
        assertEquals(1, made.size(), "one archive of classes in " + cache);
        assertEquals(new Run(0, expected.out(), ""), second);
        assertEquals(made, archives(cache), "the archive is used, not made again");
        assertEquals(madeAt, Files.getLastModifiedTime(made.get(0)));
        try (Stream<Path> left = Files.list(cache.resolve("classes"))) {
            assertEquals(List.of(), left.filter(f -> f.getFileName().toString().startsWith(".")).toList(),
                    "no half-made archive or log is left behind");
        }
    }

    @Test
    void everyCommandKeepsItsExitCodeThroughTheLauncher(@TempDir Path cache) throws Exception {
        for (String[] command : List.of(new String[] {"assess", "facts/geen-bestand.yaml"}, new String[] {"valdate"},
                new String[] {"validate", "--rules", "rules"}, new String[] {"test", "scenarios"}, new String[] {"--version"})) {
            Run expected = jar(cache.resolve("jar-cache"), command);

            Run actual = launcher(cache, command);

            assertEquals(expected.exitCode(), actual.exitCode(), String.join(" ", command) + ": " + actual.err());
            assertEquals(expected.out(), actual.out(), String.join(" ", command));
        }
    }

    @Test
    void aDamagedArchiveIsIgnoredAndReplacedNeverAnError(@TempDir Path cache) throws Exception {
        Run expected = jar(cache.resolve("jar-cache"), ASSESS);
        launcher(cache, ASSESS);
        Path archive = archives(cache).get(0);
        long whole = Files.size(archive);

        // cut short, as a full disk or a stopped copy leaves it
        archive.toFile().setWritable(true);
        try (var channel = Files.newByteChannel(archive, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(whole / 3);
        }
        Run cut = launcher(cache, ASSESS);
        assertEquals(new Run(0, expected.out(), ""), cut);
        assertEquals(whole, Files.size(archives(cache).get(0)), "made again, whole");

        // spoilt inside, its size as it was
        archive = archives(cache).get(0);
        archive.toFile().setWritable(true);
        byte[] spoilt = Files.readAllBytes(archive);
        for (int i = spoilt.length / 2; i < spoilt.length / 2 + 4096; i++) {
            spoilt[i] = (byte) 0x5A;
        }
        Files.write(archive, spoilt);
        Run inside = launcher(cache, ASSESS);
        assertEquals(new Run(0, expected.out(), ""), inside);
        Run after = launcher(cache, ASSESS);
        assertEquals(new Run(0, expected.out(), ""), after);
        assertTrue(!java.util.Arrays.equals(spoilt, Files.readAllBytes(archives(cache).get(0))), "replaced");
    }

    @Test
    void serveRunsThroughTheLauncherAndStopsWhenItIsStopped(@TempDir Path cache) throws Exception {
        launcher(cache, ASSESS); // a short run makes the archive that serve then uses
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/innovatiewijzer").toString(), "serve", "--no-browser", "--port", "0",
                "--projects", "facts").directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("INNOVATIEWIJZER_CACHE", cache.toString());
        Process serve = builder.start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            String address = null;
            for (String line = out.readLine(); line != null && address == null; line = out.readLine()) {
                java.util.regex.Matcher url = java.util.regex.Pattern.compile("(http://[^ ]+/)").matcher(line);
                address = url.find() ? url.group(1) : null;
            }
            assertTrue(address != null, "serve printed its address");

            var projects = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(address + "api/projects")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());

            assertEquals(200, projects.statusCode());
            assertTrue(projects.body().contains("\"factuurcontrole\""), projects.body());
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "a signal to the launcher stops the workbench itself");
        } finally {
            serve.destroyForcibly();
        }
    }

    @Test
    void withoutAWritableCacheFolderItStillRuns(@TempDir Path cache) throws Exception {
        Path file = cache.resolve("a-file");
        Files.writeString(file, "not a folder");
        Run expected = jar(cache.resolve("jar-cache"), ASSESS);

        Run actual = launcher(file, ASSESS);

        assertEquals(new Run(0, expected.out(), ""), actual);
    }
}
