package nl.innovatiewijzer.engine;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.document.Suggestion;

/**
 * The facts a factor is judged on first, per factor, as the {@code keyFacts:} of the texts name
 * them: the open questions of a factor are asked in this order, the other questions after them.
 */
final class KeyFacts {

    /** Per factor, its key facts as written. */
    private final Map<String, List<Covering.Written>> byFactor;
    /** Where each factor's id is written. */
    private final Map<String, Covering.Written> factors;

    KeyFacts(Map<String, List<Covering.Written>> byFactor, Map<String, Covering.Written> factors) {
        this.byFactor = new LinkedHashMap<>(byFactor);
        this.factors = new LinkedHashMap<>(factors);
    }

    /** Per factor, its key facts as written: for the stored form. */
    Map<String, List<Covering.Written>> byFactor() {
        return Collections.unmodifiableMap(byFactor);
    }

    /** Where each factor's id is written: for the stored form. */
    Map<String, Covering.Written> factors() {
        return Collections.unmodifiableMap(factors);
    }

    /** The key facts of {@code factor}, most important first; empty when the texts name none. */
    List<String> of(String factor) {
        return byFactor.getOrDefault(factor, List.of()).stream().map(Covering.Written::id).toList();
    }

    /** Every factor that has key facts, with them, in the order written. */
    Map<String, List<String>> all() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        byFactor.keySet().forEach(factor -> all.put(factor, of(factor)));
        return all;
    }

    /**
     * Where a question for {@code field} of {@code factor} comes: its place among the key facts,
     * or after all of them.
     */
    int rank(String factor, String field) {
        int index = of(factor).indexOf(field);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** The problems of the lists: a field the facts do not have, a factor there is not, a field named twice. */
    void check(Set<String> factors, List<Problem> problems) {
        for (Map.Entry<String, List<Covering.Written>> entry : byFactor.entrySet()) {
            String at = "keyFacts." + entry.getKey();
            Covering.Written factor = this.factors.get(entry.getKey());
            if (!factors.isEmpty() && !factors.contains(entry.getKey()) && factor != null) {
                problems.add(new Problem(factor.file(), factor.line(), factor.column(), at, "\"" + entry.getKey() + "\" is not a "
                        + "factor; expected one of " + String.join(", ", factors) + Suggestion.didYouMean(entry.getKey(), factors)));
            }
            Set<String> seen = new HashSet<>();
            for (Covering.Written field : entry.getValue()) {
                if (!MetadataCheck.FIELD_PATHS.contains(field.id())) {
                    problems.add(new Problem(field.file(), field.line(), field.column(), at, "\"" + field.id()
                            + "\" is not a field of the facts; a key fact is a field path, section.field, such as "
                            + "projectLeader.assigned" + Suggestion.didYouMean(field.id(), MetadataCheck.FIELD_PATHS)));
                } else if (!seen.add(field.id())) {
                    problems.add(new Problem(field.file(), field.line(), field.column(), at, "\"" + field.id()
                            + "\" is named twice; name each key fact once"));
                }
            }
        }
    }
}
