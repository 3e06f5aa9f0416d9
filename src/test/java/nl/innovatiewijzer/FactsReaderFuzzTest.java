package nl.innovatiewijzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of the valid example files, with a fixed seed so that a failure can be
 * replayed: the reader either reads the file or throws its documented exception, never anything else.
 */
class FactsReaderFuzzTest {

    private static final long SEED = 20_211_126L;
    private static final int ITERATIONS = 4_000;
    private static final String[] TOKENS = {":", "-", "[", "]", "{", "}", ",", "&a", "*a", "!!str", "!x", "'", "\"",
            "\t", "null", "~", "1e400", "-1", "yes", "0x1F", "\n", "\n  ", "? ", "|", ">", "%YAML 1.1\n", "---", "...",
            "\u00e9", "\ud83d\ude00", "\u0000", "999999999999", "true", "[]", "{}", "#"};

    @Test
    void mutatedFactsFilesGiveAnAssessmentOrTheDocumentedErrorNeverACrash() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            examples = files.filter(FactsReader::isFactsFile).sorted().toList();
        }
        assertTrue(!examples.isEmpty(), "the examples in facts/ are the seeds");
        Random random = new Random(SEED);
        int refused = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            Path example = examples.get(random.nextInt(examples.size()));
            String mutated = mutate(Files.readString(example), random);
            boolean json = example.toString().endsWith(".json");
            String name = "mutation-" + i + (json ? ".json" : ".yaml");
            try {
                FactsReader.read(name, mutated.getBytes(StandardCharsets.UTF_8), json);
            } catch (InvalidFactsException e) {
                refused++;
                for (Problem problem : e.problems()) {
                    assertEquals(name, problem.file(), () -> "mutation " + e.getMessage() + "\n" + mutated);
                }
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("iteration " + i + " (seed " + SEED + ") threw " + e + " for:\n" + mutated, e);
            }
        }
        assertTrue(refused > ITERATIONS / 4, "the mutations are meant to break files; only " + refused + " were refused");
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && out.length() > 0; m++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(6)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> out.setLength(at);
                case 3 -> {
                    List<String> lines = new ArrayList<>(out.toString().lines().toList());
                    int line = random.nextInt(lines.size());
                    lines.add(random.nextInt(lines.size() + 1), lines.get(line));
                    out.setLength(0);
                    out.append(String.join("\n", lines));
                }
                case 4 -> out.replace(at, Math.min(out.length(), at + 1 + random.nextInt(8)), TOKENS[random.nextInt(TOKENS.length)]);
                default -> out.insert(at, (char) random.nextInt(0x3000));
            }
        }
        return out.toString();
    }
}
