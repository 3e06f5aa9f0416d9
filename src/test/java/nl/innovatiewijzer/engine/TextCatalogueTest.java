package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.Problem;
import org.junit.jupiter.api.Test;

/** A texts file is read as strictly as a facts file, and its problems are worded and placed the same way. */
class TextCatalogueTest {

    private static List<String> problemsOf(String texts) {
        List<Problem> problems = new ArrayList<>();
        TextCatalogue.read(List.of(new SourceFile("t.yaml", "t.yaml", texts.getBytes(StandardCharsets.UTF_8))), problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void anUnknownSectionIsReportedAtItsKeyWithTheSectionsThatExist() {
        List<String> problems = problemsOf("finding:\n  F4-long-cycles: {nl: Lang, en: Long}\n");

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("t.yaml:1:1: finding: unknown section; expected one of factors, findings, "),
                problems.get(0));
    }

    @Test
    void aTextOfTheWrongKindSaysWhatWasExpectedAndWhatWasFound() {
        assertEquals(List.of("t.yaml:2:24: findings.F4-long-cycles.nl: expected text, found a list"),
                problemsOf("findings:\n  F4-long-cycles: {nl: [Lang], en: Long}\n"));
    }

    @Test
    void anUnknownPartAndAnAbsentPartAreEachReported() {
        assertEquals(List.of("t.yaml:3:24: actions.F4-shorten-cycles.nl.step: unknown part; expected one of title, action",
                        "t.yaml:3:9: actions.F4-shorten-cycles.nl.title: required, but absent"),
                problemsOf("""
                        actions:
                          F4-shorten-cycles:
                            nl: {action: Knip, step: Korter}
                            en: {title: Shorter, action: Cut}
                        """));
    }

    @Test
    void aMisspelledPartIsToldAsTheMisspellingItIsNotAlsoAsAbsent() {
        assertEquals(List.of("t.yaml:3:24: actions.F4-shorten-cycles.nl.titel: unknown part; expected one of title, action; "
                        + "did you mean title?"),
                problemsOf("""
                        actions:
                          F4-shorten-cycles:
                            nl: {action: Knip, titel: Korter}
                            en: {title: Shorter, action: Cut}
                        """));
    }

    @Test
    void anUnknownLanguageListsTheLanguagesThatExist() {
        assertEquals(List.of("t.yaml:2:40: findings.F4-long-cycles.de: unknown language; expected one of nl, en"),
                problemsOf("findings:\n  F4-long-cycles: {nl: Lang, en: Long, de: Lang}\n"));
    }

    @Test
    void aCommentAfterATextInQuotesLeavesTheTextWhole() {
        List<Problem> problems = new ArrayList<>();
        TextCatalogue texts = TextCatalogue.read(List.of(new SourceFile("t.yaml", "t.yaml", """
                findings:
                  F4-long-cycles:
                    nl: "Lang # te lang"  # checked in March
                    en: "Long # too long"
                """.getBytes(StandardCharsets.UTF_8))), problems);

        assertEquals(List.of(), problems);
        assertEquals("Lang # te lang", texts.text(TextKind.FINDINGS, "F4-long-cycles", nl.innovatiewijzer.Language.NL));
    }

    @Test
    void aCommentThatCutsATextWithoutQuotesShortIsAnError() {
        assertEquals(List.of("t.yaml:3:14: findings.F4-long-cycles.nl: the text stops at ' #': everything after it is read "
                        + "as a comment; put the whole text in double quotes: nl: \"Lang # te lang\""),
                problemsOf("findings:\n  F4-long-cycles:\n    nl: Lang # te lang\n    en: Long\n"));
    }
}
