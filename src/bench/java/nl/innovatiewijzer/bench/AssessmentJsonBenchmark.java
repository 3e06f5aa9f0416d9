package nl.innovatiewijzer.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Language;
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

/**
 * {@code toJson()}, which writes the contract's JSON by hand, against the same bytes written with
 * Jackson's generator, on the assessment of each example project in both languages. The
 * hand-written writer is only worth keeping while it takes at least a fifth less time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AssessmentJsonBenchmark {

    @Param({"alleen-een-naam.yaml", "bezoekersstromen-binnenstad.json", "factuurcontrole.yaml",
            "funderingsrisico.yaml", "hondenoverlast.yaml", "ondermijning-data-aanpak.yaml", "slim-straatvegen.yaml",
            "slimme-afvalinzameling.yaml", "sterk-voorbeeldproject.yaml", "voortijdig-schoolverlaten.yaml"})
    public String example;

    @Param({"nl", "en"})
    public String language;

    private Assessment assessment;

    @Setup
    public void assess() {
        assessment = Advisor.withDefaultRules().assess(ProjectFacts.read(Path.of("facts", example)), Language.of(language));
        if (!assessment.toJson().equals(JacksonAssessmentJson.write(assessment))) {
            throw new IllegalStateException("the two writers give different JSON for " + example + " in " + language);
        }
    }

    @Benchmark
    public String handWritten() {
        return assessment.toJson();
    }

    @Benchmark
    public String jackson() {
        return JacksonAssessmentJson.write(assessment);
    }
}
