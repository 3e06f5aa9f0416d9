package nl.innovatiewijzer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.ProjectFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Assessments per second, JSON included, on one advisor shared by one or two threads. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// ten different projects take longer to warm up than one, and on two cores the JIT competes with both threads
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ThroughputBenchmark {

    @State(Scope.Benchmark)
    public static class Shared {
        /** {@code examples}: the example projects in facts/, in turn; {@code generated}: 1,000 random projects. */
        @Param({"examples", "generated"})
        public String projects;

        Advisor advisor;
        List<ProjectFacts> facts;

        @Setup
        public void compile() throws IOException {
            advisor = Advisor.withDefaultRules();
            if (projects.equals("examples")) {
                try (Stream<Path> files = Files.list(Path.of("facts"))) {
                    facts = files.sorted().map(ProjectFacts::read).toList();
                }
            } else {
                facts = GeneratedProjects.make(1_000, 7);
            }
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    private static String one(Shared shared, Cursor cursor) {
        ProjectFacts facts = shared.facts.get(cursor.next++ % shared.facts.size());
        return shared.advisor.assess(facts).toJson();
    }

    @Benchmark
    @Threads(1)
    public String oneThread(Shared shared, Cursor cursor) {
        return one(shared, cursor);
    }

    @Benchmark
    @Threads(2)
    public String twoThreads(Shared shared, Cursor cursor) {
        return one(shared, cursor);
    }
}
