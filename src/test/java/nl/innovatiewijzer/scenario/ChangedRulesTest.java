package nl.innovatiewijzer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.RulesOnDisk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shipped scenario run against a copy of the shipped rules that an adviser changed. */
class ChangedRulesTest {

    private static final Path SHIPPED_RULES = Path.of("rules");
    private static final Path WITHOUT_LEADER = Path.of("scenarios/slimme-afvalinzameling-without-leader.scenario.yaml");
    private static final String ACTION = "F1-appoint-leader";
    private static final Pattern RULE = Pattern.compile("(?ms)^rule\\s+\".*?^end\\b");

    @TempDir
    Path rules;

    private Scenario scenario;

    @BeforeEach
    void copyTheShippedRules() throws IOException {
        try (Stream<Path> files = Files.walk(SHIPPED_RULES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = rules.resolve(SHIPPED_RULES.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        scenario = ScenarioReader.read(ScenarioFile.of(WITHOUT_LEADER));
        assertTrue(ScenarioCheck.run(RulesOnDisk.advisor(), scenario).passed(),
                "the scenario holds for the rules the copy is made of");
    }

    @Test
    void removingTheRuleThatRecommendsAnActionFailsTheScenarioThatExpectsIt() throws IOException {
        changeRulesWithTheAction(rule -> "");

        ScenarioResult result = ScenarioCheck.run(Advisor.fromDirectory(rules), scenario);

        assertEquals(List.of(new Difference(lineExpecting(ACTION), "recommendation " + ACTION, "recommended with priority HIGH",
                        "not recommended", "no rule in the knowledge base has @action(\"" + ACTION + "\")")),
                result.differences());
    }

    @Test
    void loweringThePriorityOfARuleFailsTheScenarioAndNamesTheRuleThatFired() throws IOException {
        changeRulesWithTheAction(rule -> rule.replace("Priority.HIGH", "Priority.LOW"));
        Advisor changed = Advisor.fromDirectory(rules);
        RuleInfo recommender = changed.rules().stream().filter(r -> ACTION.equals(r.action())).findFirst().orElseThrow();

        ScenarioResult result = ScenarioCheck.run(changed, scenario);

        Difference difference = result.differences().get(0);
        assertEquals("priority HIGH", difference.expected());
        assertEquals("priority LOW, because projectLeader.assigned = false", difference.got());
        assertEquals("fired: " + RuleTrace.describe(recommender), difference.rules());
    }

    private int lineExpecting(String action) {
        return scenario.expectations().stream()
                .filter(e -> e instanceof Expectation.Recommended r && r.action().equals(action))
                .findFirst().orElseThrow().line();
    }

    /** Rewrites every rule that carries the action, in every rule file of the copy. */
    private void changeRulesWithTheAction(UnaryOperator<String> change) throws IOException {
        int changed = 0;
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                String drl = Files.readString(file, StandardCharsets.UTF_8);
                StringBuilder result = new StringBuilder();
                Matcher rule = RULE.matcher(drl);
                while (rule.find()) {
                    boolean carries = rule.group().contains("@action(\"" + ACTION + "\")");
                    String replacement = carries ? change.apply(rule.group()) : rule.group();
                    changed += carries && !replacement.equals(rule.group()) ? 1 : 0;
                    rule.appendReplacement(result, Matcher.quoteReplacement(replacement));
                }
                rule.appendTail(result);
                Files.writeString(file, result, StandardCharsets.UTF_8);
            }
        }
        assertNotEquals(0, changed, "a shipped rule carries @action(\"" + ACTION + "\")");
    }
}
