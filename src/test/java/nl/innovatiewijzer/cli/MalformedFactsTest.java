package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in the corpus of malformed facts (src/test/resources/malformed, plus a few made here
 * that are too large or too binary to keep) is refused with exit code 2, the file named and the
 * problem located, and no stack trace.
 */
class MalformedFactsTest {

    private static final Pattern LOCATED = Pattern.compile("^.+?:\\d+(:\\d+)?: .+");

    @TempDir
    static Path made;

    @BeforeAll
    static void makeTheFilesThatAreNotKept() throws IOException {
        Files.write(made.resolve("binary.yaml"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        Files.write(made.resolve("latin1.yaml"), "project:\n  name: Caf\u00e9 de Gemeente\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(made.resolve("huge.yaml"), "project: {name: Groot}\n" + "# opvulling\n".repeat(100_000));
        Files.writeString(made.resolve("deep-nesting.yaml"), "project: {name: Diep}\nteam: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        Files.writeString(made.resolve("deep-nesting.json"), "{\"project\": {\"name\": \"Diep\"}, \"team\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
    }

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> kept = Files.list(Path.of("src/test/resources/malformed"));
             Stream<Path> generated = Files.list(made)) {
            return Stream.concat(kept.sorted().toList().stream(), generated.sorted().toList().stream());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(10)
    void theCommandLineRefusesItWithExitTwoTheFileNamedAndTheProblemLocated(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(new String[] {"assess", file.toString(), "--format", "json"}, new PrintWriter(out), new PrintWriter(err));

        assertEquals(ExitCode.BAD_INPUT, exit, err.toString());
        assertEquals("", out.toString(), "nothing is assessed");
        List<String> lines = err.toString().lines().toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertTrue(line.startsWith(file.toString() + ":"), line);
            assertFalse(line.contains("Exception") || line.startsWith("\tat "), "no stack trace: " + line);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(10)
    void theLibraryThrowsOnlyItsDocumentedExceptionWithEveryProblemPlaced(Path file) {
        try {
            ProjectFacts.read(file);
            throw new AssertionError("a malformed file was accepted: " + file);
        } catch (InvalidFactsException e) {
            for (Problem problem : e.problems()) {
                assertEquals(file.toString(), problem.file());
                assertFalse(problem.message().isBlank());
            }
            boolean wholeFileProblem = e.problems().stream().allMatch(p -> p.line() == 0);
            assertTrue(wholeFileProblem || e.problems().stream().allMatch(p -> LOCATED.matcher(p.toString()).matches()),
                    e.getMessage());
        }
    }
}
