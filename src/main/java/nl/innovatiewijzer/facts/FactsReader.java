package nl.innovatiewijzer.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.Problem;

/**
 * Reads a facts file (YAML or JSON, by its extension) into the fact records, strictly: every
 * problem in the file is reported at once, each with line, column and field path.
 */
public final class FactsReader {

    private FactsReader() {
    }

    /** True for the extensions a facts file may have: .yaml, .yml, .json. */
    public static boolean isFactsFile(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /**
     * Reads {@code file} into a record of type {@code root}, whose components are the sections.
     *
     * @throws InvalidFactsException listing every problem, when the file breaks the contract
     */
    public static <R extends Record> R read(Path file, Class<R> root) {
        String name = file.toString();
        if (!isFactsFile(file)) {
            throw new InvalidFactsException(List.of(Problem.inFile(name,
                    "a facts file ends in .yaml, .yml or .json")));
        }
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidFactsException(List.of(Problem.inFile(name, "is a folder, not a facts file")));
            }
            long size = Files.size(file);
            if (size > DocumentParser.MAX_BYTES) {
                throw new InvalidFactsException(List.of(Problem.inFile(name, "the file has " + size
                        + " bytes; a facts file may have at most " + DocumentParser.MAX_BYTES + " bytes")));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidFactsException(List.of(Problem.inFile(name, "no such file")));
        } catch (IOException e) {
            throw new InvalidFactsException(List.of(Problem.inFile(name, "cannot be read: " + e.getMessage())));
        }
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
        return read(name, bytes, json, root);
    }

    /** Reads facts from bytes; {@code name} is used in messages. */
    public static <R extends Record> R read(String name, byte[] bytes, boolean json, Class<R> root) {
        List<Problem> problems = new ArrayList<>();
        Node document = DocumentParser.parse(name, bytes, json, problems);
        if (document == null) {
            throw new InvalidFactsException(problems);
        }
        return bind(name, document, root, problems);
    }

    /**
     * Reads facts from a part of a larger document, such as the {@code facts:} of a scenario file,
     * so that problems point at lines of that document; {@code name} is the document's file.
     *
     * @throws InvalidFactsException listing every problem, when the facts break the contract
     */
    public static <R extends Record> R read(String name, Node facts, Class<R> root) {
        return bind(name, facts, root, new ArrayList<>());
    }

    private static <R extends Record> R bind(String name, Node document, Class<R> root, List<Problem> problems) {
        boolean parsedCleanly = problems.isEmpty();
        RecordBinder binder = new RecordBinder(name, problems);
        R facts;
        try {
            facts = binder.bindRecord(root, document, "");
        } catch (InvalidFactsException refused) {
            // the facts check their limits when they are made; each problem is placed at its line here.
            // A value the parser refused is absent from the records; "required" would only repeat that.
            facts = null;
            if (parsedCleanly) {
                for (Problem violation : refused.problems()) {
                    problems.add(locate(name, violation, binder.places()));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new InvalidFactsException(problems);
        }
        return facts;
    }

    /** Places a violation at its field, or at the nearest enclosing field the file has. */
    private static Problem locate(String file, Problem violation, Map<String, Node> places) {
        String path = violation.field();
        while (!path.isEmpty() && !places.containsKey(path)) {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut < 0 ? "" : path.substring(0, cut);
        }
        Node node = places.get(path);
        return new Problem(file, node == null ? 0 : node.line(), node == null ? 0 : node.column(),
                violation.field(), violation.message());
    }
}
