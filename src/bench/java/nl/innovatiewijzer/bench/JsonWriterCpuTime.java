package nl.innovatiewijzer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;

/**
 * The same comparison as {@link AssessmentJsonBenchmark}, in the processor time of the thread
 * instead of the time on the clock, so that the time the thread waits for a core on a busy machine
 * does not count. The two writers take turns, in blocks of 500 calls; the median block is printed.
 * Run: {@code java -cp <test class path> nl.innovatiewijzer.bench.JsonWriterCpuTime [blocks]}.
 */
public final class JsonWriterCpuTime {

    private static final int CALLS = 500;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Read, so that the JIT cannot drop the writing. */
    private static long written;

    public static void main(String[] args) throws IOException {
        int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 41;
        Advisor advisor = Advisor.withDefaultRules();
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            for (Path file : files.sorted().toList()) {
                for (Language language : Language.values()) {
                    Assessment assessment = advisor.assess(ProjectFacts.read(file), language);
                    for (int i = 0; i < 20_000; i++) {
                        written += assessment.toJson().length() + JacksonAssessmentJson.write(assessment).length();
                    }
                    double[] byHand = new double[blocks];
                    double[] jackson = new double[blocks];
                    for (int b = 0; b < blocks; b++) {
                        if (b % 2 == 0) {
                            byHand[b] = microsPerCall(assessment, Assessment::toJson);
                            jackson[b] = microsPerCall(assessment, JacksonAssessmentJson::write);
                        } else {
                            jackson[b] = microsPerCall(assessment, JacksonAssessmentJson::write);
                            byHand[b] = microsPerCall(assessment, Assessment::toJson);
                        }
                    }
                    double hand = median(byHand);
                    double jack = median(jackson);
                    System.out.printf("%-35s %s  by hand %6.1f µs  Jackson %6.1f µs  by hand / Jackson %.2f%n",
                            file.getFileName(), language.code(), hand, jack, hand / jack);
                }
            }
        }
        System.out.printf("(%d blocks of %d calls each; %,d characters written)%n", blocks, CALLS, written);
    }

    private static double microsPerCall(Assessment assessment, Function<Assessment, String> writer) {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < CALLS; i++) {
            written += writer.apply(assessment).length();
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1_000.0 / CALLS;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
