package nl.innovatiewijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A name from a facts file can hold a terminal escape sequence, a bell, a character that turns the
 * text around or a bare address: no report for readers carries one raw or makes a link of it, and
 * the JSON, which is data, escapes its control characters and reads back as the name itself.
 */
class HiddenCharactersInEveryRendererTest {

    /** Sets the terminal's title, clears the screen, rings the bell and shows "exe.txt" as "txt.exe". */
    private static final String HOSTILE = "Pilot\u001B]0;owned\u0007\u001B[2J \u202Eexe.txt\u202C \u2066x\u2069\u0085";

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReportFormat.class)
    void noReportCarriesAControlOrDirectionCharacterFromTheFacts(ReportFormat format) {
        Renderer renderer = format.renderer();

        String all = renderer.all(Portfolio.of(List.of(Examples.everywhere(HOSTILE), Examples.pilot(HOSTILE))));

        for (char hidden : new char[] {'\u001B', '\u0007', '\u202E', '\u202C', '\u2066', '\u2069', '\u0085'}) {
            assertFalse(all.indexOf(hidden) >= 0, format + " carries U+" + Integer.toHexString(hidden) + ": " + all);
        }
    }

    @Test
    void theTextReportShowsEachHiddenCharacterAsAnEscape() {
        String report = ReportFormat.TEXT.renderer().assessment(Examples.pilot(HOSTILE));

        assertEquals("Advies van de Innovatiewijzer: Pilot\\u001B]0;owned\\u0007\\u001B[2J \\u202Eexe.txt\\u202C "
                + "\\u2066x\\u2069\\u0085", report.lines().findFirst().orElseThrow());
    }

    @Test
    void theMarkdownReportShowsEachHiddenCharacterAsAnEscape() {
        String report = ReportFormat.MARKDOWN.renderer().assessment(Examples.pilot("Pilot \u202Eexe.txt"));

        assertTrue(report.startsWith("# Advies van de Innovatiewijzer: Pilot \\\\u202Eexe.txt\n"), report);
    }

    @Test
    void theHtmlReportShowsEachHiddenCharacterAsAnEscape() {
        String page = ReportFormat.HTML.renderer().assessment(Examples.pilot("Pilot \u202Eexe.txt\u0007"));

        assertTrue(page.contains("<h1>Advies van de Innovatiewijzer: Pilot \\u202Eexe.txt\\u0007</h1>"), page);
    }

    @Test
    void theJsonReportCarriesNoRawEscapeOrBellAndReadsBackAsTheName() throws Exception {
        String json = ReportFormat.JSON.renderer().assessment(Examples.pilot(HOSTILE));

        assertFalse(json.contains("\u001B") || json.contains("\u0007") || json.contains("\u202E"), json);
        assertEquals(HOSTILE, new ObjectMapper().readTree(json).get("project").get("name").asText());
    }

    @Test
    void aBareAddressInANameIsNoLinkInMarkdown() {
        assertEquals("Zie https\\://evil.example/login of www\\.evil.example", MarkdownText.escape(
                "Zie https://evil.example/login of www.evil.example"));
        assertEquals("ftp\\://x.nl WWW\\.X.NL", MarkdownText.escape("ftp://x.nl WWW.X.NL"));
    }

    @Test
    void anAddressInANameOfAReportReadsAsTextInMarkdown() {
        String report = ReportFormat.MARKDOWN.renderer().assessment(Examples.pilot("Portaal https://gemeente.nl"));

        assertTrue(report.startsWith("# Advies van de Innovatiewijzer: Portaal https\\://gemeente.nl\n"), report);
    }
}
