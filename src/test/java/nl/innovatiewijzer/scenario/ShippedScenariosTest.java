package nl.innovatiewijzer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.innovatiewijzer.Advisor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every scenario shipped in {@code scenarios/} holds for the shipped rules: a rule change that breaks one fails the build. */
class ShippedScenariosTest {

    private static final Pattern FACTS_FILE = Pattern.compile("(?m)^factsFile:\\s*\\.\\./facts/(\\S+)\\s*$");

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioPassesWithTheShippedRules() {
        Advisor advisor = Advisor.withDefaultRules();
        return ScenarioFiles.shipped().stream().map(file -> DynamicTest.dynamicTest(file.shown(), () -> {
            ScenarioResult result = ScenarioCheck.run(advisor, ScenarioReader.read(file));
            assertTrue(result.passed(), () -> ScenarioReport.of(result));
        }));
    }

    @Test
    void theProjectShipsScenarios() {
        assertFalse(ScenarioFiles.shipped().isEmpty());
    }

    // The scenarios document what the advice says about each example; an example without one is unguarded.
    @Test
    void everyExampleProjectIsNamedByAShippedScenario() throws IOException {
        Set<String> examples = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            files.map(file -> file.getFileName().toString()).forEach(examples::add);
        }

        Set<String> named = new TreeSet<>();
        for (ScenarioFile file : ScenarioFiles.shipped()) {
            Matcher reference = FACTS_FILE.matcher(Files.readString(file.path()));
            while (reference.find()) {
                named.add(reference.group(1));
            }
        }

        examples.removeAll(named);
        assertEquals(List.of(), List.copyOf(examples), "example projects that no shipped scenario names with factsFile:");
    }
}
