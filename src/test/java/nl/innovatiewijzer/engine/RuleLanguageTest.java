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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files are held to the language advisers write; whatever else a file says is refused at its line. */
class RuleLanguageTest {

    private static final Pattern EXPECTATION = Pattern.compile("// refused at (\\d+): (.+)");
    private static final String NOTE = "findings:\n  F1-note: {nl: Een notitie., en: A note.}\n";


    @TempDir
    Path dir;

    /**
     * Each file in the corpus of hostile rule files says in its first line where it is refused and
     * with what words: {@code // refused at 16: found 'System'}.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRuleFiles")
    void aHostileRuleFileIsRefusedAtItsLineBeforeAnythingRuns(String name) throws IOException {
        Path hostile = Path.of("src/test/resources/hostile-rules", name);
        Matcher expected = EXPECTATION.matcher(Files.readString(hostile).lines().findFirst().orElse(""));
        assertTrue(expected.matches(), name + " starts with // refused at LINE: WORDS");
        Path marker = dir.resolve("constructed.txt");
        MarkerWritingAccumulate.marker = marker;
        RulesFolder rules = RulesFolder.in(dir).write("f1.yaml", NOTE).write("f1.drl", Files.readString(hostile));

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));

        Problem problem = e.problems().get(0);
        assertEquals(dir + "/f1.drl", problem.file(), e.getMessage());
        assertEquals(Integer.parseInt(expected.group(1)), problem.line(), e.getMessage());
        assertTrue(problem.message().contains(expected.group(2)), e.getMessage());
        assertFalse(Files.exists(marker), "the rule file made Drools construct a class");
    }

    static Stream<String> hostileRuleFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/hostile-rules"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void anImportFromOutsideTheKnowledgeBaseIsRefused() {
        RulesFolder rules = RulesFolder.in(dir).write("f1.drl", RulesFolder.HEADER + "import java.io.File;\n");

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));

        assertEquals(dir + "/f1.drl:11:1: import java.io.File reaches outside the knowledge base; rules import "
                + "nl.innovatiewijzer.facts.*, nl.innovatiewijzer.Status, Priority and ObligationState",
                e.problems().get(0).toString());
    }

    @Test
    void aConditionOnAKnownFactWithTheAllowedOperatorsIsAccepted() {
        RulesFolder rules = RulesFolder.in(dir).write("f1.drl", RulesFolder.HEADER + """
                rule "Uses what the language has"
                    @factor("F1") @finding("F1-note")
                when
                    Project( domain in (Domain.SOCIAL, Domain.SAFETY), phase not in (Phase.IDEA), name != null )
                    $leader : ProjectLeader( skills != null, skills.size() >= 2, !skills.isEmpty(),
                                             skills not contains LeaderSkill.DATA_LITERACY, $skills : skills )
                    not TeamMember( role == Role.PRIVACY_OFFICER ) or exists ( Team( members != null ) )
                    not ( Budget( experimentEuro < 1000 ) and not Mandate( sponsor == Sponsor.ALDERMAN ) )
                then
                    advice.rate(Status.ATTENTION, $skills.size(), $skills, "text", 3, -1.5, true, null, Role.DATA_SCIENTIST);
                end
                """).write("f1.yaml", NOTE);

        assertEquals(1, Advisor.fromDirectory(rules.path()).knowledgeBase().rules());
    }

    @Test
    void aFunctionIsRefusedSoThatNoLogicHidesFromAdvisers() {
        RulesFolder rules = RulesFolder.in(dir).drl("f1.drl", """
                function int twice(int x) { return 2 * x; }
                """);

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));

        assertTrue(e.getMessage().contains("a function is not part of the rule language"), e.getMessage());
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
                    advice.rate(Status.ATTENTION, "System.exit(1)"); // while Runtime

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
