package nl.innovatiewijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.innovatiewijzer.Assessment;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Renderer json = ReportFormat.JSON.renderer();

    @Test
    void oneProjectIsExactlyTheJsonOfTheAssessmentContract() {
        Assessment pilot = Examples.pilot("Pilot");

        assertEquals(pilot.toJson(), json.assessment(pilot));
    }

    @Test
    void manyProjectsAreEveryAssessmentFollowedByThePortfolio() throws Exception {
        Assessment first = Examples.pilot("Eerste");
        Assessment second = Examples.pilot("Tweede");

        JsonNode all = JSON.readTree(json.all(Portfolio.of(List.of(first, second))));

        assertEquals(List.of("assessments", "portfolio"), fieldNames(all));
        assertEquals(JSON.readTree(first.toJson()), all.get("assessments").get(0));
        assertEquals(JSON.readTree(second.toJson()), all.get("assessments").get(1));
        assertEquals(2, all.get("portfolio").get("projects").asInt());
    }

    @Test
    void thePortfolioCountsStatusesPerFactorAndNamesTheRecommendationsAndRanking() throws Exception {
        JsonNode portfolio = JSON.readTree(json.portfolio(Portfolio.of(List.of(Examples.pilot("Eerste"),
                Examples.pilot("Tweede"))))).get("portfolio");

        JsonNode f5 = portfolio.get("factors").get(4);
        assertEquals("F5", f5.get("id").asText());
        assertEquals(2, f5.get("statuses").get("RISK").asInt());
        assertEquals(0, f5.get("statuses").get("STRONG").asInt());
        JsonNode mostFrequent = portfolio.get("recommendations").get(0);
        assertEquals("F5-add-privacy-officer", mostFrequent.get("id").asText());
        assertEquals(2, mostFrequent.get("projects").asInt());
        assertEquals("Eerste", portfolio.get("ranking").get(0).get("project").get("name").asText());
        assertEquals(1, portfolio.get("ranking").get(0).get("risks").asInt());
    }

    @Test
    void thePortfolioAloneCarriesNoAssessments() throws Exception {
        JsonNode summary = JSON.readTree(json.portfolio(Portfolio.of(List.of(Examples.pilot("Eerste")))));

        assertEquals(List.of("portfolio"), fieldNames(summary));
        assertFalse(summary.has("assessments"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
