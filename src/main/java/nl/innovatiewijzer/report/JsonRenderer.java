package nl.innovatiewijzer.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.document.PrintableText;

/**
 * JSON for programs. One project is exactly the assessment contract ({@link Assessment#toJson()});
 * many projects are {@code {"assessments": [...], "portfolio": {...}}}, and the summary alone is
 * {@code {"portfolio": {...}}}, so {@code .portfolio} finds the summary in both.
 */
final class JsonRenderer implements Renderer {

    /** Made on first use: a one-project report never needs it, and making it is a tenth of a cold start. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper();

        static {
            MAPPER.getFactory().setCharacterEscapes(new HiddenCharacters());
        }
    }

    /**
     * The escapes of {@code Assessment.toJson()}: what JSON requires, and the characters that would
     * hide in or turn around the text where the JSON is shown (DEL, C1 controls, direction marks).
     */
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

    @Override
    public String assessment(Assessment assessment) {
        return assessment.toJson();
    }

    @Override
    public String portfolio(Portfolio portfolio) {
        return write(portfolio, false);
    }

    @Override
    public String all(Portfolio portfolio) {
        return write(portfolio, true);
    }

    private static String write(Portfolio portfolio, boolean withAssessments) {
        StringWriter out = new StringWriter(8192);
        try (JsonGenerator json = Mapper.MAPPER.getFactory().createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            if (withAssessments) {
                json.writeArrayFieldStart("assessments");
                for (Assessment assessment : portfolio.assessments()) {
                    // the contract's own writer decides the form of each assessment; it is copied as it is
                    json.writeTree(Mapper.MAPPER.readTree(assessment.toJson()));
                }
                json.writeEndArray();
            }
            json.writeObjectFieldStart("portfolio");
            summary(json, portfolio);
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void summary(JsonGenerator json, Portfolio portfolio) throws IOException {
        json.writeStringField("language", portfolio.language().code());
        json.writeNumberField("projects", portfolio.size());
        json.writeArrayFieldStart("factors");
        for (Portfolio.FactorTally factor : portfolio.factors()) {
            json.writeStartObject();
            json.writeStringField("id", factor.id());
            json.writeStringField("title", factor.title());
            json.writeObjectFieldStart("statuses");
            for (Status status : Status.values()) {
                json.writeNumberField(status.name(), factor.count(status));
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("recommendations");
        for (Portfolio.RecommendationTally r : portfolio.recommendations()) {
            json.writeStartObject();
            json.writeStringField("id", r.id());
            json.writeStringField("factor", r.factor());
            json.writeStringField("title", r.title());
            json.writeStringField("priority", r.priority().name());
            json.writeNumberField("projects", r.projects());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("ranking");
        for (Portfolio.RankedProject project : portfolio.ranking()) {
            json.writeStartObject();
            json.writeObjectFieldStart("project");
            json.writeStringField("name", project.project().name());
            json.writeStringField("municipality", project.project().municipality());
            json.writeEndObject();
            json.writeNumberField("risks", project.risks());
            json.writeNumberField("highRecommendations", project.highRecommendations());
            json.writeNumberField("dutiesToDo", project.dutiesToDo());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("leftOut");
        for (Portfolio.LeftOut file : portfolio.leftOut()) {
            json.writeStartObject();
            json.writeStringField("file", file.file());
            json.writeStringField("reason", file.reason().name());
            json.writeArrayFieldStart("problems");
            for (Problem problem : file.problems()) {
                json.writeStartObject();
                json.writeNumberField("line", problem.line());
                json.writeNumberField("column", problem.column());
                json.writeStringField("field", problem.field());
                json.writeStringField("message", problem.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
