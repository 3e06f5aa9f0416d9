package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Improvement;
import nl.innovatiewijzer.ImprovementPath;
import nl.innovatiewijzer.KnowledgeBaseException;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.SideEffect;
import nl.innovatiewijzer.facts.Learning;
import nl.innovatiewijzer.facts.WorkingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The levers of a knowledge base: read and checked like every texts file, and what a path they make says. */
class LeversTest {

    /** Short cycles make F4 strong, but bring in a review and leave no time for learning (F9), for this test. */
    private static final String RULES = """
            rule "Short cycles"
                @factor("F4") @finding("T-short")
            when
                WorkingMethod( cycleLengthWeeks != null, cycleLengthWeeks <= shortCycleWeeks )
            then
                advice.rate(Status.STRONG);
            end

            rule "Long cycles"
                @factor("F4") @finding("T-long")
            when
                WorkingMethod( cycleLengthWeeks != null, cycleLengthWeeks > shortCycleWeeks )
            then
                advice.rate(Status.ATTENTION);
            end

            rule "Lessons written down"
                @factor("F9") @finding("T-lessons")
            when
                Learning( lessonsDocumented == true )
                not WorkingMethod( cycleLengthWeeks != null, cycleLengthWeeks <= shortCycleWeeks )
            then
                advice.rate(Status.STRONG);
            end

            rule "Short cycles leave no time to write lessons down"
                @factor("F9") @finding("T-no-time")
            when
                WorkingMethod( cycleLengthWeeks != null, cycleLengthWeeks <= shortCycleWeeks )
            then
                advice.rate(Status.ATTENTION);
            end

            rule "Short cycles call for a review"
                @obligation("review")
            when
                WorkingMethod( cycleLengthWeeks != null, cycleLengthWeeks <= shortCycleWeeks )
            then
                advice.oblige(ObligationState.TODO);
            end
            """;

    private static final String TEXTS = """
            findings:
              T-short: {nl: Korte cycli., en: Short cycles.}
              T-long: {nl: Lange cycli., en: Long cycles.}
              T-lessons: {nl: Lessen opgeschreven., en: Lessons written down.}
              T-no-time: {nl: Geen tijd voor lessen., en: No time for lessons.}
            obligations:
              review: {nl: Een review, en: A review}
            limits:
              shortCycleWeeks: {value: 4, unit: weeks, nl: Kort., en: Short.}
            """;

    private static final String SHORTEN = """
            levers:
              F4-shorten-cycles:
                field: workingMethod.cycleLengthWeeks
                atMost: shortCycleWeeks
                effort: medium
                nl: "Werk in cycli van hooguit {shortCycleWeeks} weken."
                en: "Work in cycles of {shortCycleWeeks} weeks at most."
            """;

    @TempDir
    Path dir;

    private List<String> problemsOf(String levers) {
        RulesFolder rules = RulesFolder.in(dir).write("texts.yaml", TEXTS).drl("rules.drl", RULES).write("levers.yaml", levers);
        KnowledgeBaseException e = assertThrows(KnowledgeBaseException.class, () -> Advisor.fromDirectory(rules.path()));
        return e.problems().stream().map(Problem::toString).map(shown -> shown.replace(dir + "/", "")).toList();
    }

    private static ProjectFacts sixWeekCycles() {
        return ProjectFacts.builder("Cycles").workingMethod(new WorkingMethod(6, null, null, null, null))
                .learning(new Learning(null, true, null)).build();
    }

    @Test
    void aPathThatWeakensAFactorAndBringsInADutySaysSo() {
        Advisor advisor = Advisor.fromDirectory(RulesFolder.in(dir).write("texts.yaml", TEXTS).drl("rules.drl", RULES)
                .write("levers.yaml", SHORTEN).path());

        Improvement f4 = advisor.improvements(sixWeekCycles(), Language.EN).stream()
                .filter(improvement -> improvement.target().equals("F4")).findFirst().orElseThrow();

        ImprovementPath path = f4.paths().get(0);
        assertEquals("Work in cycles of 4 weeks at most.", path.changes().get(0).text());
        assertEquals(List.of(new SideEffect("F9", "A learning approach", "STRONG", "ATTENTION"),
                new SideEffect("review", "A review", null, "TODO")), path.sideEffects());
    }

    @Test
    void aLeverOnThePhaseIsRefused() {
        assertEquals(List.of("levers.yaml:3:12: levers.F4-later.field: project.phase is what the project is, not what it "
                        + "does: a lever never changes the project's name, municipality, domain, phase or description. "
                        + "Name a fact the project can change"),
                problemsOf(SHORTEN.replace("F4-shorten-cycles:", "F4-later:")
                        .replace("workingMethod.cycleLengthWeeks", "project.phase").replace("atMost: shortCycleWeeks", "set: pilot")));
    }

    @Test
    void aMistypedFieldIsNamedWithTheFieldMeant() {
        assertEquals(List.of("levers.yaml:3:12: levers.F4-shorten-cycles.field: unknown field \"workingMethod.cycleLengthWeek\"; "
                        + "name a fact as a facts file writes its path, such as workingMethod.cycleLengthWeeks; did you mean "
                        + "workingMethod.cycleLengthWeeks?"),
                problemsOf(SHORTEN.replace("field: workingMethod.cycleLengthWeeks", "field: workingMethod.cycleLengthWeek")));
    }

    @Test
    void aMistypedLimitIsNamedWithTheLimitMeant() {
        assertEquals(List.of("levers.yaml:4:13: levers.F4-shorten-cycles.atMost: unknown limit \"shortCycleWeek\"; give a "
                        + "number or the name of a limit (shortCycleWeeks); did you mean shortCycleWeeks?"),
                problemsOf(SHORTEN.replace("atMost: shortCycleWeeks", "atMost: shortCycleWeek")));
    }

    @Test
    void anUnknownEffortListsTheEffortsAllowed() {
        assertEquals(List.of("levers.yaml:5:13: levers.F4-shorten-cycles.effort: unknown effort \"mediun\"; expected one of "
                        + "small, medium, large; did you mean medium?"),
                problemsOf(SHORTEN.replace("effort: medium", "effort: mediun")));
    }

    @Test
    void aLeverWithoutAChangeSaysWhichChangesThereAre() {
        assertEquals(List.of("levers.yaml:3:5: levers.F4-shorten-cycles: no change; give one of set: (a value), atLeast: "
                        + "or atMost: (a number or a limit), add: (a value for a list)"),
                problemsOf(SHORTEN.replace("    atMost: shortCycleWeeks\n", "")));
    }

    @Test
    void aValueTheFieldCannotHoldIsRefused() {
        assertEquals(List.of("levers.yaml:4:10: levers.F4-shorten-cycles.add: add is for a list, and "
                        + "workingMethod.cycleLengthWeeks holds a number; use set: to give it a value"),
                problemsOf(SHORTEN.replace("atMost: shortCycleWeeks", "add: 4")));
    }

    @Test
    void aLeverWithoutItsEnglishTextIsRefused() {
        List<String> problems = problemsOf(SHORTEN.replace("    en: \"Work in cycles of {shortCycleWeeks} weeks at most.\"\n", ""));

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("levers.yaml:3:5: levers.F4-shorten-cycles.en: required, but absent: add en: with what the project does, in "
                + "English; every text is written in nl and en", problems.get(0));
    }
}
