package nl.innovatiewijzer.scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.document.DocumentFile;
import nl.innovatiewijzer.document.DocumentParser;
import nl.innovatiewijzer.document.DocumentProblem;
import nl.innovatiewijzer.document.Node;
import nl.innovatiewijzer.document.TreeReader;

/**
 * Reads a scenario file strictly, like a facts file: unknown fields, values of the wrong kind and
 * unknown statuses are all reported at once, each with file, line, column and field. Inline
 * {@code facts:} are read by the facts reader, so their problems point at lines of the scenario
 * file; a {@code factsFile:} is read relative to the scenario file's folder, and its facts may be
 * changed with {@code changes:} (see {@link FactChanges}).
 */
public final class ScenarioReader {

    static final List<String> FIELDS = List.of("name", "description", "language", "facts", "factsFile", FactChanges.FIELD, "expect");
    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 5000;

    private final ScenarioFile file;
    private final TreeReader in;
    private String name;
    private String description;
    private Language language = Language.NL;
    private ProjectFacts facts;
    private Node.Entry factsGiven;
    /** The facts file named, once it has been read without a problem. */
    private ScenarioFile factsFile;
    private Node.Entry changes;
    private List<Expectation> expectations;

    private ScenarioReader(ScenarioFile file) {
        this.file = file;
        this.in = new TreeReader(file.shown(), new ArrayList<>());
    }

    /**
     * Reads the scenario in {@code file}.
     *
     * @throws InvalidScenarioException listing every problem, with file, line, column and field
     */
    public static Scenario read(ScenarioFile file) {
        return new ScenarioReader(file).read();
    }

    private Scenario read() {
        Node document = parse();
        Node.MapNode root = document == null ? null : in.fields(document, "", FIELDS, this::field);
        if (root != null) {
            required(root);
        }
        if (changes != null) {
            change();
        }
        if (!in.problems().isEmpty()) {
            throw new InvalidScenarioException(in.problems().stream().map(Problem::of).toList());
        }
        return new Scenario(file.shown(), name, description, language, facts, expectations);
    }

    private Node parse() {
        String shown = file.shown();
        String lower = shown.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
            in.problems().add(DocumentProblem.inFile(shown, "a scenario file is YAML and ends in .scenario.yaml"));
            return null;
        }
        byte[] bytes;
        try {
            bytes = DocumentFile.read(file.path(), DocumentParser.MAX_BYTES, "a scenario file");
        } catch (DocumentFile.Refused e) {
            in.problems().add(DocumentProblem.inFile(shown, e.getMessage()));
            return null;
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            in.problems().add(DocumentProblem.inFile(shown, "the file is empty; a scenario needs a name, facts and expect"));
            return null;
        }
        return DocumentParser.parse(shown, bytes, false, in.problems());
    }

    private void field(Node.Entry entry) {
        Node value = entry.value();
        switch (entry.key()) {
            case "name" -> name = in.nonBlankText(value, "name", MAX_NAME);
            case "description" -> description = TreeReader.isNull(value) ? null
                    : in.nonBlankText(value, "description", MAX_DESCRIPTION);
            case "language" -> language(value);
            case "facts", "factsFile" -> facts(entry);
            case FactChanges.FIELD -> changes = entry;
            case "expect" -> expectations = ExpectationReader.read(value, in);
            default -> { } // only the known fields are handed over
        }
    }

    private void required(Node.MapNode root) {
        in.required(root, "", "name", "say in a sentence what the scenario shows");
        if (!root.entries().containsKey("factsFile")) {
            in.required(root, "", "facts", "give the facts inline under facts:, or name a facts file with factsFile:");
        }
        in.required(root, "", "expect", "say what the assessment must show");
    }

    private void language(Node value) {
        String code = in.nonBlankText(value, "language");
        if (code != null) {
            try {
                language = Language.of(code);
            } catch (IllegalArgumentException e) {
                in.problem(value, "language", e.getMessage());
            }
        }
    }

    private void facts(Node.Entry entry) {
        if (factsGiven != null) {
            in.problem(entry, entry.key(), "give the facts once: facts: (inline) or factsFile: (a facts file), "
                    + "not both; " + factsGiven.key() + " is given at line " + factsGiven.line());
            return;
        }
        factsGiven = entry;
        try {
            if (entry.key().equals("facts")) {
                facts = ProjectFacts.read(file.shown(), entry.value());
            } else {
                factsFile(entry);
            }
        } catch (InvalidFactsException e) {
            for (Problem problem : e.problems()) {
                in.problems().add(entry.key().equals("facts") ? underFacts(problem) : documentProblem(problem, problem.field()));
            }
        }
    }

    private void factsFile(Node.Entry entry) {
        String reference = in.nonBlankText(entry.value(), "factsFile");
        if (reference == null) {
            return;
        }
        ScenarioFile factsFile;
        try {
            factsFile = file.sibling(reference);
        } catch (InvalidPathException e) {
            in.problem(entry.value(), "factsFile", "not a path: " + e.getReason());
            return;
        }
        if (Files.notExists(factsFile.path(), LinkOption.NOFOLLOW_LINKS)) {
            in.problem(entry.value(), "factsFile", "no such facts file: " + factsFile.shown()
                    + " (a factsFile is read relative to the folder of the scenario file)");
            return;
        }
        String unreadable = DocumentFile.whyNotReadable(factsFile.path());
        if (unreadable != null) {
            // said at the line that names it; a FIFO is not opened, which would wait for a writer
            in.problem(entry.value(), "factsFile", factsFile.shown() + ": " + unreadable);
            return;
        }
        if (!ProjectFacts.isFactsFile(factsFile.path())) {
            in.problem(entry.value(), "factsFile", "a facts file ends in .yaml, .yml or .json");
            return;
        }
        try {
            facts = ProjectFacts.read(factsFile.path(), factsFile.shown());
            this.factsFile = factsFile;
        } catch (InvalidFactsException e) {
            in.problem(entry.value(), "factsFile", factsFile.shown() + " does not follow the facts contract:");
            throw e;
        }
    }

    /**
     * Makes the {@code changes:} to the facts of the facts file: its facts read again as a tree,
     * the changes set into it, and the whole read as facts, so that a changed value is held to the
     * facts contract as it would be in the file, and a problem with it points at the scenario.
     */
    private void change() {
        if (factsGiven == null || !factsGiven.key().equals("factsFile")) {
            in.problem(changes, FactChanges.FIELD, "changes apply to the facts of a facts file; name it with "
                    + "factsFile:, or write the facts as they must be under facts:");
            return;
        }
        FactChanges read = FactChanges.read(changes.value(), in);
        if (read == null || factsFile == null) {
            return; // the problems are reported: of the changes above, of the facts file where it is named
        }
        Node base = factsTree(factsFile);
        if (base == null) {
            return;
        }
        try {
            facts = ProjectFacts.read(file.shown(), read.applyTo(base));
        } catch (InvalidFactsException e) {
            e.problems().forEach(problem -> in.problems().add(read.place(problem)));
        }
    }

    /** The tree of a facts file that has just been read without a problem; null after reporting why not. */
    private Node factsTree(ScenarioFile factsFile) {
        List<DocumentProblem> problems = new ArrayList<>();
        Node tree = null;
        try {
            byte[] bytes = DocumentFile.read(factsFile.path(), DocumentParser.MAX_BYTES, "a facts file");
            tree = DocumentParser.parse(factsFile.shown(), bytes,
                    factsFile.shown().toLowerCase(Locale.ROOT).endsWith(".json"), problems);
        } catch (DocumentFile.Refused e) {
            problems.add(DocumentProblem.inFile(factsFile.shown(), e.getMessage()));
        }
        if (tree == null || !problems.isEmpty()) {
            // it changed on disk since it was read a moment ago
            in.problems().addAll(problems);
            return null;
        }
        return tree;
    }

    /** A problem of inline facts, with its field path as the scenario file spells it. */
    private static DocumentProblem underFacts(Problem problem) {
        return documentProblem(problem, problem.field().isEmpty() ? "facts" : "facts." + problem.field());
    }

    /** A problem the facts reader found, among the problems of the scenario file, in the order they are found. */
    private static DocumentProblem documentProblem(Problem problem, String field) {
        return new DocumentProblem(problem.file(), problem.line(), problem.column(), field, problem.message());
    }
}
