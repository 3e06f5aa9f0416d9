package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.facts.DpiaCriterion;
import org.junit.jupiter.api.Test;

/** The engine's rules, texts and answers, written as plain data and read back as a cache entry reads them. */
class StoredFormTest {

    private static final RuleFiles SHIPPED = RuleFiles.fromDirectory(Path.of("rules"));

    @Test
    void theShippedTextsReadBackAsTheyWereWritten() throws Exception {
        // given the texts, limits, duties and levers of the shipped knowledge base
        List<Problem> problems = new ArrayList<>();
        TextCatalogue texts = TextCatalogue.read(SHIPPED.files(), problems);
        assertEquals(List.of(), problems);
        byte[] written = written(out -> StoredForm.writeTexts(out, texts));

        // when they are read back
        TextCatalogue read = readBack(written, StoredForm::readTexts);

        // then they are what they were: written again they are the same bytes, and what a reader sees is the same
        assertArrayEquals(written, written(out -> StoredForm.writeTexts(out, read)));
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

        Template read = readBack(written(out -> StoredForm.writeTemplate(out, template)), StoredForm::readTemplate);

        assertEquals(template.text(), read.text());
        assertEquals("Een cyclus duurt 14 weken, meer dan 14.", read.fill(Language.NL, 14, "meer dan"));
    }

    @Test
    void aTemplateTakesApartOnlyItsNumberedPlaceholders() throws Exception {
        for (String text : List.of("Geen plaatshouder.", "{0}", "{x} en {00012} en {1234567} en {} en {3", "{2}{0}{1}")) {
            Template template = Template.of(text);

            Template read = readBack(written(out -> StoredForm.writeTemplate(out, template)), StoredForm::readTemplate);

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

        assertEquals(List.of(rule), readBack(written(out -> StoredForm.writeRules(out, List.of(rule))), StoredForm::readRules));
        assertEquals(longText + "x", readBack(written(out -> StoredForm.writeTemplate(out, template)), StoredForm::readTemplate)
                .fill(Language.NL, "x"));
    }

    @Test
    void theRulesOfAKnowledgeBaseReadBackEqual() throws Exception {
        List<RuleInfo> rules = List.of(
                new RuleInfo("Wijs een projectleider aan", "rules/f1-project-leader.drl", 12, "F1", null,
                        "appoint-project-leader", null, null, null, nl.innovatiewijzer.Priority.HIGH, null,
                        "Zonder projectleider komt niets van de grond.", null, null),
                new RuleInfo("Begin met de DPIA", "rules/plan.drl", 40, null, null, null, null, "dpia", null, null,
                        null, "", "dpia-first", 10));

        List<RuleInfo> read = readBack(written(out -> StoredForm.writeRules(out, rules)), StoredForm::readRules);

        assertEquals(rules, read);
    }

    @Test
    void theValuesOfFactsLimitsAndTextsReadBackEqualAndInTheirOrder() throws Exception {
        Map<Object, Object> values = new LinkedHashMap<>();
        values.put("ja", true);
        values.put("weken", 14);
        values.put("groot", 12_000_000_000L);
        values.put("deel", 0.25);
        values.put("grens", new BigDecimal("2.50"));
        values.put("vanaf", LocalDate.of(2026, 8, 2));
        values.put("criterium", DpiaCriterion.values()[0]);
        values.put(Language.EN, List.of(List.of(), List.of("?"), Map.of("naam", "Leverancier")));
        values.put("soort", Integer.class);
        values.put("geen", null);

        Object read = readBack(written(out -> StoredForm.writeValue(out, values)), in -> StoredForm.readValue(in, Map.class));

        assertEquals(values, read);
        assertEquals(List.copyOf(values.keySet()), List.copyOf(((Map<?, ?>) read).keySet()));
    }

    @Test
    void aValueWithoutAStoredFormIsNotWritten() {
        IOException refused = assertThrows(IOException.class, () -> written(out -> StoredForm.writeValue(out, new Object())));

        assertTrue(refused.getMessage().contains("no stored form for java.lang.Object"), refused.getMessage());
    }

    @Test
    void aValueNamingAClassOutsideTheProgramIsRefused() throws Exception {
        byte[] written = written(out -> StoredForm.writeValue(out, Thread.class));

        IOException refused = assertThrows(IOException.class, () -> readBack(written, in -> StoredForm.readValue(in, Class.class)));

        assertTrue(refused.getMessage().contains("may not name java.lang.Thread"), refused.getMessage());
    }

    @Test
    void valuesNestedDeeperThanAnyWrittenHereAreRefused() throws Exception {
        Object nested = List.of();
        for (int depth = 0; depth < 40; depth++) {
            nested = List.of(nested);
        }
        Object deep = nested;
        byte[] written = written(out -> StoredForm.writeValue(out, deep));

        IOException refused = assertThrows(IOException.class, () -> readBack(written, in -> StoredForm.readValue(in, List.class)));

        assertTrue(refused.getMessage().contains("nested more than"), refused.getMessage());
    }

    @Test
    void aCountNoStreamWrittenHereHoldsIsRefusedBeforeAnythingIsMade() throws Exception {
        byte[] written = written(out -> out.writeInt(Integer.MAX_VALUE));

        IOException refused = assertThrows(IOException.class, () -> readBack(written, StoredForm::readRules));

        assertTrue(refused.getMessage().contains("a count of " + Integer.MAX_VALUE), refused.getMessage());
    }

    private interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    private interface Reading<T> {
        T from(DataInputStream in) throws IOException;
    }

    private static byte[] written(Writing writing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writing.to(out);
        }
        return bytes.toByteArray();
    }

    /** Read back, every byte of it: a form that leaves bytes over is not read as it was written. */
    private static <T> T readBack(byte[] bytes, Reading<T> reading) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            T read = reading.from(in);
            assertEquals(0, in.available(), "bytes left over");
            return read;
        }
    }
}
