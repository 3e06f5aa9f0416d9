package nl.innovatiewijzer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract's JSON is written by hand for speed; these tests hold it to what Jackson writes for
 * the same values with the same pretty printer, which is also how the portfolio report lays out
 * the assessments it contains.
 */
class AssessmentJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What Jackson writes for this JSON tree, laid out as the reports lay it out. */
    private static String asJacksonWritesIt(JsonNode tree) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            json.writeTree(tree);
        }
        return out.append('\n').toString();
    }

    private static Assessment withTexts(String name, String municipality, String text) {
        return new Assessment(new ProjectSummary(name, municipality), Language.NL,
                new KnowledgeBaseInfo("rules", 1, 2, "sha256:00"),
                List.of(new FactorResult("F1", text, Status.RISK, List.of(text, "tweede")),
                        new FactorResult("F2", "Ruimte", Status.UNKNOWN, List.of())),
                List.of(new Recommendation("F1-x", "F1", Priority.HIGH, text, text, List.of(text), "rule " + text, "rules/f1.drl"),
                        new Recommendation("x", null, Priority.LOW, "t", "a", List.of(), "r", "rules/x.drl")),
                List.of(new MissingFact("team.members", "F5", text)),
                List.of(new Obligation("dpia", "DPIA", ObligationState.TODO, List.of(text))),
                List.of(new FiredRule(text, "rules/f1.drl", List.of("team", "team.members[0]")),
                        new FiredRule("leeg", "rules/f2.drl", List.of())));
    }

    @Test
    void textsThatNeedEscapingAreWrittenAsJacksonWritesThem() throws Exception {
        String hostile = "\"quoted\" back\\slash / tab\there\nnew line\r\u0000\u0001\u001f\b\f é ë ’ \u2028 😀 </script>";

        String json = withTexts(hostile, null, hostile).toJson();

        JsonNode tree = MAPPER.readTree(json);
        assertEquals(hostile, tree.at("/factors/0/title").asText());
        assertEquals(hostile, tree.at("/firedRules/0/rule").asText());
        assertEquals(true, tree.at("/project/municipality").isNull());
        assertEquals(asJacksonWritesIt(tree), json);
    }

    @Test
    void emptyListsAndPlainTextsAreLaidOutAsJacksonLaysThemOut() throws Exception {
        Assessment assessment = new Assessment(new ProjectSummary("Alleen een naam", "Ergens"), Language.EN,
                new KnowledgeBaseInfo("rules", 0, 0, "sha256:ff"), List.of(), List.of(), List.of(), List.of(), List.of());

        String json = assessment.toJson();

        assertEquals(asJacksonWritesIt(MAPPER.readTree(json)), json);
    }

    @Test
    void everyExampleProjectsJsonIsWhatJacksonWrites() throws Exception {
        Advisor advisor = Advisor.withDefaultRules();
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            for (Path file : files.sorted().toList()) {
                for (Language language : Language.values()) {
                    String json = advisor.assess(ProjectFacts.read(file), language).toJson();

                    assertEquals(asJacksonWritesIt(MAPPER.readTree(json)), json, file + " in " + language);
                }
            }
        }
    }
}
