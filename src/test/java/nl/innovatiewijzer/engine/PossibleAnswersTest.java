package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.facts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers the question order tries come from the rules: both sides of every threshold a rule
 * compares a fact with, every value of a fixed list that a rule tells apart, none and some of a
 * list; they follow the limits an adviser changes, and come back from the compile cache.
 */
class PossibleAnswersTest {

    @TempDir
    Path dir;

    private static final DroolsKnowledgeBase SHIPPED = DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(Path.of("rules")));

    @Test
    void aNumberIsTriedOnEachSideOfTheThresholdsTheRulesCompareItWith() {
        // F4: a cycle of at most shortCycleWeeks (4) is short, of more than longCycleWeeks (12) very long
        assertEquals(List.of(1, 5, 13), SHIPPED.answers().of("workingMethod.cycleLengthWeeks"));
    }

    @Test
    void yesAndNoAreBothTriedAndEveryValueOfAFixedList() {
        assertEquals(List.of(true, false), SHIPPED.answers().of("projectLeader.assigned"));
        assertEquals(5, SHIPPED.answers().of("project.phase").size());
    }

    @Test
    void aListOfItemsIsTriedEmptyWithOneItemOfEachKindTheRulesTellApartAndWithAllOfThem() {
        List<Object> teams = SHIPPED.answers().of("team.members");

        assertEquals(List.of(), teams.get(0));
        assertTrue(teams.contains(List.of(Map.of("role", Role.DATA_SCIENTIST))), teams.toString());
        assertTrue(teams.size() - 2 < Role.values().length, "roles no rule tells apart are tried once: " + teams);
        assertEquals(teams.size() - 2, ((List<?>) teams.get(teams.size() - 1)).size(), "the last team has one of each");
    }

    @Test
    void aFactNoRuleAsksForHasNoAnswersToTry() {
        assertEquals(List.of(), SHIPPED.answers().of("project.name"));
    }

    @Test
    void changingALimitChangesTheNumbersTried() throws IOException {
        DroolsKnowledgeBase changed = DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(
                shippedRulesWith("shortCycleWeeks", 4, 6)));

        assertEquals(List.of(1, 7, 13), changed.answers().of("workingMethod.cycleLengthWeeks"));
    }

    @Test
    void theAnswersComeBackFromTheCompileCache() {
        Path cache = dir.resolve("cache");
        DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(Path.of("rules")), CompileCache.in(cache));

        DroolsKnowledgeBase cached = DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(Path.of("rules")), CompileCache.in(cache));

        assertTrue(cached.loadedFromCache());
        assertEquals(SHIPPED.answers().of("workingMethod.cycleLengthWeeks"), cached.answers().of("workingMethod.cycleLengthWeeks"));
        assertEquals(SHIPPED.answers().of("team.members"), cached.answers().of("team.members"));
        assertFalse(cached.answers().of("dataUse.dpiaCriteria").isEmpty());
    }

    /** A copy of the shipped rules/, with one limit's value changed in rules/limits.yaml. */
    private Path shippedRulesWith(String limit, int from, int to) throws IOException {
        return RulesFolder.shippedWithLimit(dir, limit, from, to);
    }
}
