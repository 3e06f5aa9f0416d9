package nl.innovatiewijzer.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.report.Portfolio;
import nl.innovatiewijzer.report.ReportFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** A portfolio of 10,000 generated projects end to end: compile, assess each with JSON, summarise. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class PortfolioBenchmark {

    private List<ProjectFacts> projects;

    @Setup
    public void generate() {
        projects = GeneratedProjects.make(10_000, 42);
    }

    @Benchmark
    public String tenThousandProjects() {
        Advisor advisor = Advisor.withDefaultRules();
        List<Assessment> assessments = projects.parallelStream().map(advisor::assess).toList();
        long bytes = assessments.stream().mapToLong(a -> a.toJson().length()).sum();
        return ReportFormat.JSON.renderer().portfolio(Portfolio.of(assessments)) + bytes;
    }
}
