package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.KnowledgeBaseException;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.facts.WorkingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge check through the library: {@link Advisor#warnings()} runs it, {@link Advisor#assess} never does. */
class KnowledgeCheckLibraryTest {

    private static final String STRONG_AND_WEAK = """
            rule "Short cycles"
                @factor("F4") @finding("F4-short")
            when
                WorkingMethod( cycleLengthWeeks <= 4 )
            then
                advice.rate(Status.STRONG);
            end

            rule "Cycles of two weeks or more"
                @factor("F4") @finding("F4-two-weeks")
            when
                WorkingMethod( cycleLengthWeeks >= 2 )
            then
                advice.rate(Status.ATTENTION);
            end
            """;

    private static final String TEXTS = """
            findings:
              F4-short: {nl: "Korte cycli.", en: "Short cycles."}
              F4-two-weeks: {nl: "Cycli van twee weken of meer.", en: "Cycles of two weeks or more."}
            """;

    @TempDir
    Path dir;

    @Test
    void warningsThrowTheErrorsOfTheKnowledgeCheckWithTheRuleAndTheProject() {
        Advisor advisor = Advisor.fromDirectory(RulesFolder.in(dir).drl("f4.drl", STRONG_AND_WEAK).write("f4.yaml", TEXTS).path());

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, advisor::warnings);

        assertEquals(List.of(dir + "/f4.drl:12: rule \"Short cycles\" rates F4 STRONG while rule \"Cycles of two weeks or "
                + "more\" (" + dir + "/f4.drl:20) rates it ATTENTION, for a project with workingMethod.cycleLengthWeeks: 4; "
                + "the report would show the strong finding under ATTENTION. Add the opposite of the condition of "
                + "\"Cycles of two weeks or more\" to this rule, so that it does not fire when that one does"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void anAdvisorWhoseRulesFailTheKnowledgeCheckStillAssesses() {
        Advisor advisor = Advisor.fromDirectory(RulesFolder.in(dir).drl("f4.drl", STRONG_AND_WEAK).write("f4.yaml", TEXTS).path());

        ProjectFacts facts = ProjectFacts.builder("Proef").workingMethod(new WorkingMethod(3, null, null, null, null)).build();

        assertEquals(Status.ATTENTION, advisor.assess(facts).status("F4"));
    }

    @Test
    void theExamplesBesideTheRulesFolderAreNamedByTheirFile() {
        RulesFolder rules = RulesFolder.in(dir.resolve("rules")).drl("f4.drl", STRONG_AND_WEAK).write("f4.yaml", TEXTS)
                .write("../facts/drie-weken.yaml", """
                        project: {name: Drie weken}
                        workingMethod: {cycleLengthWeeks: 3}
                        """);

        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class,
                () -> Advisor.fromDirectory(rules.path()).warnings());

        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).message().contains(", for " + dir + "/facts/drie-weken.yaml; "),
                e.problems().get(0).message());
    }
}
