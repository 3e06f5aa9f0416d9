package nl.innovatiewijzer.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
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
import org.openjdk.jmh.annotations.Warmup;

/** The latency of one warm assessment with the shipped rules, for example projects of every kind. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessBenchmark {

    @Param({"sterk-voorbeeldproject.yaml", "slimme-afvalinzameling.yaml", "alleen-een-naam.yaml", "hondenoverlast.yaml"})
    public String example;

    private Advisor advisor;
    private ProjectFacts facts;

    @Setup
    public void compile() {
        advisor = Advisor.withDefaultRules();
        facts = ProjectFacts.read(Path.of("facts", example));
    }

    @Benchmark
    public Assessment assess() {
        return advisor.assess(facts);
    }

    @Benchmark
    public String assessAndWriteJson() {
        return advisor.assess(facts).toJson();
    }
}
