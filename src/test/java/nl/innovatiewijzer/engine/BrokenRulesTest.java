package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.KnowledgeBaseException;
import nl.innovatiewijzer.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mistakes advisers make in rule and texts files, one per file of the corpus in
 * {@code src/test/resources/broken-rules}, each told at its place, in the words of the rule
 * language, with what to write instead. A file says in its first line where its mistake is told
 * and how: {@code // error at 16:20: found the field ...}. Each is put beside a copy of the
 * shipped rules, as an adviser's new file would be, so that nothing but the mistake is told.
 */
class BrokenRulesTest {

    private static final Path CORPUS = Path.of("src/test/resources/broken-rules");
    private static final Pattern EXPECTATION = Pattern.compile("(?://|#) error at (\\d+):(\\d+): (.+)");
    /** Words of Drools' own messages, which an adviser cannot act on. */
    private static final List<String> DROOLS_WORDS = List.of("ERR", "no viable", "mismatched input", "strict-mode",
            "Unable to Analyse", "[Error", "java.lang");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aMistakeIsToldAtItsPlaceInTheAdvisersWords(String name) throws IOException {
        Path broken = CORPUS.resolve(name);
        Matcher expected = EXPECTATION.matcher(Files.readString(broken).lines().findFirst().orElse(""));
        assertTrue(expected.matches(), name + " starts with // error at LINE:COLUMN: MESSAGE");
        Path rules = shippedRulesWith(broken);

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules));

        List<String> told = shown(e);
        assertEquals("rules/new/" + name + ":" + expected.group(1) + ":" + expected.group(2) + ": " + expected.group(3),
                told.get(0));
        assertTrue(told.stream().allMatch(problem -> problem.startsWith("rules/new/" + name + ":")),
                "only the broken file is named: " + told);
        for (String word : DROOLS_WORDS) {
            assertTrue(told.stream().noneMatch(problem -> problem.contains(word)), word + " in " + told);
        }
    }

    static Stream<String> brokenFiles() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusHoldsAMistakeOfEveryKindAnAdviserWasSeenToMake() throws IOException {
        List<String> names = brokenFiles().toList();

        for (String mistake : List.of("missing-end.drl", "curly-quotes.drl", "misspelled-field.drl",
                "misspelled-enum-constant.drl", "finding-rule-that-recommends.drl", "fact-not-a-field.drl",
                "hash-in-a-text.yaml", "colon-in-a-text.yaml")) {
            assertTrue(names.contains(mistake), mistake);
        }
    }

    @Test
    void theMistakesOfEveryFileAreToldAtOnceInTheOrderOfTheFiles() throws IOException {
        Path rules = shippedRulesWith(CORPUS.resolve("missing-end.drl"), CORPUS.resolve("misspelled-advice-call.drl"),
                CORPUS.resolve("english-text-missing.yaml"), CORPUS.resolve("obligation-without-text.drl"));

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules));

        assertEquals(List.of(
                "rules/new/english-text-missing.yaml:4:5: findings.F4-cycles-noted.en: required, but absent: add en: "
                        + "with the English text; every text is written in nl and en",
                "rules/new/missing-end.drl:18:43: rule \"Cycles of more than six weeks\" (line 13) has no end; write end "
                        + "on its own line after its then-part",
                "rules/new/misspelled-advice-call.drl:18:12: found 'recomend'; the advice offers rate, recommend, missing, "
                        + "oblige and step; did you mean recommend?",
                "rules/new/obligation-without-text.drl:14:5: rule \"A DPIA for long cycles\" @obligation(\"dpai\") has no "
                        + "text; add it under obligations: in a texts file, in nl and en; did you mean dpia?"),
                shown(e));
    }

    @Test
    void aCurlyQuoteDoesNotHideTheOtherMistakesOfItsFile() throws IOException {
        Path rules = shippedRulesWith();
        Files.writeString(rules.resolve("new/curly.drl"), Files.readString(CORPUS.resolve("curly-quotes.drl"))
                .replace("WorkingMethod( cycleLengthWeeks > 6", "WorkingMethod( cycleLenghtWeeks > 6"));

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules));

        List<String> told = shown(e);
        assertEquals(2, told.size(), told::toString);
        assertTrue(told.get(0).startsWith("rules/new/curly.drl:14:13: found the curly quotes “F4”"), told::toString);
        assertTrue(told.get(1).startsWith("rules/new/curly.drl:16:20: found cycleLenghtWeeks: WorkingMethod has no such field"), told::toString);
    }

    @Test
    void aTextFileThatCannotBeReadLeavesTheRulesCheckedButTheirTextsNotAskedFor() throws IOException {
        Path rules = shippedRulesWith(CORPUS.resolve("colon-in-a-text.yaml"), CORPUS.resolve("misspelled-status.drl"));

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules));

        List<String> told = shown(e);
        assertEquals(2, told.size(), told::toString);
        assertTrue(told.get(0).startsWith("rules/new/colon-in-a-text.yaml:4:15: not valid YAML: the text holds ': '"), told::toString);
        assertTrue(told.get(1).startsWith("rules/new/misspelled-status.drl:18:24: found 'ATENTION'"), told::toString);
        assertFalse(told.toString().contains("has no text"), "a text may be in the file that could not be read");
    }

    /** A copy of the shipped rules, with {@code added} in a folder {@code new} that is read after them. */
    private Path shippedRulesWith(Path... added) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("new"));
        try (Stream<Path> shipped = Files.list(Path.of("rules"))) {
            for (Path file : shipped.toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        for (Path file : added) {
            Files.copy(file, rules.resolve("new").resolve(file.getFileName()));
        }
        return rules;
    }

    /** The problems as the command line prints them, the files named from the rules folder on. */
    private List<String> shown(KnowledgeBaseException e) {
        return e.problems().stream().map(Problem::toString).map(line -> line.replace(dir + "/", "")).toList();
    }
}
