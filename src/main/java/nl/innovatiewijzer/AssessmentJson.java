package nl.innovatiewijzer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes an {@link Assessment} in the field order of the assessment contract. */
final class AssessmentJson {

    private static final JsonFactory JSON = new JsonFactory();

    private AssessmentJson() {
    }

    static String write(Assessment assessment) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(pretty);
            json.writeStartObject();
            json.writeObjectFieldStart("project");
            json.writeStringField("name", assessment.project().name());
            json.writeStringField("municipality", assessment.project().municipality());
            json.writeEndObject();
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
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("missingFacts");
            for (MissingFact m : assessment.missingFacts()) {
                json.writeStartObject();
                json.writeStringField("field", m.field());
                json.writeStringField("factor", m.factor());
                json.writeStringField("question", m.question());
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
