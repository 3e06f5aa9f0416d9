package nl.innovatiewijzer.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Evidence;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.FiredRule;
import nl.innovatiewijzer.KnowledgeBaseInfo;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.NextStep;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.Recommendation;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.document.ContractNames;
import nl.innovatiewijzer.document.PrintableText;

/**
 * The contract's JSON written with Jackson's generator, in the contract's field order, with the
 * pretty printer the portfolio report uses: the same bytes as {@code Assessment.toJson()}, which
 * writes them by hand. Kept only as the candidate that {@link AssessmentJsonBenchmark} measures
 * against the hand-written writer; nothing else uses it.
 */
final class JacksonAssessmentJson {

    /** Only the streaming part of Jackson: the shape is fixed, so nothing needs binding. */
    private static final JsonFactory FACTORY = new JsonFactory().setCharacterEscapes(new HiddenCharacters());

    /** The escapes of the library's writer: what JSON requires, and the characters that would hide (DEL, C1, direction marks). */
    private static final class HiddenCharacters extends CharacterEscapes {
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        HiddenCharacters() {
            ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return PrintableText.isHidden(c) ? new SerializedString(String.format("\\u%04X", c)) : null;
        }
    }

    /** As the portfolio report lays out JSON; a printer counts the nesting it is in, so each write takes a copy. */
    private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JacksonAssessmentJson() {
    }

    static String write(Assessment assessment) {
        StringWriter out = new StringWriter(4096 + 512 * assessment.firedRules().size());
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(LAYOUT.createInstance());
            write(json, assessment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void write(JsonGenerator json, Assessment assessment) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("project");
        json.writeStringField("name", assessment.project().name());
        json.writeStringField("municipality", assessment.project().municipality());
        json.writeStringField("domain", assessment.project().domain() == null ? null : ContractNames.of(assessment.project().domain()));
        json.writeStringField("phase", assessment.project().phase() == null ? null : ContractNames.of(assessment.project().phase()));
        json.writeEndObject();
        json.writeStringField("assessedOn", assessment.assessedOn() == null ? null : assessment.assessedOn().toString());
        json.writeObjectFieldStart("summary");
        for (Status status : Status.values()) {
            json.writeNumberField(status.name(), (int) assessment.factors().stream().filter(f -> f.status() == status).count());
        }
        json.writeNumberField("dutiesToDo", assessment.dutiesToDo().size());
        json.writeEndObject();
        json.writeArrayFieldStart("nextSteps");
        for (NextStep step : assessment.nextSteps()) {
            json.writeStartObject();
            json.writeNumberField("rank", step.rank());
            json.writeStringField("kind", step.kind().contractName());
            json.writeStringField("id", step.id());
            json.writeStringField("factor", step.factor());
            json.writeStringField("title", step.title());
            json.writeStringField("why", step.why());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("language", assessment.language().code());
        KnowledgeBaseInfo kb = assessment.knowledgeBase();
        json.writeObjectFieldStart("knowledgeBase");
        json.writeStringField("source", kb.source());
        json.writeNumberField("files", kb.files());
        json.writeNumberField("rules", kb.rules());
        json.writeStringField("fingerprint", kb.fingerprint());
        json.writeEndObject();
        json.writeArrayFieldStart("factors");
        for (FactorResult factor : assessment.factors()) {
            json.writeStartObject();
            json.writeStringField("id", factor.id());
            json.writeStringField("title", factor.title());
            json.writeStringField("status", factor.status().name());
            strings(json, "findings", factor.findings());
            json.writeNumberField("openQuestions", factor.openQuestions());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("recommendations");
        for (Recommendation r : assessment.recommendations()) {
            json.writeStartObject();
            json.writeStringField("id", r.id());
            json.writeStringField("factor", r.factor());
            json.writeStringField("priority", r.priority().name());
            json.writeStringField("title", r.title());
            json.writeStringField("action", r.action());
            strings(json, "because", r.because());
            json.writeStringField("rule", r.rule());
            json.writeStringField("ruleFile", r.ruleFile());
            evidence(json, r.evidence());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("missingFacts");
        for (MissingFact m : assessment.missingFacts()) {
            json.writeStartObject();
            json.writeStringField("field", m.field());
            json.writeStringField("factor", m.factor());
            json.writeStringField("question", m.question());
            strings(json, "couldChange", m.couldChange());
            json.writeStringField("why", m.why());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("obligations");
        for (Obligation o : assessment.obligations()) {
            json.writeStartObject();
            json.writeStringField("id", o.id());
            json.writeStringField("title", o.title());
            json.writeStringField("state", o.state().name());
            strings(json, "because", o.because());
            evidence(json, o.evidence());
            json.writeStringField("kind", o.kind() == null ? null : o.kind().contractName());
            json.writeStringField("basis", o.basis());
            json.writeStringField("appliesFrom", o.appliesFrom() == null ? null : o.appliesFrom().toString());
            json.writeBooleanField("inForce", o.inForce());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("firedRules");
        for (FiredRule fired : assessment.firedRules()) {
            json.writeStartObject();
            json.writeStringField("rule", fired.rule());
            json.writeStringField("ruleFile", fired.ruleFile());
            strings(json, "facts", fired.facts());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void evidence(JsonGenerator json, List<Evidence> evidence) throws IOException {
        json.writeArrayFieldStart("evidence");
        for (Evidence fact : evidence) {
            json.writeStartObject();
            json.writeStringField("field", fact.field());
            json.writeFieldName("value");
            value(json, fact.value());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof List<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number number) {
            double d = number.doubleValue();
            if (Double.isFinite(d)) {
                json.writeNumber(d);
            } else {
                json.writeNull();
            }
        } else {
            json.writeString(value.toString());
        }
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
