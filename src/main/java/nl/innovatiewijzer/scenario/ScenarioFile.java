package nl.innovatiewijzer.scenario;

import java.nio.file.Path;

/**
 * A scenario file to read: where it is, and how messages name it.
 *
 * @param shown how messages name it, e.g. {@code scenarios/slimme-afvalinzameling.scenario.yaml}
 * @param path  where it is: on disk, or inside the jar for the shipped scenarios
 */
public record ScenarioFile(String shown, Path path) {

    /** A scenario file on disk, named in messages as the path given. */
    public static ScenarioFile of(Path path) {
        return new ScenarioFile(path.toString(), path);
    }

    /** The file {@code reference} names, relative to the folder of this file, as a facts file is named. */
    ScenarioFile sibling(String reference) {
        return new ScenarioFile(Path.of(shown).resolveSibling(reference).normalize().toString(),
                path.resolveSibling(reference).normalize());
    }
}
