package nl.innovatiewijzer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The wall time of a one-project command-line assessment in a fresh JVM, with the compiled rules
 * read back and with {@code --no-cache}, run side by side in turns so that both meet the same
 * machine. Prints the medians and their ratio.
 */
public final class ColdStart {

    private static final int RUNS = 21;

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/innovatiewijzer.jar");
        Path cache = Files.createTempDirectory("innovatiewijzer-cache");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> shipped = List.of(java, "-jar", jar.toString(), "assess", "facts/slimme-afvalinzameling.yaml", "--format", "json");
        List<String> folder = List.of(java, "-jar", jar.toString(), "assess", "facts/slimme-afvalinzameling.yaml", "--format", "json",
                "--rules", "rules");
        run(folder, cache); // fills the folder cache once, as a first run would
        report("shipped rules", shipped, cache);
        report("--rules rules", folder, cache);
    }

    private static void report(String what, List<String> command, Path cache) throws Exception {
        List<String> fresh = new ArrayList<>(command);
        fresh.add("--no-cache");
        double[] cached = new double[RUNS];
        double[] compiled = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            cached[i] = run(command, cache);
            compiled[i] = run(fresh, cache);
        }
        double withCache = median(cached);
        double without = median(compiled);
        System.out.printf(Locale.ROOT, "cold start, %s: median %.0f ms with the cache, %.0f ms with --no-cache, ratio %.2f (%d runs each)%n",
                what, withCache, without, withCache / without, RUNS);
    }

    private static double run(List<String> command, Path cache) throws IOException, InterruptedException {
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        process.environment().put("INNOVATIEWIJZER_CACHE", cache.toString());
        long start = System.nanoTime();
        int exit = process.start().waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
        }
        return millis;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
