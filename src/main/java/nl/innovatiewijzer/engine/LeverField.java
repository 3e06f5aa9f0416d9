package nl.innovatiewijzer.engine;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.innovatiewijzer.document.ContractNames;
import nl.innovatiewijzer.document.Node;
import nl.innovatiewijzer.document.Suggestion;
import nl.innovatiewijzer.document.TreeReader;

/**
 * The fact a lever changes: a field of a section ({@code workingMethod.cycleLengthWeeks}), or a
 * field of every item of a list ({@code market.suppliers.bringsKnowledge}), as the fact model
 * declares it; it reads the lever's value as that field holds it.
 *
 * @param path      the field path as written
 * @param section   the section, e.g. {@code workingMethod}
 * @param field     the section's field, e.g. {@code cycleLengthWeeks} or {@code suppliers}
 * @param itemField the field of each item, for a path into a list of items; null otherwise
 * @param type      the type of the value: the field's, or an item's for a list
 * @param list      true when the section's field is a list
 * @param min       the smallest number allowed
 * @param max       the largest number allowed
 */
record LeverField(String path, String section, String field, String itemField, Class<?> type, boolean list,
                  double min, double max) {

    /** The field at {@code node}, or null after reporting that it is no fact, or one that a project cannot change. */
    static LeverField read(TreeReader in, Node node, String at, Set<String> fixed) {
        String path = in.nonBlankText(node, at);
        if (path == null) {
            return null;
        }
        path = path.strip();
        if (fixed.contains(path)) {
            in.problem(node, at, path + " is what the project is, not what it does: a lever never changes the project's "
                    + "name, municipality, domain, phase or description. Name a fact the project can change");
            return null;
        }
        String[] steps = path.split("\\.", -1);
        ProjectDraft.Section section = steps.length < 2 ? null : section(steps[0]);
        ProjectDraft.Field field = section == null ? null : section.field(steps[1]);
        if (field == null || steps.length > 3 || steps.length == 3 && !field.holdsRecords()) {
            in.problem(node, at, "unknown field " + Node.quoted(path) + "; name a fact as a facts file writes its path, "
                    + "such as workingMethod.cycleLengthWeeks" + Suggestion.didYouMean(path, MetadataCheck.FIELD_PATHS));
            return null;
        }
        if (steps[0].equals("assessment")) {
            in.problem(node, at, path + " says when the project was assessed, not what it does; name a fact the project can change");
            return null;
        }
        if (steps.length == 2) {
            return new LeverField(path, steps[0], steps[1], null, field.type(), field.list(), field.min(), field.max());
        }
        ProjectDraft.Field item = null;
        for (ProjectDraft.Field candidate : ProjectDraft.Field.of(field.type())) {
            if (candidate.name().equals(steps[2])) {
                item = candidate;
            }
        }
        if (item == null || item.list()) {
            in.problem(node, at, "unknown field " + Node.quoted(path) + "; the items of " + steps[0] + "." + steps[1]
                    + " have the fields " + String.join(", ", FactModel.fields(field.type()))
                    + Suggestion.didYouMean(steps[2], FactModel.fields(field.type())));
            return null;
        }
        return new LeverField(path, steps[0], steps[1], steps[2], item.type(), false, item.min(), item.max());
    }

    private static ProjectDraft.Section section(String name) {
        for (ProjectDraft.Section section : ProjectDraft.SECTIONS) {
            if (section.name().equals(name)) {
                return section;
            }
        }
        return null;
    }

    /** True for a list of items (team members, suppliers, ...), false for a list of values or a single value. */
    boolean holdsItems() {
        return list && itemField == null && type.isRecord();
    }

    /**
     * The value a change writes: {@code set:} a value of the field, {@code atLeast:}/{@code atMost:} a
     * number or a limit for a number field, {@code add:} a value or an item for a list; null after
     * reporting what the field allows.
     */
    Serializable value(TreeReader in, String change, Node node, String at, Limits limits) {
        switch (change) {
            case "atLeast", "atMost" -> {
                if (list || !Number.class.isAssignableFrom(type)) {
                    in.problem(node, at, change + " is for a number, and " + path + " holds " + kind()
                            + "; use set: to give it a value");
                    return null;
                }
                return bound(in, node, at, limits);
            }
            case "add" -> {
                if (!list) {
                    in.problem(node, at, "add is for a list, and " + path + " holds " + kind() + "; use set: to give it a value");
                    return null;
                }
                return holdsItems() ? item(in, node, at) : single(in, node, at, type);
            }
            default -> {
                if (holdsItems()) {
                    in.problem(node, at, path + " is a list of items; use add: with an item, or set: on a field of "
                            + "every item, such as " + path + "." + FactModel.fields(type).get(0));
                    return null;
                }
                if (list) {
                    List<Object> values = new ArrayList<>();
                    in.list(node, at, "a list of values between [ and ]", (value, itemAt) -> values.add(single(in, value, itemAt, type)));
                    return values.contains(null) ? null : new ArrayList<>(values);
                }
                return single(in, node, at, type);
            }
        }
    }

    private BigDecimal bound(TreeReader in, Node node, String at, Limits limits) {
        if (node instanceof Node.Scalar scalar && scalar.value() instanceof Number number) {
            BigDecimal value = new BigDecimal(number.toString());
            if (value.doubleValue() < min || value.doubleValue() > max) {
                in.problem(node, at, "the number " + value.toPlainString() + " is outside what " + path + " allows ("
                        + (long) min + " to " + (long) max + ")");
                return null;
            }
            return value;
        }
        String name = in.nonBlankText(node, at);
        if (name == null) {
            return null;
        }
        Limits.Limit limit = limits.limit(name.strip());
        if (limit == null) {
            in.problem(node, at, "unknown limit " + Node.quoted(name) + "; give a number or the name of a limit ("
                    + (limits.names().isEmpty() ? "there are none yet" : String.join(", ", limits.names())) + ")"
                    + Suggestion.didYouMean(name.strip(), limits.names()));
            return null;
        }
        return limit.value();
    }

    private static Serializable single(TreeReader in, Node node, String at, Class<?> type) {
        if (type == Boolean.class) {
            return in.bool(node, at);
        }
        if (type == Integer.class) {
            return in.wholeNumber(node, at, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == Double.class) {
            return in.number(node, at);
        }
        if (type.isEnum()) {
            return constant(in, node, at, type);
        }
        String text = in.nonBlankText(node, at);
        return text == null ? null : text.strip();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Serializable constant(TreeReader in, Node node, String at, Class<?> type) {
        return (Serializable) in.constant((Class) type, TreeReader.Spelling.CONTRACT, node, at, "value");
    }

    /** An item to add: a mapping of its fields, with every field an item must have. */
    private LinkedHashMap<String, Object> item(TreeReader in, Node node, String at) {
        LinkedHashMap<String, Object> item = new LinkedHashMap<>();
        List<ProjectDraft.Field> fields = ProjectDraft.Field.of(type);
        List<String> names = fields.stream().map(ProjectDraft.Field::name).toList();
        Node.MapNode map = in.fields(node, at, names, entry -> {
            ProjectDraft.Field field = fields.get(names.indexOf(entry.key()));
            item.put(entry.key(), field.list() ? null : single(in, entry.value(), TreeReader.join(at, entry.key()), field.type()));
        });
        if (map == null) {
            return null;
        }
        for (ProjectDraft.Field field : fields) {
            if (field.required()) {
                in.required(map, at, field.name(), "an item of " + path + " must have it");
            }
        }
        boolean complete = !item.containsValue(null) && fields.stream().filter(ProjectDraft.Field::required)
                .allMatch(field -> item.containsKey(field.name()));
        return complete ? item : null;
    }

    private String kind() {
        if (type == Boolean.class) {
            return "yes or no";
        }
        if (type.isEnum()) {
            return list ? "a list of values" : "one value of a fixed list";
        }
        return Number.class.isAssignableFrom(type) ? "a number" : list ? "a list" : "text";
    }

    /**
     * The {@code onlyWhen:} of a lever: per field path, the values (as a facts file writes them) at
     * which the lever applies; null after reporting a path that is no fact.
     */
    static Map<String, List<String>> conditions(TreeReader in, Node node, String at) {
        Node.MapNode map = in.mapping(node, at, "a mapping from a field path to the value, or the list of values, "
                + "at which the lever applies, such as project.processesPersonalData: true");
        if (map == null) {
            return null;
        }
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        boolean known = true;
        for (Node.Entry entry : map.entries().values()) {
            String path = TreeReader.join(at, entry.key());
            if (!MetadataCheck.FIELD_PATHS.contains(entry.key()) || entry.key().split("\\.").length != 2) {
                in.problem(entry, path, "unknown field " + Node.quoted(entry.key()) + "; name a fact of a section, such as "
                        + "project.phase" + Suggestion.didYouMean(entry.key(), MetadataCheck.FIELD_PATHS));
                known = false;
                continue;
            }
            List<String> values = new ArrayList<>();
            if (entry.value() instanceof Node.ListNode) {
                in.list(entry.value(), path, "a value or a list of values", (value, itemAt) -> values.add(in.text(value, itemAt)));
            } else {
                values.add(in.text(entry.value(), path));
            }
            if (values.contains(null)) {
                known = false;
            }
            conditions.put(entry.key(), List.copyOf(values.stream().map(v -> v == null ? "" : v.strip()).toList()));
        }
        return known ? conditions : null;
    }

    /** A value as a facts file writes it, to compare with an {@code onlyWhen:}. */
    static String written(Object value) {
        return value instanceof Enum<?> constant ? ContractNames.of(constant) : String.valueOf(value);
    }
}
