package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A property of the shipped knowledge base, tried on generated projects from a fixed seed: making
 * one fact better never turns a factor that was judged into UNKNOWN. A factor is judged on what is
 * known; answering a question well, or improving what was weak, cannot take that judgement away.
 */
class BetterFactsKeepFactorsJudgedTest {

    /** Enough projects to reach the corners between the rules, few enough for the build. */
    private static final int PROJECTS = 2_000;

    private static DroolsKnowledgeBase rules;
    private static TrialValues values;

    @BeforeAll
    static void compileTheShippedRules() {
        rules = DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(Path.of("rules")));
        values = TrialValues.of(RuleFiles.fromDirectory(Path.of("rules")).files());
    }

    @Test
    void makingOneFactBetterNeverTurnsAJudgedFactorIntoUnknown() {
        BetterFacts better = new BetterFacts(values);
        Map<String, String> firstCase = new TreeMap<>(); // factor and field -> the first project that shows it
        Map<String, Integer> cases = new TreeMap<>();
        int changes = 0;
        int failing = 0;

        for (ProjectDraft project : GeneratedProjects.make(PROJECTS, values)) {
            List<FactorResult> before = statuses(project);
            if (before == null) {
                continue;
            }
            for (BetterFacts.Change change : better.of(project)) {
                List<FactorResult> after = statuses(change.project());
                if (after == null) {
                    continue;
                }
                changes++;
                boolean failed = false;
                for (int i = 0; i < before.size(); i++) {
                    if (before.get(i).status() != Status.UNKNOWN && after.get(i).status() == Status.UNKNOWN) {
                        String key = before.get(i).id() + " " + change.change().substring(0, change.change().indexOf(':'));
                        cases.merge(key, 1, Integer::sum);
                        firstCase.putIfAbsent(key, before.get(i).status() + " -> UNKNOWN, " + change.change()
                                + ", on " + TrialProject.describe(project));
                        failed = true;
                    }
                }
                if (failed) {
                    failing++;
                }
            }
        }

        List<String> shown = new ArrayList<>();
        firstCase.forEach((key, example) -> shown.add(key + " (" + cases.get(key) + "x): " + example));
        assertTrue(changes > 50_000, "the generated projects give many changes to try: " + changes);
        assertEquals(List.of(), shown, failing + " of " + changes + " better changes turn a judged factor into UNKNOWN");
    }

    /** The factors of a project, or null when its facts break the contract's bounds. */
    private static List<FactorResult> statuses(ProjectDraft project) {
        TrialProject made = TrialProject.made(project);
        if (made == null) {
            return null;
        }
        ProjectFacts facts = made.facts();
        // the statuses alone: the order of the open questions is not what this property is about
        Assessment assessment = rules.judge(facts, Language.NL);
        return assessment.factors();
    }
}
