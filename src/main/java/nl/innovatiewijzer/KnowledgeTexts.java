package nl.innovatiewijzer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The texts of a knowledge base in one language, by id, each map in the order the texts files
 * write it: what an overview of the knowledge shows beside the rules ({@link Advisor#texts}).
 * Findings are given as written, with {@code {0}}, {@code {1}}, ... where an assessment fills in
 * a value.
 *
 * @param language    the language of the texts
 * @param factors     the name of each factor, by id, in the order reports list them
 * @param findings    the text of each finding, by id
 * @param actions     the title of each action, by id
 * @param questions   the question that asks for a missing fact, by its field path
 * @param obligations the name of each obligation, by id, in the order reports list them
 * @param labels      the fixed words of reports and overviews
 */
public record KnowledgeTexts(Language language, Map<String, String> factors, Map<String, String> findings,
                             Map<String, String> actions, Map<String, String> questions,
                             Map<String, String> obligations, Labels labels) {

    public KnowledgeTexts {
        factors = ordered(factors);
        findings = ordered(findings);
        actions = ordered(actions);
        questions = ordered(questions);
        obligations = ordered(obligations);
        labels = labels == null ? Labels.none(language) : labels;
    }

    private static Map<String, String> ordered(Map<String, String> texts) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }
}
