package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.innovatiewijzer.facts.Frequency;
import nl.innovatiewijzer.facts.Level;
import nl.innovatiewijzer.facts.MeetingFrequency;
import nl.innovatiewijzer.facts.PartnerType;
import nl.innovatiewijzer.facts.Role;
import nl.innovatiewijzer.facts.Sponsor;

/**
 * Every change of one fact of a project toward what the study calls good: a good thing that was
 * not the case becomes the case, a level goes up one step, a number moves across a limit in the
 * good direction, a skill, a domain, a role, a partner or an informal learning activity is added;
 * and a question that was open is answered with the best answer. Facts that are neither good nor
 * bad (the phase, the domain, whether personal data is processed, the kind of algorithm) are left alone.
 */
final class BetterFacts {

    /** One changed project, and the change in the words of a facts file. */
    record Change(String change, ProjectDraft project) {
    }

    /** Facts of which neither value is better. */
    private static final Set<String> NEITHER = Set.of("project.phase", "project.domain", "project.dataDriven",
            "project.processesPersonalData", "dataUse.algorithmType", "dataUse.impactOnResidents",
            "dataUse.dpiaCriteria", "budget.experimentEuro", "endUsers.involvedSincePhase");

    /** Facts of which less is better. */
    private static final Set<String> LESS_IS_BETTER = Set.of("mandate.reportingBurden", "workingMethod.cycleLengthWeeks");

    private final TrialValues values;

    BetterFacts(TrialValues values) {
        this.values = values;
    }

    /** Every single better change of the project. */
    List<Change> of(ProjectDraft project) {
        List<Change> changes = new ArrayList<>();
        for (ProjectDraft.Section section : ProjectDraft.SECTIONS) {
            for (ProjectDraft.Field field : section.fields()) {
                String path = section.name() + "." + field.name();
                if (field.type() == String.class || NEITHER.contains(path)) {
                    continue;
                }
                Object now = project.get(section.name(), field.name());
                for (Object better : better(path, field, now)) {
                    changes.add(new Change(path + ": " + ProjectDraft.written(now) + " -> " + ProjectDraft.written(better),
                            project.with(section.name(), field.name(), better)));
                }
            }
        }
        return changes;
    }

    private List<Object> better(String path, ProjectDraft.Field field, Object now) {
        if (field.holdsRecords()) {
            return now instanceof List<?> items ? betterItems(path, items) : List.of();
        }
        if (field.list()) {
            return now instanceof List<?> chosen ? added(field.type(), chosen) : List.of();
        }
        boolean less = LESS_IS_BETTER.contains(path);
        if (field.type() == Boolean.class) {
            return Boolean.TRUE.equals(now) ? List.of() : List.of(true);
        }
        if (field.type().isEnum()) {
            return betterConstant(field.type(), (Enum<?>) now, less);
        }
        List<Object> numbers = new ArrayList<>();
        List<Object> tried = values.of(field);
        if (now == null) {
            // the best answer to an open question: the best number the rules name
            if (!tried.isEmpty()) {
                numbers.add(less ? tried.get(0) : tried.get(tried.size() - 1));
            }
            return numbers;
        }
        double value = ((Number) now).doubleValue();
        for (Object number : tried) {
            double candidate = ((Number) number).doubleValue();
            if (less ? candidate < value : candidate > value) {
                numbers.add(number);
            }
        }
        return numbers;
    }

    /** One level better, or the best for an open question. */
    private static List<Object> betterConstant(Class<?> type, Enum<?> now, boolean less) {
        Object[] constants = type.getEnumConstants();
        boolean upIsBetter = type == Level.class || type == Sponsor.class || type == Frequency.class
                || type == nl.innovatiewijzer.facts.Involvement.class;
        boolean downIsBetter = type == MeetingFrequency.class;
        if (!upIsBetter && !downIsBetter) {
            return List.of();
        }
        int step = upIsBetter != less ? 1 : -1;
        if (now == null) {
            return List.of(constants[step > 0 ? constants.length - 1 : 0]);
        }
        int next = now.ordinal() + step;
        return next >= 0 && next < constants.length ? List.of(constants[next]) : List.of();
    }

    /** The list with one value added that it does not hold yet, one list per value. */
    private static List<Object> added(Class<?> type, List<?> chosen) {
        List<Object> lists = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            if (!chosen.contains(constant)) {
                List<Object> more = new ArrayList<>(chosen);
                more.add(constant);
                lists.add(more);
            }
        }
        return lists;
    }

    private List<Object> betterItems(String path, List<?> items) {
        List<Object> lists = new ArrayList<>();
        switch (path) {
            case "team.members" -> {
                Set<Role> present = EnumSet.noneOf(Role.class);
                items.forEach(item -> present.add((Role) ((Map<?, ?>) item).get("role")));
                for (Role role : Role.values()) {
                    if (!present.contains(role) && role != Role.OTHER) {
                        lists.add(plus(items, Map.of("role", role)));
                    }
                }
            }
            case "network.partners" -> {
                lists.add(plus(items, Map.of("type", PartnerType.MUNICIPALITY)));
                lists.add(plus(items, Map.of("type", PartnerType.KNOWLEDGE_INSTITUTE)));
            }
            case "learning.activities" -> {
                lists.add(plus(items, Map.of("type", nl.innovatiewijzer.facts.ActivityType.INTERVISION,
                        "frequency", Frequency.MONTHLY, "informal", true)));
                for (int i = 0; i < items.size(); i++) {
                    Map<?, ?> item = (Map<?, ?>) items.get(i);
                    if (!Boolean.TRUE.equals(item.get("informal"))) {
                        lists.add(replaced(items, i, "informal", true));
                    }
                    Object frequency = item.get("frequency");
                    if (frequency instanceof Frequency known && known.ordinal() < Frequency.values().length - 1) {
                        lists.add(replaced(items, i, "frequency", Frequency.values()[known.ordinal() + 1]));
                    }
                }
            }
            case "market.suppliers" -> {
                for (int i = 0; i < items.size(); i++) {
                    for (String good : List.of("bringsKnowledge", "coDevelops")) {
                        if (!Boolean.TRUE.equals(((Map<?, ?>) items.get(i)).get(good))) {
                            lists.add(replaced(items, i, good, true));
                        }
                    }
                }
            }
            default -> {
            }
        }
        return lists;
    }

    private static List<Object> plus(List<?> items, Map<String, Object> item) {
        List<Object> more = new ArrayList<>(items);
        more.add(item);
        return more;
    }

    private static List<Object> replaced(List<?> items, int index, String field, Object value) {
        List<Object> changed = new ArrayList<>(items);
        Map<Object, Object> item = new LinkedHashMap<>((Map<?, ?>) items.get(index));
        item.put(field, value);
        changed.set(index, item);
        return changed;
    }
}
