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
 * read back and with {@code --no-cache}, and through {@code bin/innovatiewijzer} against
 * {@code java -jar}, run side by side in turns so that both meet the same machine; the first run
 * of the launcher, which makes its archive of classes, apart. Then the two other starts users
 * meet: {@code serve} to its first page, and a folder of 1,000 facts files to a portfolio. Prints
 * the medians and their ratios.
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
        Path launcher = Path.of(args.length > 1 ? args[1] : "bin/innovatiewijzer");
        List<String> launched = new ArrayList<>(List.of(launcher.toString()));
        launched.addAll(shipped.subList(3, shipped.size()));
        launcher(shipped, launched, cache);
        firstStart(launched);
        List<String> serve = List.of(java, "-jar", jar.toString(), "serve", "--no-browser", "--port", "0", "--projects");
        List<String> serveLaunched = List.of(launcher.toString(), "serve", "--no-browser", "--port", "0", "--projects");
        serve(serve, serveLaunched, cache);
        portfolio(java, jar, launcher, cache);
    }

    /** java -jar against the launcher with its archive made, in turns. */
    private static void launcher(List<String> jar, List<String> launched, Path cache) throws Exception {
        run(launched, cache); // makes the archive, as a first run would
        double[] plain = new double[RUNS];
        double[] quick = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            plain[i] = run(jar, cache);
            quick[i] = run(launched, cache);
        }
        System.out.printf(Locale.ROOT, "cold start, one project: median %.0f ms with java -jar, %.0f ms with bin/innovatiewijzer,"
                + " ratio %.2f (%d runs each)%n", median(plain), median(quick), median(quick) / median(plain), RUNS);
    }

    /** The launcher's first run, which makes the archive: each in a cache folder of its own. */
    private static void firstStart(List<String> launched) throws Exception {
        double[] first = new double[5];
        for (int i = 0; i < first.length; i++) {
            first[i] = run(launched, Files.createTempDirectory("innovatiewijzer-first"));
        }
        System.out.printf(Locale.ROOT, "cold start, the launcher's first run (making its archive): median %.0f ms (%d runs)%n",
                median(first), first.length);
    }

    /** From the start of serve to the portfolio page received, on a folder of the example projects. */
    private static void serve(List<String> jar, List<String> launched, Path cache) throws Exception {
        Path projects = Files.createTempDirectory("innovatiewijzer-projects");
        try (var examples = Files.list(Path.of("facts"))) {
            for (Path file : examples.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.copy(file, projects.resolve(file.getFileName()));
            }
        }
        double[] plain = new double[7];
        double[] quick = new double[7];
        for (int i = 0; i < plain.length; i++) {
            plain[i] = firstPage(with(jar, projects.toString()), cache);
            quick[i] = firstPage(with(launched, projects.toString()), cache);
        }
        System.out.printf(Locale.ROOT, "serve to its first page (%d projects): median %.0f ms with java -jar, %.0f ms with "
                + "bin/innovatiewijzer (%d runs each)%n", Files.list(projects).count(), median(plain), median(quick), plain.length);
    }

    private static List<String> with(List<String> command, String last) {
        List<String> all = new ArrayList<>(command);
        all.add(last);
        return all;
    }

    private static double firstPage(List<String> command, Path cache) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("INNOVATIEWIJZER_CACHE", cache.toString());
        long start = System.nanoTime();
        Process process = builder.start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String address = null;
            for (String line = out.readLine(); line != null && address == null; line = out.readLine()) {
                java.util.regex.Matcher url = java.util.regex.Pattern.compile("(http://[^ ]+)").matcher(line);
                if (url.find()) {
                    address = url.group(1);
                }
            }
            if (address == null) {
                throw new IllegalStateException(String.join(" ", command) + " printed no address");
            }
            var client = java.net.http.HttpClient.newHttpClient();
            var page = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(address)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            double millis = (System.nanoTime() - start) / 1e6;
            if (page.statusCode() != 200) {
                throw new IllegalStateException(address + " answered " + page.statusCode());
            }
            return millis;
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    /** A folder of 1,000 facts files (the examples, each many times under another name) to its portfolio summary. */
    private static void portfolio(String java, Path jar, Path launcher, Path cache) throws Exception {
        Path projects = Files.createTempDirectory("innovatiewijzer-portfolio");
        List<Path> examples;
        try (var files = Files.list(Path.of("facts"))) {
            examples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        for (int i = 0; i < 1000; i++) {
            Path example = examples.get(i % examples.size());
            String yaml = Files.readString(example).replaceFirst("(?m)^(  name: .*)$", "$1 " + i);
            Files.writeString(projects.resolve(String.format(Locale.ROOT, "project-%04d.yaml", i)), yaml);
        }
        Path out = Files.createTempDirectory("innovatiewijzer-reports");
        List<String> plain = List.of(java, "-jar", jar.toString(), "assess", projects.toString(), "--format", "json", "--out",
                out.toString());
        List<String> quick = List.of(launcher.toString(), "assess", projects.toString(), "--format", "json", "--out",
                out.toString());
        double[] withJar = new double[3];
        double[] withLauncher = new double[3];
        for (int i = 0; i < withJar.length; i++) {
            withJar[i] = run(plain, cache);
            withLauncher[i] = run(quick, cache);
        }
        System.out.printf(Locale.ROOT, "a folder of 1,000 facts files to a portfolio (JSON files): median %.0f ms with java -jar, "
                + "%.0f ms with bin/innovatiewijzer (%d runs each)%n", median(withJar), median(withLauncher), withJar.length);
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
