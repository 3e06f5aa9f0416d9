package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two command-line runs that fill the same cache folder at the same time, as two users might. */
class CompileCacheProcessesTest {

    @TempDir
    Path dir;

    /**
     * Starts {@code assess --rules} in a JVM of its own. The JVM only starts, compiles a small
     * knowledge base and stops, so it is told not to optimise for a long run: that halves its time.
     */
    private Process assess(Path rules, Path cache, Path output) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                "nl.innovatiewijzer.cli.Main", "assess", "facts/slimme-afvalinzameling.yaml", "--rules", rules.toString(),
                "--format", "json")
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("INNOVATIEWIJZER_CACHE", cache.toString());
        return builder.start();
    }

    @Test
    void twoProcessesCompilingAtOnceLeaveOneWholeEntryThatTheNextRunReads() throws Exception {
        Path rules = RulesFolder.in(dir.resolve("rules")).drl("f4.drl", RulesFolder.longCyclesRule("RISK"))
                .write("f4.yaml", RulesFolder.LONG_CYCLES_TEXTS).path();
        Path cache = dir.resolve("cache");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(assess(rules, cache, dir.resolve("out" + i + ".json")));
        }

        for (Process process : processes) {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the assessment did not finish");
            assertEquals(0, process.exitValue());
        }

        String first = Files.readString(dir.resolve("out0.json"), StandardCharsets.UTF_8);
        assertTrue(first.contains("\"knowledgeBase\""), first);
        assertEquals(first, Files.readString(dir.resolve("out1.json"), StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(cache)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertEquals(1, names.size(), "one entry and no temporary files: " + names);
            assertTrue(names.get(0).endsWith(".kb"), names.get(0));
        }
        assertTrue(DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(rules), CompileCache.in(cache)).loadedFromCache());
    }
}
