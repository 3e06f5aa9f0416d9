package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.innovatiewijzer.RuleInfo;

/**
 * The answers worth trying for each fact a rule asks for ({@code @missing}): yes and no, every
 * value of a fixed list, for a number the numbers the rules compare it with and their neighbours,
 * for a list none, each value alone and all of them. Of answers that every test of the rules on
 * the fact treats alike only the first is kept: they cannot give different advice. Worked out
 * once, when the rules are compiled, and kept with them in the compile cache, so that a cold
 * start reads them back instead of parsing the rule files again.
 */
final class PossibleAnswers {

    /** No answers at all: for a knowledge base whose conditions were not read. */
    static final PossibleAnswers NONE = new PossibleAnswers(Map.of());

    /** Written in a text field that a trial fills: the rules only ask whether it is known. */
    private static final String SOME_TEXT = "?";

    private final Map<String, List<Object>> byField;

    private PossibleAnswers(Map<String, List<Object>> byField) {
        this.byField = byField;
    }

    /** The answers to try for every field that one of {@code rules} asks for, read from the rules' conditions. */
    static PossibleAnswers of(Map<String, RuleConditions> conditions, Collection<RuleInfo> rules) {
        List<RuleConditions.Test> tests = new ArrayList<>();
        conditions.values().forEach(rule -> rule.ways().forEach(way -> tests.addAll(way.tests())));
        Map<String, List<Object>> byField = new LinkedHashMap<>();
        for (RuleInfo rule : rules) {
            String path = rule.missing();
            if (path != null && !path.isEmpty() && !byField.containsKey(path)) {
                List<Object> answers = answers(path, tests);
                if (!answers.isEmpty()) {
                    byField.put(path, answers);
                }
            }
        }
        return new PossibleAnswers(byField);
    }

    /** The answers as a cache entry stored them ({@link StoredForm}). */
    static PossibleAnswers stored(Map<String, List<Object>> byField) {
        return new PossibleAnswers(byField);
    }

    /** The answers to try per field, in the order of the rules: for the stored form. */
    Map<String, List<Object>> byField() {
        return Collections.unmodifiableMap(byField);
    }

    /** The answers to try for the fact at {@code path}, none for a fact no rule asks for. */
    List<Object> of(String path) {
        return byField.getOrDefault(path, List.of());
    }

    private static List<Object> answers(String path, List<RuleConditions.Test> tests) {
        String[] steps = path.split("\\.");
        ProjectDraft.Section section = section(steps[0]);
        ProjectDraft.Field field = section == null || steps.length < 2 ? null : section.field(steps[1]);
        if (field == null || steps.length > 3) {
            return List.of();
        }
        if (steps.length == 3) { // a field of every item of a list: each supplier's
            ProjectDraft.Field item = itemField(field, steps[2]);
            return item == null || item.list() ? List.of()
                    : distinct(values(item, testsOf(tests, steps[0] + "." + steps[1] + "#", steps[2])),
                    testsOf(tests, steps[0] + "." + steps[1] + "#", steps[2]));
        }
        if (field.holdsRecords()) {
            return items(field, steps[0] + "." + steps[1] + "#", tests);
        }
        List<RuleConditions.Test> onField = testsOf(tests, steps[0], steps[1]);
        if (field.list()) {
            return distinct(lists(field), onField);
        }
        return distinct(values(field, onField), onField);
    }

    /** The values of one field holding one value. */
    private static List<Object> values(ProjectDraft.Field field, List<RuleConditions.Test> tests) {
        Class<?> type = field.type();
        List<Object> values = new ArrayList<>();
        if (type == Boolean.class) {
            values.add(true);
            values.add(false);
        } else if (type.isEnum()) {
            values.addAll(List.of(type.getEnumConstants()));
        } else if (type == Integer.class || type == Double.class) {
            Set<Double> numbers = new TreeSet<>(List.of(field.min(), field.min() + 1));
            for (RuleConditions.Test test : tests) {
                for (Object hint : test.test().hints()) {
                    if (hint instanceof Number number) {
                        numbers.add(number.doubleValue());
                    }
                }
            }
            for (double n : numbers) {
                if (n >= field.min() && n <= field.max() && (type == Double.class || n == Math.rint(n))) {
                    values.add(type == Integer.class ? (Object) (int) n : (Object) n);
                }
            }
        } else if (type == String.class) {
            values.add(SOME_TEXT);
        }
        return values;
    }

    /** The lists of values to try: none, each value alone, the first two, three, ... and all. */
    private static List<Object> lists(ProjectDraft.Field field) {
        List<Object> lists = new ArrayList<>();
        lists.add(List.of());
        if (!field.type().isEnum()) {
            lists.add(List.of(SOME_TEXT));
            return lists;
        }
        List<Object> constants = List.of(field.type().getEnumConstants());
        constants.forEach(constant -> lists.add(List.of(constant)));
        for (int size = 2; size <= constants.size(); size++) {
            lists.add(List.copyOf(constants.subList(0, size)));
        }
        return lists;
    }

    /**
     * The lists of items to try: none, one item for each value of the field that tells the items
     * apart (a member's role), and one item of each value; every other field an item must have gets
     * its first value.
     */
    private static List<Object> items(ProjectDraft.Field field, String itemTarget, List<RuleConditions.Test> tests) {
        List<ProjectDraft.Field> fields = ProjectDraft.Field.of(field.type());
        ProjectDraft.Field varying = fields.stream().filter(f -> f.required() && f.type().isEnum() && !f.list())
                .findFirst().orElse(null);
        Map<String, Object> base = new LinkedHashMap<>();
        for (ProjectDraft.Field f : fields) {
            if (f.required() && f != varying) {
                List<Object> first = f.list() ? List.of(List.of()) : values(f, List.of());
                if (!first.isEmpty()) {
                    base.put(f.name(), first.get(0));
                }
            }
        }
        List<Object> lists = new ArrayList<>();
        lists.add(List.of());
        if (varying == null) {
            lists.add(List.of(Map.copyOf(base)));
            return lists;
        }
        List<RuleConditions.Test> onVarying = testsOf(tests, itemTarget, varying.name());
        List<Object> kinds = distinct(List.of(varying.type().getEnumConstants()), onVarying);
        List<Map<String, Object>> every = new ArrayList<>();
        for (Object kind : kinds) {
            Map<String, Object> item = new LinkedHashMap<>(base);
            item.put(varying.name(), kind);
            lists.add(List.of(Map.copyOf(item)));
            every.add(Map.copyOf(item));
        }
        if (every.size() > 1) {
            lists.add(List.copyOf(every));
        }
        return lists;
    }

    /** The tests on one field of a section ({@code target} its name) or of the items of a list ({@code target} ends in #). */
    private static List<RuleConditions.Test> testsOf(List<RuleConditions.Test> tests, String target, String field) {
        List<RuleConditions.Test> on = new ArrayList<>();
        for (RuleConditions.Test test : tests) {
            boolean matches = target.endsWith("#") ? test.target().startsWith(target) : test.target().equals(target);
            if (matches && test.field().equals(field)) {
                on.add(test);
            }
        }
        return on;
    }

    /** The values in order, less every value that passes and fails exactly the tests an earlier one does. */
    private static List<Object> distinct(List<Object> values, List<RuleConditions.Test> tests) {
        Set<List<Boolean>> seen = new LinkedHashSet<>();
        List<Object> kept = new ArrayList<>();
        for (Object value : values) {
            List<Boolean> passes = new ArrayList<>(tests.size() + 1);
            passes.add(value instanceof List<?> list && list.isEmpty()); // none is an answer of its own
            for (RuleConditions.Test test : tests) {
                passes.add(test.test().passes(value));
            }
            if (seen.add(passes)) {
                kept.add(value);
            }
        }
        return kept;
    }

    private static ProjectDraft.Section section(String name) {
        for (ProjectDraft.Section section : ProjectDraft.SECTIONS) {
            if (section.name().equals(name)) {
                return section;
            }
        }
        return null;
    }

    private static ProjectDraft.Field itemField(ProjectDraft.Field list, String name) {
        if (!list.holdsRecords()) {
            return null;
        }
        for (ProjectDraft.Field field : ProjectDraft.Field.of(list.type())) {
            if (field.name().equals(name)) {
                return field;
            }
        }
        return null;
    }
}
