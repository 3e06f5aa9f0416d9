package nl.innovatiewijzer.scenario;

import java.util.List;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;

/**
 * A project's facts and what the knowledge base is expected to say about them, as a policy
 * adviser writes it in a scenario file: a test of the rules that needs no Java.
 *
 * @param file         the scenario file, as messages name it
 * @param name         what the scenario shows, in a sentence
 * @param description  why it matters, or empty
 * @param language     the language the assessment is made in (findings are compared in it)
 * @param facts        the project's facts
 * @param expectations what the assessment must show, in the order of the file
 */
public record Scenario(String file, String name, String description, Language language, ProjectFacts facts,
                       List<Expectation> expectations) {

    public Scenario {
        description = description == null ? "" : description;
        expectations = List.copyOf(expectations);
    }
}
