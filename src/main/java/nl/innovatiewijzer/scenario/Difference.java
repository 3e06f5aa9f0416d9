package nl.innovatiewijzer.scenario;

/**
 * Where an assessment differs from what a scenario expects: what was expected, what came out,
 * and which rules are behind it.
 *
 * @param line     the line of the scenario file that states the expectation
 * @param subject  what differs, e.g. {@code factor F1} or {@code recommendation F1-appoint-leader}
 * @param expected what the scenario expects
 * @param got      what the assessment shows
 * @param rules    the rules that fired for it, or that could have and did not, with file and line
 */
public record Difference(int line, String subject, String expected, String got, String rules) {
}
