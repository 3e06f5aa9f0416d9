package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.KnowledgeBaseException;
import nl.innovatiewijzer.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSandboxTest {

    @TempDir
    Path dir;

    private KnowledgeBaseException refused(String consequence) {
        RulesFolder rules = RulesFolder.in(dir).drl("f1-hostile.drl", """
                rule "A rule that reaches outside"
                    @factor("F1")
                when
                    $p : Project()
                then
                    %s
                end
                """.formatted(consequence));
        return assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "reading a file            | java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));",
            "starting a process        | Runtime.getRuntime().exec(\"rm -rf /\");",
            "stopping the application  | System.exit(1);",
            "reflection                | $p.getClass().getDeclaredMethods();",
            "loading a class           | Thread.currentThread().getContextClassLoader();",
            "opening a socket          | new java.net.Socket(\"localhost\", 80);",
            "a loop that never ends    | while (true) { }",
            "reaching into the engine  | drools.getKieRuntime().getKieBase();"})
    void aRuleThatReachesOutsideIsRefusedAtItsLine(String what, String consequence) {
        KnowledgeBaseException e = refused(consequence);

        Problem problem = e.problems().get(0);
        assertEquals(dir + "/f1-hostile.drl", problem.file());
        assertEquals(17, problem.line(), e.getMessage());
        assertTrue(problem.message().contains("not allowed") || problem.message().contains("reaches outside"),
                problem.message());
    }

    @Test
    void anImportFromOutsideTheKnowledgeBaseIsRefused() {
        RulesFolder rules = RulesFolder.in(dir).write("f1.drl", RulesFolder.HEADER + "import java.io.File;\n");

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));

        assertEquals(dir + "/f1.drl:11: import java.io.File reaches outside the knowledge base; rules import "
                + "nl.innovatiewijzer.facts.*, Status, Priority and ObligationState", e.problems().get(0).toString());
    }

    @Test
    void anAllowedImportFromJavaUtilIsAccepted() {
        RulesFolder rules = RulesFolder.in(dir).write("f1.drl", RulesFolder.HEADER + "import java.util.Set;\n" + """
                rule "Uses a set"
                    @factor("F1") @finding("F1-note")
                when
                    Project( domain in (Domain.SOCIAL, Domain.SAFETY) )
                then
                    advice.rate(Status.ATTENTION);
                end
                """).write("f1.yaml", "findings:\n  F1-note: {nl: Een notitie., en: A note.}\n");

        assertEquals(1, Advisor.fromDirectory(rules.path()).knowledgeBase().rules());
    }

    @Test
    void aFunctionIsRefusedSoThatNoLogicHidesFromAdvisers() {
        RulesFolder rules = RulesFolder.in(dir).drl("f1.drl", """
                function int twice(int x) { return 2 * x; }
                """);

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));

        assertTrue(e.getMessage().contains("functions are not allowed"), e.getMessage());
    }

    @Test
    void forbiddenWordsInCommentsAndTextsAreHarmless() {
        RulesFolder rules = RulesFolder.in(dir).drl("f1.drl", """
                // The System of the municipality: while the team is new, File everything.
                rule "A rule named after the Runtime of a Process"
                    @factor("F1") @finding("F1-note")
                when
                    Project( name != "System.exit(1)" )
                then
                    advice.rate(nl.innovatiewijzer.Status.ATTENTION);
                end
                """).write("f1.yaml", """
                findings:
                  F1-note: {nl: Een notitie., en: A note.}
                """);

        Advisor advisor = Advisor.fromDirectory(rules.path());

        assertEquals(1, advisor.knowledgeBase().rules());
    }

    @Test
    void aRulesFolderWrittenForTheRuleApisOldNameIsToldWhichLinesToChange() {
        String oldHeader = RulesFolder.HEADER.replace("nl.innovatiewijzer.rules.", "nl.innovatiewijzer.engine.");
        RulesFolder rules = RulesFolder.in(dir).write("f1.drl", oldHeader);

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));

        assertEquals(List.of(
                dir + "/f1.drl:7: import function nl.innovatiewijzer.engine.Because.fact is the rule API's old name; "
                        + "change this line to: import function nl.innovatiewijzer.rules.Because.fact;",
                dir + "/f1.drl:8: import function nl.innovatiewijzer.engine.Because.reason is the rule API's old name; "
                        + "change this line to: import function nl.innovatiewijzer.rules.Because.reason;",
                dir + "/f1.drl:10: global nl.innovatiewijzer.engine.Advice advice is the rule API's old name; "
                        + "change this line to: global nl.innovatiewijzer.rules.Advice advice;"),
                e.problems().stream().map(Problem::toString).toList());
    }
}
