package nl.innovatiewijzer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import nl.innovatiewijzer.RulesOnDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario that expects an action another one covers is told where the action went. */
class CoveredActionScenarioTest {

    @TempDir
    Path dir;

    @Test
    void anExpectedActionListedUnderTheOneThatCoversItSaysSo() throws IOException {
        Path file = TestRules.scenario(dir, "covered.scenario.yaml", """
                name: Reviewing each step is expected apart
                factsFile: %s
                expect:
                  recommendations:
                    - F4-review-each-step: MEDIUM
                """.formatted(Path.of("facts/factuurcontrole.yaml").toAbsolutePath()));

        ScenarioResult result = ScenarioCheck.run(RulesOnDisk.advisor(), ScenarioReader.read(ScenarioFile.of(file)));

        assertEquals(1, result.differences().size(), result.differences()::toString);
        assertEquals("not listed apart: F4-shorten-cycles covers it and is listed with priority MEDIUM",
                result.differences().get(0).got());
    }
}
