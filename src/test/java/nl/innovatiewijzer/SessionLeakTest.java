package nl.innovatiewijzer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Sessions are always disposed: a long-running application does not grow with every assessment. */
class SessionLeakTest {

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    @Test
    void memoryDoesNotGrowOverAHundredThousandAssessments() throws Exception {
        Advisor advisor = Advisor.withDefaultRules();
        List<ProjectFacts> examples;
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            examples = files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json"))
                    .sorted().map(ProjectFacts::read).toList();
        }
        for (int i = 0; i < 10_000; i++) {
            advisor.assess(examples.get(i % examples.size()));
        }
        long before = usedHeapAfterGc();

        for (int i = 0; i < 90_000; i++) {
            advisor.assess(examples.get(i % examples.size()));
        }
        long after = usedHeapAfterGc();

        long growth = after - before;
        assertTrue(growth < 16L * 1024 * 1024, "the heap grew by " + growth / 1024 + " KiB over 90,000 assessments");
    }
}
