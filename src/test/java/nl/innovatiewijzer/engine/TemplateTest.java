package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.facts.Involvement;
import org.junit.jupiter.api.Test;

class TemplateTest {

    @Test
    void placeholdersAreFilledWithTheValuesAsAFactsFileWritesThem() {
        Template template = Template.of("Een cyclus duurt {0} weken; eindgebruikers: {1}.");

        assertEquals("Een cyclus duurt 14 weken; eindgebruikers: coCreation.",
                template.fill(Language.NL, 14.0, Involvement.CO_CREATION));
    }

    @Test
    void aPlaceholderCanBeUsedTwiceAndInAnyOrder() {
        assertEquals("b, a, b", Template.of("{1}, {0}, {1}").fill(Language.EN, "a", "b"));
    }

    @Test
    void anUnknownValueIsSaidInTheLanguageOfTheReport() {
        Template template = Template.of("uren: {0}");

        assertEquals("uren: onbekend", template.fill(Language.NL, (Object) null));
        assertEquals("uren: unknown", template.fill(Language.EN, (Object) null));
    }

    @Test
    void aPlaceholderWithoutAValueStaysAsItIsWritten() {
        assertEquals("3 van {01}", Template.of("{0} van {01}").fill(Language.NL, 3));
        assertEquals("{0} van {1}", Template.of("{0} van {1}").fill(Language.NL));
    }

    @Test
    void bracesAroundAnythingButDigitsArePlainText() {
        Template template = Template.of("{naam} {} {0 } {a{0}} {12345678} {0");

        assertEquals("{naam} {} {0 } {ax} {12345678} {0", template.fill(Language.NL, "x"));
    }
}
