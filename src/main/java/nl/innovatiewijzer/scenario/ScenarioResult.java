package nl.innovatiewijzer.scenario;

import java.util.List;
import nl.innovatiewijzer.Problem;

/**
 * The outcome of running one scenario: passed when the assessment shows everything the scenario
 * expects, failed with the differences otherwise, or failed because a rule broke while running.
 *
 * @param scenario    the scenario that ran
 * @param differences every expectation the assessment did not meet, in the order of the file
 * @param ruleErrors  why the rules could not assess the facts (a rule that loops or throws), or empty
 */
public record ScenarioResult(Scenario scenario, List<Difference> differences, List<Problem> ruleErrors) {

    public ScenarioResult {
        differences = List.copyOf(differences);
        ruleErrors = List.copyOf(ruleErrors);
    }

    /** True when the assessment showed everything the scenario expects. */
    public boolean passed() {
        return differences.isEmpty() && ruleErrors.isEmpty();
    }
}
