package nl.innovatiewijzer.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.scenario.Scenario;
import nl.innovatiewijzer.scenario.ScenarioFile;
import nl.innovatiewijzer.scenario.ScenarioFiles;
import nl.innovatiewijzer.scenario.ScenarioReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build fails when a rule in {@code rules/} is never fired: a rule is covered by a scenario in
 * {@code scenarios/} in which it fires, which an adviser writes without Java (docs/scenarios.md),
 * or by a case in {@link RuleCases}, a project it fires on and a near miss.
 */
class RuleCoverageTest {

    private static final Path SCENARIOS = Path.of("scenarios");
    private static final String HOW = "write a scenario in scenarios/ in which it fires (see docs/scenarios.md), "
            + "or add a case to RuleCases";

    private static Set<RuleInfo> knowledgeBase;
    private static Set<String> ruleNames;
    private static Set<String> firedByScenarios;

    @BeforeAll
    static void readTheKnowledgeBase() {
        knowledgeBase = Fired.inKnowledgeBase();
        ruleNames = knowledgeBase.stream().map(RuleInfo::name).collect(Collectors.toCollection(TreeSet::new));
        Advisor advisor = Fired.knowledgeBase();
        firedByScenarios = new TreeSet<>();
        for (ScenarioFile file : ScenarioFiles.find(List.of(SCENARIOS))) {
            Scenario scenario = ScenarioReader.read(file);
            firedByScenarios.addAll(Fired.rules(advisor.assess(scenario.facts(), scenario.language())));
        }
    }

    @Test
    void everyRuleFiresInAScenarioOrATestCase() {
        Advisor advisor = Fired.knowledgeBase();
        Set<String> fired = new TreeSet<>(firedByScenarios);
        for (RuleCase rule : RuleCases.all()) {
            fired.addAll(Fired.rules(advisor.assess(rule.fires().facts())));
        }

        Set<String> neverFired = new TreeSet<>(ruleNames);
        neverFired.removeAll(fired);
        assertTrue(neverFired.isEmpty(), () -> "rules that no scenario and no test case makes fire; for each, " + HOW
                + ":\n  " + neverFired.stream().map(this::where).collect(Collectors.joining("\n  ")));
    }

    @Test
    void everyRuleWithoutAScenarioThatFiresItHasACaseOfItsOwnWithANearMiss() {
        Set<String> withCase = RuleCases.all().stream().map(RuleCase::rule).collect(Collectors.toSet());

        Set<String> uncovered = new TreeSet<>(ruleNames);
        uncovered.removeAll(withCase);
        uncovered.removeAll(firedByScenarios);
        assertTrue(uncovered.isEmpty(), () -> "rules that fire in no scenario and have no case in RuleCases; for each, "
                + HOW + ":\n  " + uncovered.stream().map(this::where).collect(Collectors.joining("\n  ")));
    }

    @Test
    void everyCaseNamesARuleOfTheKnowledgeBaseOnce() {
        Set<String> unknown = RuleCases.all().stream().map(RuleCase::rule)
                .filter(name -> !ruleNames.contains(name)).collect(Collectors.toCollection(TreeSet::new));

        assertTrue(unknown.isEmpty(), () -> "cases for rules that do not exist (renamed?): " + unknown);
        assertEquals(RuleCases.all().size(), RuleCases.all().stream().map(RuleCase::rule).distinct().count(),
                "each rule has one case");
    }

    private String where(String rule) {
        return knowledgeBase.stream().filter(r -> r.name().equals(rule)).findFirst()
                .map(r -> "\"" + rule + "\" (" + r.file() + ":" + r.line() + ")").orElse(rule);
    }
}
