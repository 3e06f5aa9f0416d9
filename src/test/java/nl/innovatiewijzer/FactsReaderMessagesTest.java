package nl.innovatiewijzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.innovatiewijzer.facts.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line prints for the files of the malformed corpus that a tester made, and how
 * a YAML value that YAML 1.1 reads as another type is read: one problem, one message, at its line,
 * with what the file holds shown and not obeyed.
 */
class FactsReaderMessagesTest {

    private static final Path CORPUS = Path.of("src/test/resources/malformed");

    @TempDir
    Path dir;

    /** The lines the command line prints for a file of the corpus, named by its file name. */
    private static List<String> printed(String name) {
        return printed(CORPUS.resolve(name), name);
    }

    private static List<String> printed(Path file, String name) {
        return assertThrows(InvalidFactsException.class, () -> ProjectFacts.read(file, name)).problems().stream()
                .map(Problem::toString).toList();
    }

    private static List<String> printedForYaml(String yaml) {
        return assertThrows(InvalidFactsException.class, () -> ProjectFacts.fromYaml("p.yaml", yaml)).problems().stream()
                .map(Problem::toString).toList();
    }

    @Test
    void escapeSequencesAndDirectionCharactersInAValueAreShownAsEscapesNotObeyed() {
        assertEquals(List.of("control-characters.yaml:3:11: project.domain: unknown value "
                        + "\"\\u001B]0;owned\\u0007\\u001B[2J\\u202Elaicos\"; expected one of physical, social, safety, operations",
                        "control-characters.yaml:4:3: project.\\u202Eytilapicinum: unknown field; expected one of name, "
                                + "municipality, domain, phase, dataDriven, processesPersonalData, description"),
                printed("control-characters.yaml"));
        assertEquals(List.of("control-characters.json:1:62: project.domain: unknown value \"\\u001B[2J\\u202Elaicos\"; "
                + "expected one of physical, social, safety, operations"), printed("control-characters.json"));
    }

    @Test
    void aRawControlCharacterIsRefusedAtItsLineAndShownAsAnEscape() {
        assertEquals(List.of("raw-control-characters.yaml:3:16: not valid YAML: the control character U+001B is not "
                + "allowed in a YAML file"), printed("raw-control-characters.yaml"));
        assertEquals(List.of("raw-direction-characters.yaml:3:11: project.domain: unknown value \"\\u202Elaicos\\u202C\"; "
                + "expected one of physical, social, safety, operations"), printed("raw-direction-characters.yaml"));
    }

    @Test
    void nestingPastTheLimitIsRefusedAtTheLineWhereItPassesIt() {
        assertEquals(List.of("nesting-past-the-limit.yaml:3:51: the document nests deeper than 40 levels"),
                printed("nesting-past-the-limit.yaml"));
        assertEquals(List.of("nesting-past-the-limit.json:3:54: the document nests deeper than 40 levels"),
                printed("nesting-past-the-limit.json"));
    }

    @Test
    void aNumberWithTooManyDigitsIsRefusedForItsLengthAtItsLine() throws IOException {
        Path huge = dir.resolve("huge-number.json");
        Files.writeString(huge, "{\"project\": {\"name\": \"x\"},\n \"budget\": {\"experimentEuro\": " + "9".repeat(900_000) + "}}");

        assertEquals(List.of("huge-number.json:2: the number has more than 100 digits; a facts file needs far fewer"),
                printed(huge, "huge-number.json"));
        assertEquals(List.of("long-number.json:2: the number has more than 100 digits; a facts file needs far fewer"),
                printed("long-number.json"));
        assertEquals(List.of("long-number.yaml:3:19: the number has more than 100 digits; a facts file needs far fewer"),
                printed("long-number.yaml"));
    }

    @Test
    void aFieldThatExpectsTextKeepsAnUnquotedValueAsWritten() {
        for (String written : List.of("On", "no", "yes", "off", "010", "1_000", "0x1F", ".inf", "true", "12.50", "1:30",
                "2024-01-01")) {
            ProjectFacts facts = ProjectFacts.fromYaml("p.yaml", "project:\n  name: " + written + "\n");

            assertEquals(written, facts.project().name());
        }
    }

    @Test
    void aTildeIsNullAlsoWhereTextIsExpected() {
        ProjectFacts facts = ProjectFacts.fromYaml("p.yaml", "project:\n  name: x\n  municipality: ~\n");

        assertNull(facts.project().municipality());
    }

    @Test
    void aJsonNumberIsNoTextSinceJsonWritesTextInQuotes() {
        InvalidFactsException e = assertThrows(InvalidFactsException.class,
                () -> ProjectFacts.fromJson("p.json", "{\"project\": {\"name\": \"x\", \"municipality\": 5}}"));

        assertEquals("p.json:1:43: project.municipality: expected text, found the number 5", e.getMessage());
    }

    @Test
    void aValueRefusedForItsKindIsNotAlsoReportedAbsent() {
        assertEquals(List.of("name-not-text.yaml:2:9: project.name: expected text, found a list"),
                printed("name-not-text.yaml"));
    }

    @Test
    void aNumberWithALeadingZeroIsRefusedWithTheNumberToWriteNotReadAsOctal() {
        assertEquals(List.of("leading-zero.yaml:3:21: workingMethod.cycleLengthWeeks: a number does not start with 0; write 10",
                        "leading-zero.yaml:4:17: workingMethod.plannedSteps: a number does not start with 0; write -7",
                        "leading-zero.yaml:6:19: budget.experimentEuro: a number does not start with 0; write 800.50"),
                printed("leading-zero.yaml"));
    }

    @Test
    void hexOctalSeparatedAndSexagesimalNumbersOfYaml11AreNoNumbers() {
        assertEquals(List.of("yaml-1.1-numbers.yaml:3:21: workingMethod.cycleLengthWeeks: expected a whole number, found the text \"0x1F\"",
                        "yaml-1.1-numbers.yaml:4:17: workingMethod.plannedSteps: expected a whole number, found the text \"1_000\"",
                        "yaml-1.1-numbers.yaml:6:24: network.departmentsInvolved: expected a whole number, found the text \"1:30\"",
                        "yaml-1.1-numbers.yaml:8:17: projectLeader.hoursPerWeek: expected a whole number, found the text \"0o17\""),
                printed("yaml-1.1-numbers.yaml"));
    }

    @Test
    void onlyTrueAndFalseAreBooleansAndAnotherYesOrNoIsToldHowToWriteIt() {
        assertEquals(List.of("yes-and-no-as-booleans.yaml:3:15: project.dataDriven: expected true or false, found the text \"yes\"; write true",
                        "yes-and-no-as-booleans.yaml:4:26: project.processesPersonalData: expected true or false, found the text \"Off\"; write false",
                        "yes-and-no-as-booleans.yaml:6:13: projectLeader.assigned: expected true or false, found the text \"True\"; write true",
                        "yes-and-no-as-booleans.yaml:7:20: projectLeader.mandateToDecide: expected true or false, found the text \"n\"; write false"),
                printed("yes-and-no-as-booleans.yaml"));
    }

    @Test
    void anAliasToATextOrAMappingReadsAsTheValueOfItsAnchor() {
        ProjectFacts facts = ProjectFacts.fromYaml("p.yaml", """
                project:
                  name: &naam Dordrecht
                  municipality: *naam
                  phase: &fase pilot
                endUsers: {involvedSincePhase: *fase}
                """);

        assertEquals("Dordrecht", facts.project().municipality());
        assertEquals(Phase.PILOT, facts.endUsers().involvedSincePhase());
    }

    @Test
    void aValueAnAliasRepeatsIsRefusedAtTheAlias() {
        assertEquals(List.of("p.yaml:4:17: workingMethod.plannedSteps: expected a whole number, found the text \"Delft\""),
                printedForYaml("""
                        project: {name: x, municipality: &plaats Delft}
                        workingMethod:
                          cycleLengthWeeks: 2
                          plannedSteps: *plaats
                        """));
    }

    @Test
    void anAliasThatCannotBeReadSaysWhy() {
        assertEquals(List.of("unknown-alias.yaml:3:17: the alias *nergens names no anchor before it; write &nergens "
                + "on the value first, or write the value here"), printed("unknown-alias.yaml"));
        assertEquals(List.of("alias-as-key.yaml:3:3: the alias *veld stands where a key belongs; write the key itself"),
                printed("alias-as-key.yaml"));
        assertEquals(List.of("alias-inside-its-anchor.yaml:4:20: the alias *leden stands inside the value it names; "
                + "a value cannot hold itself"), printed("alias-inside-its-anchor.yaml"));
        assertEquals(List.of("merge-key.yaml:4:3: team: the merge key << is not supported; write the fields out"),
                printed("merge-key.yaml"));
    }

    @Test
    void aLineSeparatorInsideQuotedTextIsKeptAndMovesNoLineAfterIt() {
        assertEquals(List.of("line-separator-in-text.yaml:4:10: project.phase: unknown value \"pilott\"; expected one "
                + "of idea, experiment, pilot, implementation, scaling; did you mean pilot?"), printed("line-separator-in-text.yaml"));
        ProjectFacts facts = ProjectFacts.fromYaml("p.yaml", "project:\n  name: \"a\u2028b\"\n");
        assertEquals("a\u2028b", facts.project().name());
    }

    @Test
    void aLineSeparatorOutsideQuotesIsNamedAsTheCauseAtItsLine() {
        assertEquals(List.of("line-separator-unquoted.yaml:2:16: not valid YAML: while scanning a simple key: could "
                        + "not find expected ':'; the line holds the separator U+2028, which YAML reads as a line break "
                        + "(put the text in quotes, or leave it out)"),
                printed("line-separator-unquoted.yaml"));
    }

    @Test
    void aLongValueIsShortenedInTheMessage() {
        String value = "x".repeat(1000);

        assertEquals(List.of("p.yaml:1:28: project.domain: unknown value \"" + "x".repeat(60) + "...\" (1000 characters); "
                + "expected one of physical, social, safety, operations"),
                printedForYaml("project: {name: x, domain: " + value + "}\n"));
    }

    @Test
    void aMistypedValueGetsTheValueThatWasMeant() {
        assertEquals(List.of("p.yaml:1:27: project.phase: unknown value \"pilott\"; expected one of idea, experiment, "
                        + "pilot, implementation, scaling; did you mean pilot?"),
                printedForYaml("project: {name: x, phase: pilott}\n"));
    }

    @Test
    void aDateIsWrittenAsTheContractWritesItAndIsADayOfTheCalendar() {
        assertEquals(List.of("p.yaml:2:20: assessment.date: expected a date written as YYYY-MM-DD, such as 2026-12-01, "
                        + "found the text \"1 juni 2026\""),
                printedForYaml("project: {name: x}\nassessment: {date: 1 juni 2026}\n"));
        assertEquals(List.of("p.yaml:2:20: assessment.date: \"2026-02-30\" is no day of the calendar; write a date that "
                        + "exists, as YYYY-MM-DD"),
                printedForYaml("project: {name: x}\nassessment: {date: 2026-02-30}\n"));
    }
}
