package nl.innovatiewijzer.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.RuleInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build fails when a rule in {@code rules/} is never fired by the tests: a new rule needs a
 * case in {@link RuleCases}, a project it fires on and a near miss.
 */
class RuleCoverageTest {

    private static Set<RuleInfo> knowledgeBase;
    private static Set<String> ruleNames;

    @BeforeAll
    static void readTheKnowledgeBase() {
        knowledgeBase = Fired.inKnowledgeBase();
        ruleNames = knowledgeBase.stream().map(RuleInfo::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyRuleIsFiredByTheTestCases() {
        Advisor advisor = Fired.knowledgeBase();
        Set<String> fired = new TreeSet<>();
        for (RuleCase rule : RuleCases.all()) {
            fired.addAll(Fired.rules(advisor.assess(rule.fires().facts())));
        }

        Set<String> neverFired = new TreeSet<>(ruleNames);
        neverFired.removeAll(fired);
        assertTrue(neverFired.isEmpty(), () -> "rules that no test fires; add a case for each to RuleCases:\n  "
                + neverFired.stream().map(this::where).collect(Collectors.joining("\n  ")));
    }

    @Test
    void everyRuleHasACaseOfItsOwnWithANearMiss() {
        Set<String> withCase = RuleCases.all().stream().map(RuleCase::rule).collect(Collectors.toSet());

        Set<String> withoutCase = new TreeSet<>(ruleNames);
        withoutCase.removeAll(withCase);
        assertTrue(withoutCase.isEmpty(), () -> "rules without a case in RuleCases:\n  "
                + withoutCase.stream().map(this::where).collect(Collectors.joining("\n  ")));
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
