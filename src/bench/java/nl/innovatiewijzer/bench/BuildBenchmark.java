package nl.innovatiewijzer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.facts.Phase;
import nl.innovatiewijzer.facts.Project;
import nl.innovatiewijzer.facts.WorkingMethod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building generated knowledge bases of 100, 300 and 1,000 rules, to show how the cost grows,
 * and one assessment against each size.
 */
@State(Scope.Benchmark)
@Fork(1)
public class BuildBenchmark {

    @Param({"100", "300", "1000"})
    public int rules;

    private Path folder;
    private Advisor advisor;
    private ProjectFacts facts;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        folder = GeneratedRules.write(Files.createTempDirectory("generated-rules"), rules);
        advisor = Advisor.fromDirectory(folder);
        facts = ProjectFacts.builder("Generated").project(new Project("Generated", null, null, Phase.PILOT, true, true, null))
                .workingMethod(new WorkingMethod(10, 3, true, true, true)).build();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Advisor buildGenerated() {
        return Advisor.fromDirectory(folder);
    }

    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Advisor buildShipped() {
        return Advisor.compileDefaultRules();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Assessment assessGenerated() {
        return advisor.assess(facts);
    }
}
