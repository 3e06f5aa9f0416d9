package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Projects made from rules' conditions: for each way the conditions of one rule, or of several
 * rules at once, can hold, the few facts that meet every test, each field given the first value
 * that passes, values the rules name first. A field no test names stays unknown, so a project
 * made here says in a line what makes the rules fire. Whether they do is for the run to show.
 */
final class Witnesses {

    /** The name of every project made here; the check describes projects by their facts. */
    static final String NAME = "A project made from the rules";

    private static final Object NONE = new Object();

    private final TrialValues values;

    Witnesses(TrialValues values) {
        this.values = values;
    }

    /** Projects that meet the conditions of all these rules at once, one per way, at most {@code max}. */
    List<ProjectDraft> of(List<RuleConditions> rules, int max) {
        List<RuleConditions.Way> ways = List.of(new RuleConditions.Way(List.of(), Set.of()));
        for (int i = 0; i < rules.size(); i++) {
            List<RuleConditions.Way> combined = new ArrayList<>();
            for (RuleConditions.Way left : ways) {
                for (RuleConditions.Way right : rules.get(i).ways()) {
                    if (combined.size() < RuleConditions.MAX_WAYS * 2) {
                        combined.add(left.and(right.renamed("@" + i)));
                    }
                }
            }
            ways = combined;
        }
        Set<ProjectDraft> projects = new LinkedHashSet<>();
        for (RuleConditions.Way way : ways) {
            ProjectDraft project = solve(way);
            if (project != null && projects.add(project) && projects.size() == max) {
                break;
            }
        }
        return List.copyOf(projects);
    }

    /** The facts that pass every test of the way, or null when some field has no such value among those tried. */
    private ProjectDraft solve(RuleConditions.Way way) {
        Map<String, Map<String, List<FieldTest>>> tests = new LinkedHashMap<>();
        for (RuleConditions.Test test : way.tests()) {
            tests.computeIfAbsent(test.target(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(test.field(), f -> new ArrayList<>()).add(test.test());
        }
        Map<String, Map<String, List<FieldTest>>> everyItem = new LinkedHashMap<>();
        tests.forEach((target, onTarget) -> {
            if (target.endsWith(RuleConditions.EVERY_ITEM)) {
                everyItem.put(target.substring(0, target.indexOf('#')), onTarget);
            }
        });
        Map<String, List<Map<String, Object>>> items = new LinkedHashMap<>();
        for (String item : way.items()) {
            String list = item.substring(0, item.indexOf('#'));
            Map<String, List<FieldTest>> onItem = new LinkedHashMap<>(tests.getOrDefault(item, Map.of()));
            everyItem.getOrDefault(list, Map.of()).forEach((field, onField) ->
                    onItem.merge(field, onField, (a, b) -> {
                        List<FieldTest> both = new ArrayList<>(a);
                        both.addAll(b);
                        return both;
                    }));
            Map<String, Object> values = item(list, onItem);
            if (values == null) {
                return null;
            }
            items.computeIfAbsent(list, l -> new ArrayList<>()).add(values);
        }
        ProjectDraft project = ProjectDraft.named(NAME);
        for (ProjectDraft.Section section : ProjectDraft.SECTIONS) {
            Map<String, List<FieldTest>> onSection = tests.getOrDefault(section.name(), Map.of());
            for (ProjectDraft.Field field : section.fields()) {
                List<FieldTest> onField = onSection.getOrDefault(field.name(), List.of());
                List<Map<String, Object>> listItems = items.get(section.name() + "." + field.name());
                if (onField.isEmpty() && listItems == null) {
                    continue;
                }
                Object value = field.holdsRecords()
                        ? records(section.name() + "." + field.name(), listItems == null ? List.of() : listItems, onField,
                                everyItem.getOrDefault(section.name() + "." + field.name(), Map.of()))
                        : field.list() ? enumList(field, onField) : value(field, onField);
                if (value == NONE) {
                    return null;
                }
                if (value != null && !(section.name().equals("project") && field.name().equals("name"))) {
                    project = project.with(section.name(), field.name(), value);
                }
            }
        }
        return project;
    }

    private Map<String, Object> item(String list, Map<String, List<FieldTest>> tests) {
        ProjectDraft.Field listField = ProjectDraft.SECTIONS.stream()
                .filter(s -> list.startsWith(s.name() + ".")).findFirst().orElseThrow()
                .field(list.substring(list.indexOf('.') + 1));
        Map<String, Object> item = new LinkedHashMap<>();
        for (ProjectDraft.Field field : ProjectDraft.Field.of(listField.type())) {
            List<FieldTest> onField = tests.getOrDefault(field.name(), List.of());
            Object value = onField.isEmpty() ? null : field.list() ? enumList(field, onField) : value(field, onField);
            if (value == NONE) {
                return null;
            }
            if (value == null && field.required() && field.type().isEnum()) {
                value = NONE; // an item names its kind: the first kind that passes
                for (Object constant : field.type().getEnumConstants()) {
                    if (passes(onField, constant)) {
                        value = constant;
                        break;
                    }
                }
                if (value == NONE) {
                    return null;
                }
            }
            if (value != null) {
                item.put(field.name(), value);
            }
        }
        return item;
    }

    /** The first value that passes: one the tests name, then every value worth trying, then unknown. */
    private Object value(ProjectDraft.Field field, List<FieldTest> tests) {
        List<Object> candidates = new ArrayList<>();
        for (FieldTest test : tests) {
            for (Object hint : test.hints()) {
                Object value = typed(field, hint);
                if (value != null) {
                    candidates.add(value);
                }
            }
        }
        candidates.addAll(values.of(field));
        candidates.add(null);
        for (Object candidate : candidates) {
            if (passes(tests, candidate)) {
                return candidate;
            }
        }
        return NONE;
    }

    private static Object typed(ProjectDraft.Field field, Object hint) {
        if (hint instanceof Double number) {
            if (number < field.min() || number > field.max()) {
                return null;
            }
            if (field.type() == Integer.class) {
                return number == Math.rint(number) ? (Object) number.intValue() : null;
            }
            return field.type() == Double.class ? number : null;
        }
        return field.type().isInstance(hint) ? hint : null;
    }

    /** A list of enum values: first without any, then with the values the tests name, then with others, one more at a time. */
    private static Object enumList(ProjectDraft.Field field, List<FieldTest> tests) {
        List<Object> named = new ArrayList<>();
        for (FieldTest test : tests) {
            for (Object hint : test.hints()) {
                if (field.type().isInstance(hint) && !named.contains(hint)) {
                    named.add(hint);
                }
            }
        }
        List<Object> others = new ArrayList<>(List.of(field.type().getEnumConstants()));
        others.removeAll(named);
        List<List<Object>> candidates = new ArrayList<>();
        for (List<Object> start : List.of(named, List.<Object>of())) {
            for (int more = 0; more <= others.size(); more++) {
                List<Object> candidate = new ArrayList<>(start);
                candidate.addAll(others.subList(0, more));
                candidates.add(candidate);
            }
        }
        for (List<Object> candidate : candidates) {
            if (passes(tests, candidate)) {
                return candidate;
            }
        }
        return passes(tests, null) ? null : NONE;
    }

    /**
     * A list of records: the items the conditions need, and as many more as the tests on the list
     * ask, each made to pass what every item must.
     */
    private Object records(String list, List<Map<String, Object>> needed, List<FieldTest> tests,
                           Map<String, List<FieldTest>> everyItem) {
        Map<String, Object> plain = item(list, everyItem);
        if (plain == null) {
            return needed.isEmpty() && passes(tests, null) ? null : NONE;
        }
        for (int more = 0; more <= 4; more++) {
            List<Map<String, Object>> candidate = new ArrayList<>(needed);
            for (int i = 0; i < more; i++) {
                candidate.add(plain);
            }
            if (passes(tests, candidate)) {
                return candidate;
            }
        }
        return needed.isEmpty() && passes(tests, null) ? null : NONE;
    }

    private static boolean passes(List<FieldTest> tests, Object value) {
        for (FieldTest test : tests) {
            if (!test.passes(value)) {
                return false;
            }
        }
        return true;
    }
}
