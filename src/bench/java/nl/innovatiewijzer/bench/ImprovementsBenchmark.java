package nl.innovatiewijzer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Improvement;
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
 * All improvement paths of one project ({@code assess --improve}), warm, with the shipped rules and
 * with a share of the shipped levers (every other one, every fourth) or each lever twice, to see how
 * the cost grows with the number of levers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImprovementsBenchmark {

    @Param({"factuurcontrole.yaml", "ondermijning-data-aanpak.yaml", "slimme-afvalinzameling.yaml", "alleen-een-naam.yaml"})
    public String example;

    /** Which levers: {@code all} as shipped, {@code half} or {@code quarter} of them spread over the factors, {@code double} each twice. */
    @Param({"all", "double", "half", "quarter"})
    public String levers;

    private Advisor advisor;
    private ProjectFacts facts;

    @Setup
    public void compile() throws IOException {
        advisor = levers.equals("all") ? Advisor.withDefaultRules() : Advisor.fromDirectory(rulesWith(levers));
        facts = ProjectFacts.read(Path.of("facts", example));
    }

    @Benchmark
    public List<Improvement> improvements() {
        return advisor.improvements(facts, Language.NL);
    }

    /** A copy of rules/ whose levers.yaml holds the levers asked for. */
    static Path rulesWith(String levers) throws IOException {
        Path folder = Files.createTempDirectory("levers-");
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        Path file = folder.resolve("levers.yaml");
        Files.writeString(file, leversFile(Files.readString(file), levers));
        folder.toFile().deleteOnExit();
        return folder;
    }

    /** The levers file with every second or fourth lever, or each lever twice (the second with "-again" on its id). */
    static String leversFile(String text, String levers) {
        String[] lines = text.split("\n", -1);
        StringBuilder head = new StringBuilder();
        List<List<String>> blocks = new ArrayList<>();
        boolean inLevers = false;
        for (String line : lines) {
            if (!inLevers) {
                head.append(line).append('\n');
                inLevers = line.equals("levers:");
            } else if (line.matches(" {2}[A-Za-z0-9-]+:")) {
                blocks.add(new ArrayList<>(List.of(line)));
            } else if (!blocks.isEmpty() && line.startsWith("    ")) {
                blocks.get(blocks.size() - 1).add(line);
            }
        }
        int every = switch (levers) {
            case "half" -> 2;
            case "quarter" -> 4;
            default -> 1;
        };
        StringBuilder out = new StringBuilder(head);
        for (int i = 0; i < blocks.size(); i += every) {
            blocks.get(i).forEach(line -> out.append(line).append('\n'));
            if (levers.equals("double")) {
                out.append(blocks.get(i).get(0).replace(":", "-again:")).append('\n');
                blocks.get(i).stream().skip(1).forEach(line -> out.append(line).append('\n'));
            }
        }
        return out.toString();
    }

    /** Without JMH: the median of many runs, for a quick look on a busy machine. */
    public static void main(String[] args) throws IOException {
        for (String share : List.of("quarter", "half", "all", "double")) {
            ImprovementsBenchmark bench = new ImprovementsBenchmark();
            bench.levers = share;
            for (String example : args.length > 0 ? List.of(args) : List.of("factuurcontrole.yaml",
                    "ondermijning-data-aanpak.yaml", "slimme-afvalinzameling.yaml", "alleen-een-naam.yaml")) {
                bench.example = example;
                bench.compile();
                for (int i = 0; i < 30; i++) {
                    bench.improvements();
                }
                long[] times = new long[51];
                for (int i = 0; i < times.length; i++) {
                    long start = System.nanoTime();
                    bench.improvements();
                    times[i] = System.nanoTime() - start;
                }
                java.util.Arrays.sort(times);
                System.out.printf("%-8s %-32s median %6.2f ms  p90 %6.2f ms%n", share, example, times[25] / 1e6,
                        times[45] / 1e6);
            }
        }
    }
}
