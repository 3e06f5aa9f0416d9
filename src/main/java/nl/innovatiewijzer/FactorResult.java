package nl.innovatiewijzer;

import java.util.List;

/**
 * The judgement of one of the nine success factors.
 *
 * @param id            F1 .. F9
 * @param title         the factor's name in the assessment's language
 * @param status        how the factor stands
 * @param findings      what the rules found, in plain words
 * @param openQuestions how many of the factor's missing facts are still open: a judged factor may
 *                      have some, and its judgement can still change when they are answered
 */
public record FactorResult(String id, String title, Status status, List<String> findings, int openQuestions) {

    public FactorResult {
        findings = List.copyOf(findings);
        if (openQuestions < 0) {
            throw new IllegalArgumentException("openQuestions cannot be negative: " + openQuestions);
        }
    }

    /** A factor judgement without a count of open questions. */
    public FactorResult(String id, String title, Status status, List<String> findings) {
        this(id, title, status, findings, 0);
    }
}
