package nl.innovatiewijzer.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTextTest {

    @Test
    void terminalEscapeSequencesAreShownAsEscapesNotObeyed() {
        assertEquals("\\u001B]0;title\\u0007 \\u001B[2J", PrintableText.of("\u001B]0;title\u0007 \u001B[2J"));
    }

    @Test
    void lineBreaksTabsDeleteAndC1ControlsAreShownSoAMessageStaysOneLine() {
        assertEquals("a\\u000Ab\\u000Dc\\u0009d\\u007Fe\\u0085f\\u009Bg", PrintableText.of("a\nb\rc\td\u007Fe\u0085f\u009Bg"));
    }

    @Test
    void charactersThatTurnTheTextAroundOrSeparateLinesAreShown() {
        assertEquals("\\u202Etxt.exe \\u2066x\\u2069 \\u200E\\u200F\\u061C \\u2028\\u2029",
                PrintableText.of("\u202Etxt.exe \u2066x\u2069 \u200E\u200F\u061C \u2028\u2029"));
    }

    @Test
    void ordinaryTextInAnyScriptIsLeftAsItIs() {
        String text = "Caf\u00e9 \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \ud83d\ude00 a\\u001Bb";

        assertSame(text, PrintableText.of(text));
    }
}
