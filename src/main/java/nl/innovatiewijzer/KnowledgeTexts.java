package nl.innovatiewijzer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * @param labels      the fixed words of reports and overviews, and the names and meanings of the
 *                    facts ({@code fact.<field>}, {@code fact.<field>.meaning}) and of their values
 *                    ({@code value.<kind>.<value>})
 * @param limits      the named thresholds the rules compare facts with, in the order they are written
 * @param covers      per action that covers others, the ids of the actions it covers
 *                    ({@code covers:} in the texts): when both are recommended, only it is listed
 * @param keyFacts    per factor, the field paths of the facts it is judged on first
 *                    ({@code keyFacts:} in the texts); its open questions are asked in this order
 * @param steps       why a next step comes when it does: the reason each plan rule's {@code @step} names, by id
 * @param duties      what each duty rests on and from when it applies, in the order they are written
 */
public record KnowledgeTexts(Language language, Map<String, String> factors, Map<String, String> findings,
                             Map<String, String> actions, Map<String, String> questions,
                             Map<String, String> obligations, Labels labels, List<Limit> limits,
                             Map<String, List<String>> covers, Map<String, List<String>> keyFacts,
                             Map<String, String> steps, List<Duty> duties) {

    /**
     * What the knowledge base says of one duty.
     *
     * @param id          the obligation's id ({@code dpia})
     * @param kind        law or policy
     * @param basis       the article or policy it rests on, in the texts' language
     * @param appliesFrom the day from which it applies
     * @param source      where that day comes from
     */
    public record Duty(String id, DutyKind kind, String basis, java.time.LocalDate appliesFrom, String source) {
    }

    /** The texts of a knowledge base without covering, key facts, plan rules or duty data. */
    public KnowledgeTexts(Language language, Map<String, String> factors, Map<String, String> findings,
                          Map<String, String> actions, Map<String, String> questions,
                          Map<String, String> obligations, Labels labels, List<Limit> limits) {
        this(language, factors, findings, actions, questions, obligations, labels, limits, Map.of(), Map.of(),
                Map.of(), List.of());
    }

    /**
     * A threshold of the knowledge base, written once and named by the rules and texts that use it.
     *
     * @param name    its name, as rules write it ({@code longCycleWeeks})
     * @param value   its value as written ({@code 12})
     * @param meaning what it means, in the texts' language
     * @param file    the texts file that defines it
     * @param line    the line there
     */
    public record Limit(String name, String value, String meaning, String file, int line) {
    }

    public KnowledgeTexts {
        factors = ordered(factors);
        findings = ordered(findings);
        actions = ordered(actions);
        questions = ordered(questions);
        obligations = ordered(obligations);
        labels = labels == null ? Labels.none(language) : labels;
        limits = limits == null ? List.of() : List.copyOf(limits);
        covers = covers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(covers));
        keyFacts = keyFacts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(keyFacts));
        steps = ordered(steps == null ? Map.of() : steps);
        duties = duties == null ? List.of() : List.copyOf(duties);
    }

    private static Map<String, String> ordered(Map<String, String> texts) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }
}
