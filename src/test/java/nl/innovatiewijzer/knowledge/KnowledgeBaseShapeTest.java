package nl.innovatiewijzer.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.innovatiewijzer.RuleInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The knowledge base is laid out as advisers expect: a file per factor, each with the same kinds of rules. */
class KnowledgeBaseShapeTest {

    private static Set<RuleInfo> rules;

    @BeforeAll
    static void readTheKnowledgeBase() {
        rules = Fired.inKnowledgeBase();
    }

    @Test
    void theKnowledgeBaseLoadsWithoutWarnings() {
        assertEquals(List.of(), Fired.knowledgeBase().warnings());
    }

    @Test
    void everyRuleFileHasItsTextsFileBesideIt() {
        Set<String> files = rules.stream().map(RuleInfo::file).collect(Collectors.toCollection(TreeSet::new));

        for (String file : files) {
            Path texts = Path.of(file.replaceFirst("\\.drl$", ".yaml"));
            assertTrue(Files.isRegularFile(texts), file + " has no texts file " + texts);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"})
    void everyFactorFileGradesAllThreeStatusesAsksForMissingFactsAndRecommendsActions(String factor) {
        List<RuleText> inFile = rules.stream()
                .filter(r -> r.file().startsWith("rules/f" + factor.substring(1) + "-"))
                .map(RuleText::of).toList();

        Set<String> statuses = inFile.stream().map(RuleText::status).filter(s -> s != null).collect(Collectors.toSet());
        List<RuleText> recommending = inFile.stream().filter(r -> r.rule().action() != null).toList();
        long actions = recommending.stream().map(r -> r.rule().action()).distinct().count();
        long asking = inFile.stream().filter(r -> r.rule().missing() != null).count();
        assertEquals(Set.of("STRONG", "ATTENTION", "RISK"), statuses);
        assertTrue(recommending.size() >= 6, factor + " has " + recommending.size() + " recommending rules");
        assertTrue(actions >= 4, factor + " has " + actions + " distinct actions");
        assertTrue(asking >= 1, factor + " asks for no missing fact");
        assertTrue(inFile.stream().allMatch(r -> factor.equals(r.rule().factor())), "every rule in the file is " + factor);
    }

    @Test
    void theCombinationsReasonAcrossFactorsInAtLeastFiveRules() {
        List<RuleInfo> combinations = rules.stream().filter(r -> r.file().equals("rules/combinations.drl")).toList();

        assertTrue(combinations.size() >= 5, "only " + combinations.size() + " combination rules");
        assertTrue(combinations.stream().allMatch(r -> r.factor() != null && r.action() != null),
                "every combination recommends an action for the factor it strengthens");
    }

    @Test
    void everyActionIdStartsWithTheFactorItStrengthens() {
        List<String> misnamed = rules.stream().filter(r -> r.action() != null)
                .filter(r -> !r.action().startsWith(r.factor() + "-"))
                .map(r -> r.name() + " -> " + r.action()).toList();

        assertEquals(List.of(), misnamed);
    }

    @Test
    void everyRuleExplainsWhichFindingItEncodesAndSaysOneThing() {
        List<String> unexplained = rules.stream().map(RuleText::of)
                .filter(r -> r.comment().isBlank() || r.consequenceStatements() != 1)
                .map(r -> r.rule().name() + " (" + r.rule().file() + ":" + r.rule().line() + ")").sorted().toList();

        assertEquals(List.of(), unexplained, "each rule has a // comment above it and a one-statement consequence");
    }
}
