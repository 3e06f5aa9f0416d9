package nl.innovatiewijzer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two assessments of one project: the factors and duties whose outcome
 * changed, the facts that changed, and the recommendations that came and went. Only what changed
 * is listed; {@link #toJson()} gives the JSON of the assessment contract's "compare".
 *
 * @param project     the project's name (as the later side names it)
 * @param before      the date the earlier side speaks for, or null when it does not say
 * @param after       the date the later side speaks for, or null when it does not say
 * @param factors     the factors whose status changed, F1 .. F9 in order; {@code before} and
 *                    {@code after} are {@link Status} values
 * @param obligations the duties whose state changed, came or went; {@code before} and {@code after}
 *                    are {@link ObligationState} values, null on the side that has not got the duty
 * @param factsKnown  whether both sides came with their facts; when not, {@code facts} is empty
 *                    because the changes are not known, not because there are none
 * @param facts       the facts that changed, in the order of the fact model; {@code before} and
 *                    {@code after} as a facts file writes them (null: unknown)
 * @param added       the recommendations the later side has and the earlier had not
 * @param resolved    the recommendations the earlier side had and the later has not
 * @param labels      the words of a report, in the language of the later side
 */
public record Comparison(String project, LocalDate before, LocalDate after, List<Change> factors,
                         List<Change> obligations, boolean factsKnown, List<Change> facts, List<Item> added,
                         List<Item> resolved, Labels labels) {

    public Comparison {
        factors = List.copyOf(factors);
        obligations = List.copyOf(obligations);
        facts = Collections.unmodifiableList(new ArrayList<>(facts)); // a value may be null
        added = List.copyOf(added);
        resolved = List.copyOf(resolved);
    }

    /**
     * One thing that changed.
     *
     * @param id     a factor id, a duty id or a field path
     * @param title  what a reader calls it: the factor's or duty's name, or the field path for a fact
     * @param before its value on the earlier side, null for none or unknown
     * @param after  its value on the later side, null for none or unknown
     */
    public record Change(String id, String title, Object before, Object after) {
    }

    /**
     * A recommendation that came or went.
     *
     * @param id     its stable id
     * @param factor the factor it strengthens
     * @param title  its title
     */
    public record Item(String id, String factor, String title) {
    }

    /**
     * One side of a comparison: what an assessment said, and the facts it was made of when they
     * are known. Made from an {@link Assessment}, or by a program from a saved assessment.
     *
     * @param project         the project's name
     * @param date            the date it speaks for, or null
     * @param factors         the status of each factor, by id, F1 .. F9
     * @param factorTitles    the name of each factor, by id
     * @param obligations     the state of each duty the facts trigger, by id
     * @param obligationTitles the name of each of those duties, by id
     * @param recommendations the recommendations, in the assessment's order
     * @param facts           the facts by field path ({@link #facts(ProjectFacts)}), or null when not known
     * @param labels          the words of a report in the assessment's language
     */
    public record Side(String project, LocalDate date, Map<String, Status> factors, Map<String, String> factorTitles,
                       Map<String, ObligationState> obligations, Map<String, String> obligationTitles,
                       List<Item> recommendations, Map<String, Object> facts, Labels labels) {

        public Side {
            factors = ordered(factors);
            factorTitles = ordered(factorTitles);
            obligations = ordered(obligations);
            obligationTitles = ordered(obligationTitles);
            recommendations = List.copyOf(recommendations);
            facts = facts == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        }

        /** What this assessment said; its facts are not known. */
        public static Side of(Assessment assessment) {
            return of(null, assessment);
        }

        /** What this assessment said, and the facts it was made of (null: not known). */
        public static Side of(ProjectFacts facts, Assessment assessment) {
            Map<String, Status> factors = new LinkedHashMap<>();
            Map<String, String> factorTitles = new LinkedHashMap<>();
            for (FactorResult factor : assessment.factors()) {
                factors.put(factor.id(), factor.status());
                factorTitles.put(factor.id(), factor.title());
            }
            Map<String, ObligationState> obligations = new LinkedHashMap<>();
            Map<String, String> obligationTitles = new LinkedHashMap<>();
            for (Obligation obligation : assessment.obligations()) {
                obligations.put(obligation.id(), obligation.state());
                obligationTitles.put(obligation.id(), obligation.title());
            }
            List<Item> recommendations = assessment.recommendations().stream()
                    .map(r -> new Item(r.id(), r.factor(), r.title())).toList();
            return new Side(assessment.project().name(), assessment.assessedOn(), factors, factorTitles, obligations,
                    obligationTitles, recommendations, facts == null ? null : FactPaths.of(facts), assessment.labels());
        }
    }

    /** What changed from {@code before} to {@code after}; the facts are not known, so no fact changes are listed. */
    public static Comparison of(Assessment before, Assessment after) {
        return of(Side.of(before), Side.of(after));
    }

    /** What changed from {@code before} to {@code after}, the facts that changed among it. */
    public static Comparison of(ProjectFacts beforeFacts, Assessment before, ProjectFacts afterFacts, Assessment after) {
        return of(Side.of(beforeFacts, before), Side.of(afterFacts, after));
    }

    /** What changed from one side to the other; the words of the report are those of {@code after}. */
    public static Comparison of(Side before, Side after) {
        List<Change> factors = new ArrayList<>();
        for (String id : union(before.factors().keySet(), after.factors().keySet())) {
            Status was = before.factors().getOrDefault(id, Status.UNKNOWN);
            Status is = after.factors().getOrDefault(id, Status.UNKNOWN);
            if (was != is) {
                factors.add(new Change(id, title(id, after.factorTitles(), before.factorTitles()), was, is));
            }
        }
        List<Change> obligations = new ArrayList<>();
        for (String id : union(before.obligations().keySet(), after.obligations().keySet())) {
            ObligationState was = before.obligations().get(id);
            ObligationState is = after.obligations().get(id);
            if (was != is) {
                obligations.add(new Change(id, title(id, after.obligationTitles(), before.obligationTitles()), was, is));
            }
        }
        boolean factsKnown = before.facts() != null && after.facts() != null;
        List<Change> facts = new ArrayList<>();
        if (factsKnown) {
            for (String field : union(before.facts().keySet(), after.facts().keySet())) {
                Object was = before.facts().get(field);
                Object is = after.facts().get(field);
                if (!Objects.equals(was, is)) {
                    facts.add(new Change(field, field, was, is));
                }
            }
        }
        Set<String> had = ids(before.recommendations());
        Set<String> has = ids(after.recommendations());
        List<Item> added = after.recommendations().stream().filter(r -> !had.contains(r.id())).toList();
        List<Item> resolved = before.recommendations().stream().filter(r -> !has.contains(r.id())).toList();
        return new Comparison(after.project(), before.date(), after.date(), factors, obligations, factsKnown, facts,
                added, resolved, after.labels());
    }

    /**
     * The facts of a project by field path, every field of the fact model in its order, null for
     * an unknown one; enums in the contract's spelling, a list of items as a list of maps.
     */
    public static Map<String, Object> facts(ProjectFacts facts) {
        return FactPaths.of(facts);
    }

    /**
     * The facts of a project nested as a facts file writes them, sections holding their fields;
     * unknown facts left out. What a facts file made from these facts holds.
     */
    public static Map<String, Object> factsAsFile(ProjectFacts facts) {
        Map<String, Object> tree = new LinkedHashMap<>();
        FactPaths.of(facts).forEach((path, value) -> {
            if (value == null) {
                return;
            }
            String[] parts = path.split("\\.");
            Map<String, Object> section = tree;
            for (int i = 0; i < parts.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> next = (Map<String, Object>) section.computeIfAbsent(parts[i],
                        k -> new LinkedHashMap<String, Object>());
                section = next;
            }
            section.put(parts[parts.length - 1], value);
        });
        return tree;
    }

    /** Whether nothing changed at all. */
    public boolean isEmpty() {
        return factors.isEmpty() && obligations.isEmpty() && facts.isEmpty() && added.isEmpty() && resolved.isEmpty();
    }

    /** The comparison as the JSON of the assessment contract's "compare", pretty-printed, ending in a newline. */
    public String toJson() {
        return ComparisonJson.write(this);
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return all;
    }

    private static Set<String> ids(List<Item> items) {
        Set<String> ids = new LinkedHashSet<>();
        items.forEach(item -> ids.add(item.id()));
        return ids;
    }

    private static String title(String id, Map<String, String> first, Map<String, String> second) {
        return first.getOrDefault(id, second.getOrDefault(id, id));
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
