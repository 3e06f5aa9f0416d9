package nl.innovatiewijzer.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import nl.innovatiewijzer.Advisor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every scenario shipped in {@code scenarios/} holds for the shipped rules: a rule change that breaks one fails the build. */
class ShippedScenariosTest {

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
}
