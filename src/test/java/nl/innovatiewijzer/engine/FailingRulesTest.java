package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.RuleEngine;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.facts.Level;
import nl.innovatiewijzer.facts.Team;
import nl.innovatiewijzer.facts.WorkingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailingRulesTest {

    @TempDir
    Path dir;

    private static final String STATUS_RULE = """
            rule "Long cycles are a risk"
                @factor("F4") @finding("F4-long-cycles")
            when
                WorkingMethod( $weeks : cycleLengthWeeks != null, cycleLengthWeeks > 12 )
            then
                advice.rate(Status.RISK, $weeks);
            end
            """;

    private static final String TEXTS = """
            findings:
              F4-long-cycles: {nl: "Een werkcyclus duurt {0} weken.", en: "One work cycle takes {0} weeks."}
            """;

    /** A rule that keeps replacing the fact it matches: it fires again after every firing. */
    private static final String LOOPING_RULE = """
            rule "Keep changing the team's motivation"
                @factor("F1")
            when
                $team : Team( motivation == Level.HIGH )
            then
                modify($team) {};
            end
            """;

    private static final String THROWING_RULE = """
            rule "Divide by the number of members"
                @factor("F5")
            when
                Team( $members : members != null )
            then
                int perMember = 10 / $members.size();
            end
            """;

    private static ProjectFacts teamFacts(Level motivation, int members) {
        return ProjectFacts.builder("Proef")
                .team(new Team(java.util.Collections.nCopies(members,
                        new nl.innovatiewijzer.facts.TeamMember(nl.innovatiewijzer.facts.Role.OTHER, null, null)),
                        motivation, null))
                .workingMethod(new WorkingMethod(20, null, null, null, null))
                .build();
    }

    @Test
    void aRuleThatLoopsIsStoppedWithItsNameAndFile() {
        RuleEngine.KnowledgeBase advisor = unchecked(RulesFolder.in(dir).drl("f1-loop.drl", LOOPING_RULE)
                .drl("f4.drl", STATUS_RULE).write("f4.yaml", TEXTS).path());

        AssessmentException e = assertThrows(AssessmentException.class, () -> advisor.assess(teamFacts(Level.HIGH, 1), Language.NL));

        Problem problem = e.problems().get(0);
        assertEquals(dir + "/f1-loop.drl", problem.file());
        assertTrue(problem.message().contains("seem to loop"), problem.message());
        assertTrue(problem.message().contains("\"Keep changing the team's motivation\" (" + dir + "/f1-loop.drl, fired 20000 times)"),
                problem.message());
    }

    @Test
    void theAdvisorAssessesCorrectlyAfterARuleLooped() {
        RuleEngine.KnowledgeBase advisor = unchecked(RulesFolder.in(dir).drl("f1-loop.drl", LOOPING_RULE)
                .drl("f4.drl", STATUS_RULE).write("f4.yaml", TEXTS).path());
        assertThrows(AssessmentException.class, () -> advisor.assess(teamFacts(Level.HIGH, 1), Language.NL));

        var assessment = advisor.assess(teamFacts(Level.LOW, 1), Language.NL);

        assertEquals(Status.RISK, assessment.status("F4"));
        assertEquals(java.util.List.of("Een werkcyclus duurt 20 weken."), assessment.factor("F4").orElseThrow().findings());
    }

    @Test
    void aRuleThatThrowsIsNamedWithItsFileAndTheError() {
        RuleEngine.KnowledgeBase advisor = unchecked(RulesFolder.in(dir).drl("f5-divide.drl", THROWING_RULE)
                .drl("f4.drl", STATUS_RULE).write("f4.yaml", TEXTS).path());

        AssessmentException e = assertThrows(AssessmentException.class, () -> advisor.assess(teamFacts(Level.LOW, 0), Language.NL));

        assertEquals(dir + "/f5-divide.drl:12: rule \"Divide by the number of members\" failed: "
                + "ArithmeticException: / by zero", e.getMessage());
    }

    @Test
    void theAdvisorAssessesCorrectlyAfterARuleThrew() {
        RuleEngine.KnowledgeBase advisor = unchecked(RulesFolder.in(dir).drl("f5-divide.drl", THROWING_RULE)
                .drl("f4.drl", STATUS_RULE).write("f4.yaml", TEXTS).path());
        assertThrows(AssessmentException.class, () -> advisor.assess(teamFacts(Level.LOW, 0), Language.NL));

        assertEquals(Status.RISK, advisor.assess(teamFacts(Level.LOW, 2), Language.NL).status("F4"));
    }

    @Test
    void aRuleThatCallsAdviceWithoutItsMetadataIsNamed() {
        // refused when compiled with the check (see the broken-rules corpus); behind it, the run names the rule
        RuleEngine.KnowledgeBase advisor = unchecked(RulesFolder.in(dir).drl("f4.drl", """
                rule "Recommend without saying what"
                    @factor("F4")
                when
                    WorkingMethod()
                then
                    advice.recommend(Priority.LOW);
                end
                """).path());

        AssessmentException e = assertThrows(AssessmentException.class, () -> advisor.assess(teamFacts(Level.LOW, 1), Language.NL));

        assertTrue(e.getMessage().endsWith("rule \"Recommend without saying what\" failed: IllegalStateException: "
                + "rule \"Recommend without saying what\" calls advice.recommend(...) but has no @action(...)"), e.getMessage());
    }

    /** The rules in {@code folder} compiled past the check of the rule language, to test what stands behind it. */
    private static RuleEngine.KnowledgeBase unchecked(Path folder) {
        return DroolsKnowledgeBase.compileWithoutLanguageCheck(RuleFiles.fromDirectory(folder));
    }
}
