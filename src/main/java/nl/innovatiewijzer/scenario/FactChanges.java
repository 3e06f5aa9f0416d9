package nl.innovatiewijzer.scenario;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.document.DocumentProblem;
import nl.innovatiewijzer.document.Node;
import nl.innovatiewijzer.document.Suggestion;
import nl.innovatiewijzer.document.TreeReader;
import nl.innovatiewijzer.facts.Required;

/**
 * The {@code changes:} of a scenario: "this facts file, with these facts changed". Each key is a
 * field path of the facts contract ({@code projectLeader.hoursPerWeek}), each value the new value
 * of that fact as a facts file writes it; {@code null} makes the fact unknown. A value replaces
 * what the file has at that path whole: a list is replaced, not added to, and a section given as
 * a mapping ({@code projectLeader: {assigned: false}}) replaces the section, so the fields it
 * leaves out become unknown.
 *
 * <p>The paths are checked against the fact model here, each at its own line; the values are
 * checked when the changed facts are read, with the words a facts file gets, at the lines of the
 * scenario file.
 */
final class FactChanges {

    /** The field of a scenario file that holds the changes. */
    static final String FIELD = "changes";

    /** One change: the field path, split at its dots, and where the scenario writes it. */
    private record Change(String path, List<String> steps, Node.Entry entry) {
    }

    private final List<Change> changes;

    private FactChanges(List<Change> changes) {
        this.changes = changes;
    }

    /**
     * The changes in {@code node}, or null after reporting to {@code in} why they cannot be made:
     * not a mapping, empty, a path that is no field of the facts, a path that another one
     * already replaces, or a required fact made unknown.
     */
    static FactChanges read(Node node, TreeReader in) {
        Node.MapNode map = in.mapping(node, FIELD, "a mapping from a field path to its new value, "
                + "such as projectLeader.hoursPerWeek: 20");
        if (map == null) {
            return null;
        }
        if (map.entries().isEmpty()) {
            in.problem(node, FIELD, "nothing to change; give a field path with its new value "
                    + "(projectLeader.hoursPerWeek: 20), or leave changes out");
            return null;
        }
        int before = in.problems().size();
        List<Change> changes = new ArrayList<>();
        for (Node.Entry entry : map.entries().values()) {
            Change change = change(entry, in);
            if (change != null && !overlaps(change, changes, in)) {
                changes.add(change);
            }
        }
        return in.problems().size() > before ? null : new FactChanges(changes);
    }

    /** The change an entry writes, or null after reporting what is wrong with its path or value. */
    private static Change change(Node.Entry entry, TreeReader in) {
        String path = entry.key();
        String shown = TreeReader.join(FIELD, path);
        List<String> steps = Arrays.asList(path.split("\\.", -1));
        if (path.isBlank() || steps.stream().anyMatch(String::isBlank)) {
            in.problem(entry, shown, "not a field path; write the fields from the section down, "
                    + "separated by dots: projectLeader.hoursPerWeek");
            return null;
        }
        Class<?> record = ProjectFacts.class;
        for (int i = 0; i < steps.size(); i++) {
            String reached = String.join(".", steps.subList(0, i));
            if (record == null) {
                in.problem(entry, shown, reached + " holds a value, not fields; change " + reached + " itself");
                return null;
            }
            RecordComponent field = component(record, steps.get(i));
            if (field == null) {
                List<String> names = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
                in.problem(entry, shown, "unknown field " + steps.get(i) + (reached.isEmpty() ? "" : " in " + reached)
                        + "; expected one of " + String.join(", ", names) + Suggestion.didYouMean(steps.get(i), names));
                return null;
            }
            boolean last = i == steps.size() - 1;
            if (last && field.isAnnotationPresent(Required.class) && entry.value() != null && TreeReader.isNull(entry.value())) {
                in.problem(entry.value(), shown, "is required; it cannot be made unknown");
                return null;
            }
            if (!last && holdsRecords(field.getGenericType())) {
                String list = reached.isEmpty() ? field.getName() : reached + "." + field.getName();
                in.problem(entry, shown, list + " is a list; change it whole, with every item it must have: "
                        + list + ": [...]");
                return null;
            }
            record = field.getType().isRecord() ? field.getType() : null;
        }
        return new Change(path, steps, entry);
    }

    /** True, after reporting it, when {@code change} lies inside another change or holds one. */
    private static boolean overlaps(Change change, List<Change> earlier, TreeReader in) {
        for (Change other : earlier) {
            boolean inside = change.path().startsWith(other.path() + ".");
            if (inside || other.path().startsWith(change.path() + ".")) {
                String outer = inside ? other.path() : change.path();
                String inner = inside ? change.path() : other.path();
                in.problem(change.entry(), TreeReader.join(FIELD, change.path()), outer + " is replaced whole and "
                        + inner + " inside it is changed too (lines " + other.entry().line() + " and "
                        + change.entry().line() + "); give one of the two");
                return true;
            }
        }
        return false;
    }

    private static RecordComponent component(Class<?> record, String name) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }

    /** True for a list of records, such as {@code team.members}: its items have no path of their own here. */
    private static boolean holdsRecords(Type type) {
        return type instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> item
                && item.isRecord();
    }

    /**
     * The facts of {@code base} (the tree of the facts file) with every change made; a section the
     * file does not have is added where the change needs it. Nodes keep their places: a changed
     * value stands at its line of the scenario file.
     */
    Node applyTo(Node base) {
        Node facts = base;
        for (Change change : changes) {
            facts = set(facts, change.steps(), change.entry());
        }
        return facts;
    }

    private static Node set(Node node, List<String> steps, Node.Entry change) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        int line = change.line();
        int column = change.column();
        if (node instanceof Node.MapNode map) {
            entries.putAll(map.entries());
            line = map.line();
            column = map.column();
        }
        String key = steps.get(0);
        Node.Entry existing = entries.get(key);
        Node value = steps.size() == 1 ? change.value()
                : set(existing == null ? null : existing.value(), steps.subList(1, steps.size()), change);
        entries.put(key, existing == null ? new Node.Entry(key, change.line(), change.column(), value)
                : new Node.Entry(key, existing.line(), existing.column(), value));
        return new Node.MapNode(entries, line, column);
    }

    /**
     * A problem found in the changed facts, as the scenario file writes it: a value that is wrong
     * stands at its line of the scenario, under {@code changes.}, with the words a facts file gets.
     */
    DocumentProblem place(Problem problem) {
        String field = problem.field();
        for (Change change : changes) {
            if (field.equals(change.path()) || field.startsWith(change.path() + ".")
                    || field.startsWith(change.path() + "[")) {
                return new DocumentProblem(problem.file(), problem.line(), problem.column(),
                        TreeReader.join(FIELD, field), problem.message());
            }
        }
        // a fact of the file itself that the changes made wrong: said at the changes, where it was caused
        Node.Entry first = changes.get(0).entry();
        return new DocumentProblem(problem.file(), first.line(), first.column(),
                TreeReader.join(FIELD, field), problem.message());
    }
}
