package nl.innovatiewijzer.bench;

import java.util.concurrent.TimeUnit;
import nl.innovatiewijzer.Advisor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Compiling the shipped knowledge base from its files, in a warm JVM (the cold start is measured by ColdStart). */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class ShippedBuildBenchmark {

    @Benchmark
    public Advisor compileShippedRules() {
        return Advisor.compileDefaultRules();
    }
}
