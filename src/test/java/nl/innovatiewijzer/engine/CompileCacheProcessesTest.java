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

    private Process assess(Path cache, Path output) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "nl.innovatiewijzer.cli.Main", "assess", "facts/slimme-afvalinzameling.yaml", "--rules", "rules",
                "--format", "json")
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("INNOVATIEWIJZER_CACHE", cache.toString());
        return builder.start();
    }

    @Test
    void twoProcessesCompilingAtOnceLeaveOneWholeEntryThatTheNextRunReads() throws Exception {
        Path cache = dir.resolve("cache");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(assess(cache, dir.resolve("out" + i + ".json")));
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
        assertTrue(DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(Path.of("rules")), CompileCache.in(cache)).loadedFromCache());
    }
}
