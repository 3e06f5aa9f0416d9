package nl.innovatiewijzer.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.document.ClassPathFolder;

/**
 * Finds scenario files: the ones shipped inside the jar (the top-level {@code scenarios/}
 * folder), or the files and folders a user names. A scenario file's name ends in
 * {@code .scenario.yaml} (or {@code .scenario.yml}); a folder means every one below it.
 */
public final class ScenarioFiles {

    /** The folder of shipped scenarios, at the top of the project and of the jar. */
    static final String SHIPPED = "scenarios";

    private ScenarioFiles() {
    }

    /** True for a file whose name marks it as a scenario: {@code *.scenario.yaml} or {@code *.scenario.yml}. */
    public static boolean isScenarioFile(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".scenario.yaml") || name.endsWith(".scenario.yml");
    }

    /**
     * The scenarios shipped with the knowledge base, in path order.
     *
     * @throws InvalidScenarioException when they are missing from the class path or cannot be read
     */
    public static List<ScenarioFile> shipped() {
        try {
            Path folder = ClassPathFolder.find(SHIPPED);
            if (folder == null) {
                throw new InvalidScenarioException(List.of(Problem.inFile(SHIPPED,
                        "the shipped scenarios are missing from the class path")));
            }
            return below(folder, SHIPPED);
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidScenarioException(List.of(Problem.inFile(SHIPPED,
                    "the shipped scenarios cannot be read: " + e.getMessage())));
        }
    }

    /**
     * The scenario files named: a file as it is (whatever its name, so that a user can run any
     * file), a folder for every scenario file below it, in path order.
     *
     * @throws InvalidScenarioException when a folder holds no scenario file or cannot be read
     */
    public static List<ScenarioFile> find(List<Path> inputs) {
        List<ScenarioFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(ScenarioFile.of(input));
                continue;
            }
            try {
                List<ScenarioFile> found = below(input, input.toString());
                if (found.isEmpty()) {
                    problems.add(Problem.inFile(input.toString(),
                            "the folder holds no scenario files (*.scenario.yaml)"));
                }
                files.addAll(found);
            } catch (IOException | UncheckedIOException e) {
                problems.add(Problem.inFile(input.toString(), "cannot be read: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
        return files;
    }

    /**
     * The scenario files below {@code folder}, sub-folders included, in path order; empty when it
     * has none. Messages name each as the folder given, then its path inside it.
     *
     * @throws InvalidScenarioException when the folder cannot be read
     */
    public static List<ScenarioFile> below(Path folder) {
        try {
            return below(folder, folder.toString());
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidScenarioException(List.of(Problem.inFile(folder.toString(), "cannot be read: " + e.getMessage())));
        }
    }

    private static List<ScenarioFile> below(Path folder, String shownFolder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            // a scenario-named entry that is not a regular file (a FIFO, a broken link) is kept, so that
            // reading it names it, rather than leaving it out without a word
            return walk.filter(ScenarioFiles::isScenarioFile)
                    .filter(path -> !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .map(path -> new ScenarioFile(shownFolder + "/" + relative(folder, path), path))
                    .sorted(Comparator.comparing(ScenarioFile::shown))
                    .toList();
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
