package nl.innovatiewijzer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Sessions are always disposed: a long-running application does not grow with every assessment. */
class SessionLeakTest {

    /** Enough for what is made once (lazy caches, rule constraints Drools compiles after a few uses) to be made. */
    private static final int WARM_UP = 1_000;
    private static final int ASSESSMENTS = 8_000;
    /** The smallest object the JVM makes is 16 bytes: keeping even one per assessment grows the heap by twice this. */
    private static final long ALLOWED_GROWTH = ASSESSMENTS * 16L / 2;

    /** The bytes still reachable: the least heap in use over a few full collections. */
    private static long retainedHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long retained = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
            retained = Math.min(retained, memory.getHeapMemoryUsage().getUsed());
        }
        return retained;
    }

    @Test
    void eightThousandAssessmentsLeaveNothingBehindOnTheHeap() throws Exception {
        Advisor advisor = Advisor.withDefaultRules();
        List<ProjectFacts> examples;
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            examples = files.filter(ProjectFacts::isFactsFile).sorted().map(ProjectFacts::read).toList();
        }
        for (int i = 0; i < WARM_UP; i++) {
            advisor.assess(examples.get(i % examples.size()));
        }
        long before = retainedHeap();

        for (int i = 0; i < ASSESSMENTS; i++) {
            advisor.assess(examples.get(i % examples.size()));
        }
        long growth = retainedHeap() - before;

        assertTrue(growth < ALLOWED_GROWTH, () -> "the heap kept " + growth / 1024 + " KiB more after " + ASSESSMENTS
                + " assessments, " + growth / ASSESSMENTS + " bytes each, where at most " + ALLOWED_GROWTH / 1024
                + " KiB is the collector's noise: an assessment leaves something reachable behind,"
                + " such as a session that was not disposed");
    }
}
