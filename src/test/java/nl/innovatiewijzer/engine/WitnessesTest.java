package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.RuleInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Projects made from rules' conditions: the reasoning the knowledge check starts from. */
class WitnessesTest {

    private static RuleFiles shipped;
    private static CompiledKnowledge knowledge;
    private static Witnesses witnesses;

    @BeforeAll
    static void compileTheShippedRules() {
        shipped = RuleFiles.fromDirectory(Path.of("rules"));
        knowledge = KnowledgeBaseCompiler.compile(shipped, CompileCache.none());
        witnesses = new Witnesses(TrialValues.of(shipped.files()));
    }

    @Test
    void everyShippedRuleFiresOnAProjectMadeFromItsOwnConditions() {
        Map<String, RuleConditions> conditions = RuleConditions.of(shipped.files(), Limits.read(shipped.files(), new java.util.ArrayList<>()));
        List<String> silent = new ArrayList<>();

        for (RuleInfo rule : knowledge.allRules()) {
            if (rule.plans()) {
                continue; // a plan rule matches what the advice said, which the plan's own tests make
            }
            if (witnesses.of(List.of(conditions.get(rule.name())), 3).stream().noneMatch(p -> fires(rule.name(), p))) {
                silent.add(rule.name() + " (" + rule.file() + ":" + rule.line() + ")");
            }
        }

        assertEquals(List.of(), silent);
    }

    @Test
    void theProjectMadeFromTwoRulesHasOnlyTheFactsTheirConditionsName() {
        RuleConditions strong = conditions("""
                rule "Short cycles"
                when
                    WorkingMethod( cycleLengthWeeks <= 4, plannedSteps >= 3, stepsHaveGoals == true )
                then
                end
                """);
        RuleConditions weak = conditions("""
                rule "Too few steps"
                when
                    WorkingMethod( plannedSteps != null, plannedSteps < 5 )
                then
                end
                """);

        List<ProjectDraft> projects = witnesses.of(List.of(strong, weak), 3);

        assertEquals("workingMethod.cycleLengthWeeks: 4, workingMethod.plannedSteps: 3, workingMethod.stepsHaveGoals: true",
                projects.get(0).describe());
    }

    @Test
    void notOfAListItemAsksEveryItemToFailIt() {
        RuleConditions onlyTechnology = conditions("""
                rule "No supplier brings knowledge"
                when
                    exists Supplier()
                    not Supplier( bringsKnowledge != false )
                then
                end
                """);

        List<ProjectDraft> projects = witnesses.of(List.of(onlyTechnology), 3);

        assertEquals("market.suppliers: [{size: small, bringsKnowledge: false}]", projects.get(0).describe());
    }

    @Test
    void notOfSeveralConditionsIsMetByFailingAnyOneOfThem() {
        RuleConditions dataScience = conditions("""
                rule "Data-driven work has a data scientist, or is not data-driven"
                when
                    not ( Project( dataDriven != false ) and not TeamMember( role == Role.DATA_SCIENTIST ) )
                then
                end
                """);

        List<String> projects = witnesses.of(List.of(dataScience), 3).stream().map(ProjectDraft::describe).toList();

        assertEquals(List.of("project.dataDriven: false", "team.members: [{role: dataScientist}]"), projects);
    }

    @Test
    void conditionsThatContradictEachOtherMakeNoProject() {
        RuleConditions contradiction = conditions("""
                rule "Short and long at once"
                when
                    WorkingMethod( cycleLengthWeeks <= 4 )
                    WorkingMethod( cycleLengthWeeks > 12 )
                then
                end
                """);

        assertEquals(List.of(), witnesses.of(List.of(contradiction), 3));
    }

    @Test
    void theGeneratedProjectsAreTheSameEveryTime() {
        TrialValues values = TrialValues.of(shipped.files());

        assertEquals(GeneratedProjects.make(50, values), GeneratedProjects.make(50, values));
    }

    private static boolean fires(String rule, ProjectDraft project) {
        return AssessmentRun.run(knowledge, project.facts()).firings().stream().anyMatch(f -> f.rule().name().equals(rule));
    }

    private static RuleConditions conditions(String rule) {
        SourceFile file = new SourceFile("test.drl", "rules/test.drl",
                (RulesFolder.HEADER + "\n" + rule).getBytes(StandardCharsets.UTF_8));
        return RuleConditions.of(List.of(file), Limits.none()).values().iterator().next();
    }
}
