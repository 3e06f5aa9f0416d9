package nl.innovatiewijzer.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import nl.innovatiewijzer.Improvement;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.document.Node;
import nl.innovatiewijzer.document.TreeReader;
import nl.innovatiewijzer.document.TreeReader.Spelling;

/**
 * Reads the {@code expect:} section of a scenario file into {@link Expectation}s, in the order of
 * the file. Also rejects what cannot be meant: an empty section, an id listed twice, and an id
 * that is both expected and not expected.
 */
final class ExpectationReader {

    static final List<String> FIELDS = List.of("factors", "findings", "recommendations", "notRecommendations",
            "obligations", "dutiesInForce", "notObligations", "missingFacts", "notMissingFacts", "nextSteps", "improvements");
    /** At most this many next steps: the assessment gives no more. */
    static final int MOST_STEPS = 3;
    static final List<String> FACTORS = List.of("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9");

    private final TreeReader in;
    private final List<Expectation> expectations = new ArrayList<>();
    /** Where each id was expected, by list ("recommendations" -> id -> place), to find contradictions. */
    private final Map<String, Map<String, Node>> seen = new LinkedHashMap<>();

    private ExpectationReader(TreeReader in) {
        this.in = in;
    }

    /** The expectations in {@code node}; problems go to {@code in}. */
    static List<Expectation> read(Node node, TreeReader in) {
        ExpectationReader reader = new ExpectationReader(in);
        int problemsBefore = in.problems().size();
        Node.MapNode map = in.fields(node, "expect", FIELDS, reader::section);
        if (map == null) {
            return List.of();
        }
        if (reader.expectations.isEmpty() && in.problems().size() == problemsBefore) {
            in.problem(node, "expect", "nothing to check; give at least one of " + String.join(", ", FIELDS));
        }
        reader.contradictions("recommendations", "notRecommendations");
        reader.contradictions("obligations", "notObligations");
        reader.contradictions("dutiesInForce", "notObligations");
        reader.contradictions("missingFacts", "notMissingFacts");
        return List.copyOf(reader.expectations);
    }

    private void section(Node.Entry entry) {
        String path = "expect." + entry.key();
        Node value = entry.value();
        switch (entry.key()) {
            case "factors" -> byFactor(value, path, this::factorStatus);
            case "findings" -> byFactor(value, path, this::findings);
            case "recommendations" ->
                    in.list(value, path, "a list of action ids, each optionally with its priority", this::recommendation);
            case "notRecommendations" -> ids(value, path, "action ids", Expectation.NotRecommended::new);
            case "obligations" -> obligations(value, path);
            case "dutiesInForce" -> dutiesInForce(value, path);
            case "notObligations" -> ids(value, path, "obligation ids", Expectation.NotObliged::new);
            case "missingFacts" -> ids(value, path, "field paths", Expectation.Missing::new);
            case "notMissingFacts" -> ids(value, path, "field paths", Expectation.NotMissing::new);
            case "nextSteps" -> nextSteps(value, path);
            case "improvements" -> improvements(value, path);
            default -> { } // only the known fields are handed over
        }
    }

    /** A mapping from factor id to something; {@code read} turns one value into expectations. */
    private void byFactor(Node value, String path, BiFunction<String, Node, List<Expectation>> read) {
        in.mapping(value, path, "factor", FACTORS, entry -> expectations.addAll(read.apply(entry.key(), entry.value())));
    }

    private List<Expectation> factorStatus(String factor, Node value) {
        Status status = in.constant(Status.class, Spelling.CAPITALS, value, "expect.factors." + factor, "status");
        return status == null ? List.of() : List.of(new Expectation.FactorStatus(value.line(), factor, status));
    }

    private List<Expectation> findings(String factor, Node value) {
        String path = "expect.findings." + factor;
        List<Expectation> found = new ArrayList<>();
        in.list(value, path, "a list of findings, each word for word as the report shows it", (item, itemPath) -> {
            String text = in.nonBlankText(item, itemPath);
            if (text != null) {
                found.add(new Expectation.Finding(item.line(), factor, text));
            }
        });
        return found;
    }

    private void recommendation(Node item, String path) {
        if (item instanceof Node.MapNode map && map.entries().size() == 1) {
            Node.Entry entry = map.entries().values().iterator().next();
            Priority priority = in.constant(Priority.class, Spelling.CAPITALS, entry.value(), TreeReader.join(path, entry.key()),
                    "priority");
            if (priority != null && remember("recommendations", entry.key(), item, path)) {
                expectations.add(new Expectation.Recommended(entry.line(), entry.key(), priority));
            }
            return;
        }
        if (item instanceof Node.MapNode) {
            in.problem(item, path, "expected one action id, or one id with its priority (- F1-appoint-leader: HIGH)");
            return;
        }
        String id = in.nonBlankText(item, path);
        if (id != null && remember("recommendations", id, item, path)) {
            expectations.add(new Expectation.Recommended(item.line(), id, null));
        }
    }

    private void obligations(Node value, String path) {
        Node.MapNode map = in.mapping(value, path, "a mapping from obligation id to DONE, TODO or UNKNOWN");
        if (map == null) {
            return;
        }
        for (Node.Entry entry : map.entries().values()) {
            String itemPath = TreeReader.join(path, entry.key());
            ObligationState state = in.constant(ObligationState.class, Spelling.CAPITALS, entry.value(), itemPath, "state");
            if (state != null && remember("obligations", entry.key(), entry.value(), itemPath)) {
                expectations.add(new Expectation.Obliged(entry.line(), entry.key(), state));
            }
        }
    }

    private void dutiesInForce(Node value, String path) {
        Node.MapNode map = in.mapping(value, path, "a mapping from obligation id to true (in force) or false (applies later)");
        if (map == null) {
            return;
        }
        for (Node.Entry entry : map.entries().values()) {
            String itemPath = TreeReader.join(path, entry.key());
            Boolean inForce = in.bool(entry.value(), itemPath);
            if (inForce != null && remember("dutiesInForce", entry.key(), entry.value(), itemPath)) {
                expectations.add(new Expectation.InForce(entry.line(), entry.key(), inForce));
            }
        }
    }

    /** The next steps in order: at most three ids, none twice; an empty list expects none. */
    private void nextSteps(Node value, String path) {
        List<String> ids = new ArrayList<>();
        boolean[] wrong = {false};
        Node.ListNode list = in.list(value, path, "a list of at most " + MOST_STEPS + " ids in the order of the steps "
                + "(ids of recommendations, obligations or the fields of missing facts), or [] for none", (item, itemPath) -> {
            String id = in.nonBlankText(item, itemPath);
            if (id == null || !remember("nextSteps", id, item, itemPath)) {
                wrong[0] = true;
            } else if (ids.size() == MOST_STEPS) {
                in.problem(item, itemPath, "an assessment gives at most " + MOST_STEPS + " next steps; list the first "
                        + MOST_STEPS + ", in order, and remove " + id);
                wrong[0] = true;
            } else {
                ids.add(id);
            }
        });
        if (list != null && !wrong[0]) {
            expectations.add(new Expectation.NextSteps(value.line(), ids));
        }
    }

    /** Per factor or duty, its improvement paths in order, each a list of at most three lever ids. */
    private void improvements(Node value, String path) {
        Node.MapNode map = in.mapping(value, path, "a mapping from a factor or duty id to its improvement paths, each "
                + "a list of lever ids, such as F4: [[F4-shorten-cycles]]");
        if (map == null) {
            return;
        }
        for (Node.Entry entry : map.entries().values()) {
            String target = TreeReader.join(path, entry.key());
            List<List<String>> paths = new ArrayList<>();
            boolean[] wrong = {false};
            Node.ListNode list = in.list(entry.value(), target, "a list of paths, each a list of lever ids between [ and ] "
                    + "([[F4-shorten-cycles], [F4-cut-into-steps, F4-review-each-step]]), or [] for no path within three changes",
                    (item, itemPath) -> {
                        List<String> levers = path(item, itemPath);
                        if (levers == null) {
                            wrong[0] = true;
                        } else if (paths.size() == Improvement.MOST_PATHS) {
                            in.problem(item, itemPath, "an improvement has at most " + Improvement.MOST_PATHS
                                    + " paths; list the first " + Improvement.MOST_PATHS + ", in order");
                            wrong[0] = true;
                        } else if (paths.contains(levers)) {
                            in.problem(item, itemPath, "this path is listed twice");
                            wrong[0] = true;
                        } else {
                            paths.add(levers);
                        }
                    });
            if (list != null && !wrong[0]) {
                expectations.add(new Expectation.Improvements(entry.line(), entry.key(), paths));
            }
        }
    }

    /** One path: one to three lever ids, none twice; null after reporting what is wrong. */
    private List<String> path(Node item, String path) {
        if (!(item instanceof Node.ListNode)) {
            in.problem(item, path, "a path is a list of lever ids between [ and ], such as [F4-shorten-cycles]; "
                    + "write a path of one change as [[F4-shorten-cycles]] in the list of paths");
            return null;
        }
        List<String> levers = new ArrayList<>();
        boolean[] wrong = {false};
        in.list(item, path, "a list of lever ids", (lever, leverPath) -> {
            String id = in.nonBlankText(lever, leverPath);
            if (id == null) {
                wrong[0] = true;
            } else if (levers.contains(id)) {
                in.problem(lever, leverPath, id + " is listed twice in this path");
                wrong[0] = true;
            } else {
                levers.add(id);
            }
        });
        if (!wrong[0] && (levers.isEmpty() || levers.size() > Improvement.MOST_CHANGES)) {
            in.problem(item, path, "a path has one to " + Improvement.MOST_CHANGES + " changes; this one has "
                    + levers.size() + (levers.isEmpty() ? "; write [] for the whole list to expect no path" : ""));
            return null;
        }
        return wrong[0] ? null : levers;
    }

    private interface IdExpectation {
        Expectation of(int line, String id);
    }

    private void ids(Node value, String path, String what, IdExpectation expectation) {
        String section = path.substring("expect.".length());
        in.list(value, path, "a list of " + what, (item, itemPath) -> {
            String id = in.nonBlankText(item, itemPath);
            if (id != null && remember(section, id, item, itemPath)) {
                expectations.add(expectation.of(item.line(), id));
            }
        });
    }

    /** Notes where {@code id} is expected; false (after reporting) when the list already has it. */
    private boolean remember(String section, String id, Node at, String path) {
        Map<String, Node> places = seen.computeIfAbsent(section, k -> new LinkedHashMap<>());
        Node earlier = places.putIfAbsent(id, at);
        if (earlier != null) {
            in.problem(at, path, id + " is listed twice; it was already given at line " + earlier.line());
            return false;
        }
        return true;
    }

    private void contradictions(String expected, String notExpected) {
        Map<String, Node> yes = seen.getOrDefault(expected, Map.of());
        seen.getOrDefault(notExpected, Map.of()).forEach((id, at) -> {
            if (yes.containsKey(id)) {
                in.problem(at, "expect." + notExpected, id + " is also in " + expected + " (line "
                        + yes.get(id).line() + "); a scenario cannot expect both");
            }
        });
    }
}
