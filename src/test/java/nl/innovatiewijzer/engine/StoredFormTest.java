package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.RuleInfo;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.junit.jupiter.api.Test;

/** The engine's records and texts, written in their stored forms and read back as a cache entry reads them. */
class StoredFormTest {

    private static final RuleFiles SHIPPED = RuleFiles.fromDirectory(Path.of("rules"));

    @Test
    void theShippedTextsReadBackAsTheyWereWritten() throws Exception {
        // given the texts, limits, duties and levers of the shipped knowledge base
        List<Problem> problems = new ArrayList<>();
        TextCatalogue texts = TextCatalogue.read(SHIPPED.files(), problems);
        assertEquals(List.of(), problems);
        byte[] written = written(texts);

        // when they are read back
        TextCatalogue read = (TextCatalogue) readBack(written);

        // then they are what they were: written again they are the same bytes, and what a reader sees is the same
        assertArrayEquals(written, written(read));
        assertEquals(texts.limits().all(), read.limits().all());
        assertEquals(texts.duties().all(), read.duties().all());
        assertEquals(texts.levers().all(), read.levers().all());
        assertFalse(read.duties().all().isEmpty());
        assertFalse(read.levers().all().isEmpty());
        int compared = 0;
        for (TextKind kind : TextKind.values()) {
            assertEquals(List.copyOf(texts.ids(kind)), List.copyOf(read.ids(kind)), kind + " in the same order");
            for (String id : texts.ids(kind)) {
                assertEquals(texts.where(kind, id), read.where(kind, id));
                for (Language language : Language.values()) {
                    for (String part : kind.parts()) {
                        assertEquals(texts.text(kind, id, part, language), read.text(kind, id, part, language),
                                kind + " " + id + " " + part + " " + language);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 1_000, compared + " texts compared");
        assertTrue(read.complete());
        String title = read.text(TextKind.ACTIONS, "F1-appoint-leader", "title", Language.NL);
        assertFalse(title.isBlank());
        assertEquals(texts.text(TextKind.ACTIONS, "F1-appoint-leader", "title", Language.NL), title);
    }

    @Test
    void aTemplateIsStoredAsItsTextAndFillsInAsBefore() throws Exception {
        Template template = Template.of("Een cyclus duurt {0} weken, {1} {0}.");

        Template read = (Template) readBack(written(template));

        assertEquals(template.text(), read.text());
        assertEquals("Een cyclus duurt 14 weken, meer dan 14.", read.fill(Language.NL, 14, "meer dan"));
    }

    @Test
    void aTemplateTakesApartOnlyItsNumberedPlaceholders() throws Exception {
        for (String text : List.of("Geen plaatshouder.", "{0}", "{x} en {00012} en {1234567} en {} en {3", "{2}{0}{1}")) {
            Template template = Template.of(text);

            Template read = (Template) readBack(written(template));

            assertEquals(text, read.text());
            assertEquals(template.fill(Language.NL, "a", "b", "c"), read.fill(Language.NL, "a", "b", "c"));
        }
        assertEquals("{x} en {00012} en {1234567} en {} en {3", Template.of("{x} en {00012} en {1234567} en {} en {3")
                .fill(Language.NL, "a"));
        assertEquals("c en {00012}", Template.of("{2} en {00012}").fill(Language.NL, "a", "b", "c"));
        assertEquals("cab", Template.of("{2}{0}{1}").fill(Language.NL, "a", "b", "c"));
        assertEquals(13, Template.of("{12} en {3}").placeholders());
    }

    @Test
    void aTextLongerThanAShortStringAndNoTextAtAllReadBackAsWritten() throws Exception {
        String longText = "Een zeer lange uitleg met é en 😀. ".repeat(3_000);
        RuleInfo rule = new RuleInfo("Lang", "rules/lang.drl", 1, null, null, null, null, null, null, null, null,
                longText, null, null);
        Template template = Template.of(longText + "{0}");

        assertEquals(List.of(rule), readBack(written(new ArrayList<>(List.of(rule)))));
        assertEquals(longText + "x", ((Template) readBack(written(template))).fill(Language.NL, "x"));
    }

    @Test
    void theRulesOfAKnowledgeBaseReadBackEqual() throws Exception {
        List<RuleInfo> rules = List.of(
                new RuleInfo("Wijs een projectleider aan", "rules/f1-project-leader.drl", 12, "F1", null,
                        "appoint-project-leader", null, null, null, nl.innovatiewijzer.Priority.HIGH, null,
                        "Zonder projectleider komt niets van de grond.", null, null),
                new RuleInfo("Begin met de DPIA", "rules/plan.drl", 40, null, null, null, null, "dpia", null, null,
                        null, "", "dpia-first", 10));

        Object read = readBack(written(new ArrayList<>(rules)));

        assertEquals(rules, read);
    }

    @Test
    void anObjectWithoutAStoredFormIsNotWritten() throws IOException {
        ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream());

        IOException refused = assertThrows(IOException.class, () -> out.writeObject(new StoredForm(new Object())));

        assertTrue(refused.getMessage().contains("no stored form for java.lang.Object"), refused.getMessage());
        assertFalse(refused instanceof NotSerializableException);
    }

    private static byte[] written(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object readBack(byte[] bytes) throws Exception {
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes),
                StoredFormTest.class.getClassLoader())) {
            in.setObjectInputFilter(CacheEntry.filter(bytes.length));
            return in.readObject();
        }
    }
}
