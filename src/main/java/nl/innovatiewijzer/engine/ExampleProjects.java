package nl.innovatiewijzer.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.document.ClassPathFolder;

/**
 * Where the knowledge check finds example projects: the shipped {@code facts/} for the shipped
 * rules, the {@code facts/} folder beside a folder of rules on disk. Read only when the check
 * runs; a file that is not valid facts is left out, as it says nothing about the rules.
 */
final class ExampleProjects {

    /** More than any folder of examples holds; a folder of a whole portfolio is sampled by name. */
    static final int MAX_FILES = 200;

    private final Path folder;
    private final String shownAs;

    private ExampleProjects(Path folder, String shownAs) {
        this.folder = folder;
        this.shownAs = shownAs;
    }

    /** No examples: a knowledge base compiled in code, for instance. */
    static ExampleProjects none() {
        return new ExampleProjects(null, null);
    }

    /** The examples shipped with the rules, inside the jar. */
    static ExampleProjects shipped() {
        return new ExampleProjects(null, "facts");
    }

    /** The examples in {@code facts/} beside the folder {@code rules} when there is one, named as {@code rules/../facts}. */
    static ExampleProjects besides(Path rules) {
        Path facts = rules.resolve("..").resolve("facts").normalize();
        if (facts.toString().isEmpty()) {
            facts = Path.of("facts");
        }
        return new ExampleProjects(facts, facts.toString().replace('\\', '/'));
    }

    /** The example projects, in file-name order. */
    List<TrialProject> read() {
        if (shownAs == null) {
            return List.of();
        }
        try {
            Path found = folder != null ? folder : ClassPathFolder.find("facts");
            if (found == null || !Files.isDirectory(found)) {
                return List.of();
            }
            List<Path> files;
            try (Stream<Path> list = Files.list(found)) {
                files = list.filter(ProjectFacts::isFactsFile).filter(Files::isRegularFile)
                        .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                        .limit(MAX_FILES).toList();
            }
            List<TrialProject> examples = new ArrayList<>();
            for (Path file : files) {
                String shown = shownAs + "/" + file.getFileName();
                try {
                    examples.add(TrialProject.example(shown, ProjectFacts.read(file, shown)));
                } catch (InvalidFactsException e) {
                    // not an example the rules can be judged by
                }
            }
            return examples;
        } catch (IOException | RuntimeException e) {
            return List.of(); // examples help the check; without them it still reasons over the rules
        }
    }
}
