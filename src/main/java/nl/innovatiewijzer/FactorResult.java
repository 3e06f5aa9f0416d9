package nl.innovatiewijzer;

import java.util.List;

/**
 * The judgement of one of the nine success factors.
 *
 * @param id       F1 .. F9
 * @param title    the factor's name in the assessment's language
 * @param status   how the factor stands
 * @param findings what the rules found, in plain words
 */
public record FactorResult(String id, String title, Status status, List<String> findings) {

    public FactorResult {
        findings = List.copyOf(findings);
    }
}
