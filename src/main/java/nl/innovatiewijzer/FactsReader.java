package nl.innovatiewijzer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.innovatiewijzer.document.DocumentFile;
import nl.innovatiewijzer.document.DocumentParser;
import nl.innovatiewijzer.document.DocumentProblem;
import nl.innovatiewijzer.document.Node;
import nl.innovatiewijzer.document.RecordBinder;

/**
 * Reads a facts file (YAML or JSON, by its extension) into the fact records, strictly: every
 * problem in the file is reported at once, each with line, column and field path.
 */
final class FactsReader {

    private FactsReader() {
    }

    /** True for the extensions a facts file may have: .yaml, .yml, .json. */
    static boolean isFactsFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /**
     * Reads {@code file} into facts.
     *
     * @throws InvalidFactsException listing every problem, when the file breaks the contract
     */
    static ProjectFacts read(Path file, String name) {
        if (!isFactsFile(file)) {
            throw new InvalidFactsException(List.of(Problem.inFile(name,
                    "a facts file ends in .yaml, .yml or .json")));
        }
        byte[] bytes;
        try {
            bytes = DocumentFile.read(file, DocumentParser.MAX_BYTES, "a facts file");
        } catch (DocumentFile.Refused e) {
            throw new InvalidFactsException(List.of(Problem.inFile(name, e.getMessage())));
        }
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
        return read(name, bytes, json);
    }

    /** Reads facts from bytes; {@code name} is used in messages. */
    static ProjectFacts read(String name, byte[] bytes, boolean json) {
        List<DocumentProblem> problems = new ArrayList<>();
        Node document = DocumentParser.parse(name, bytes, json, problems);
        if (document == null) {
            throw invalid(problems);
        }
        return bind(name, document, problems);
    }

    /**
     * Reads facts from a part of a larger document, such as the {@code facts:} of a scenario file,
     * so that problems point at lines of that document; {@code name} is the document's file.
     *
     * @throws InvalidFactsException listing every problem, when the facts break the contract
     */
    static ProjectFacts read(String name, Node facts) {
        return bind(name, facts, new ArrayList<>());
    }

    private static ProjectFacts bind(String name, Node document, List<DocumentProblem> problems) {
        RecordBinder binder = new RecordBinder(name, problems);
        ProjectFacts facts;
        try {
            facts = binder.bindRecord(ProjectFacts.class, document, "");
        } catch (InvalidFactsException refused) {
            // the facts check their limits when they are made; each problem is placed at its line here.
            // A value the file gives but that was refused is absent from the records: one problem, one message.
            facts = null;
            for (Problem violation : refused.problems()) {
                if (!binder.refused().contains(violation.field())) {
                    problems.add(locate(name, violation, binder.places()));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(DocumentProblem::line).thenComparingInt(DocumentProblem::column));
            throw invalid(problems);
        }
        return facts;
    }

    /** Places a violation at its field, or at the nearest enclosing field the file has. */
    private static DocumentProblem locate(String file, Problem violation, Map<String, Node> places) {
        String path = violation.field();
        while (!path.isEmpty() && !places.containsKey(path)) {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut < 0 ? "" : path.substring(0, cut);
        }
        Node node = places.get(path);
        return new DocumentProblem(file, node == null ? 0 : node.line(), node == null ? 0 : node.column(),
                violation.field(), violation.message());
    }

    /** The library's exception for the problems the document reader found. */
    static InvalidFactsException invalid(List<DocumentProblem> problems) {
        return new InvalidFactsException(problems.stream().map(Problem::of).toList());
    }
}
