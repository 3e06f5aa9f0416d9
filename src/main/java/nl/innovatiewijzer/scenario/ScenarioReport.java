package nl.innovatiewijzer.scenario;

import nl.innovatiewijzer.Problem;

/**
 * The plain-text report of scenario results: one line per scenario that passed, and for one that
 * failed, every difference with what was expected, what came out and which rules are behind it.
 *
 * <pre>
 * FAILED  Nobody leads the project (scenarios/nobody-leads.scenario.yaml)
 *   scenarios/nobody-leads.scenario.yaml:9: factor F1
 *     expected: RISK
 *     got:      UNKNOWN
 *     rules:    no rule rated F1; did not fire: "No project leader is assigned" (rules/f1-project-leader.drl:14)
 * </pre>
 */
public final class ScenarioReport {

    private ScenarioReport() {
    }

    /** The report of one result, ending in a newline. */
    public static String of(ScenarioResult result) {
        Scenario scenario = result.scenario();
        StringBuilder text = new StringBuilder(result.passed() ? "PASSED  " : "FAILED  ")
                .append(scenario.name()).append(" (").append(scenario.file()).append(")\n");
        for (Problem error : result.ruleErrors()) {
            text.append("  the rules failed while assessing the facts: ").append(error).append('\n');
        }
        for (Difference difference : result.differences()) {
            text.append("  ").append(scenario.file()).append(':').append(difference.line()).append(": ")
                    .append(difference.subject()).append('\n')
                    .append("    expected: ").append(difference.expected()).append('\n')
                    .append("    got:      ").append(difference.got()).append('\n');
            if (!difference.rules().isEmpty()) {
                text.append("    rules:    ").append(difference.rules()).append('\n');
            }
        }
        return text.toString();
    }

    /** The line for a scenario file that could not be read; its problems are reported apart. */
    public static String invalid(ScenarioFile file) {
        return "INVALID " + file.shown() + "\n";
    }

    /** The last line of a run: {@code N passed, M failed}, where an invalid file counts as failed. */
    public static String summary(int passed, int failed) {
        return passed + " passed, " + failed + " failed";
    }
}
