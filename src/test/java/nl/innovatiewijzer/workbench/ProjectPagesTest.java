package nl.innovatiewijzer.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.innovatiewijzer.RulesOnDisk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project pages and the portfolio's forms as a client sees them, without a browser. */
class ProjectPagesTest {

    @TempDir
    Path projects;
    private Served served;

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void theAssessmentApiGivesTheImprovementPathsWhenAskedFor() throws Exception {
        served = Served.on(projects);
        String facts = Files.readString(Path.of("facts/hondenoverlast.yaml"));

        String plain = served.post("/api/assess", "application/yaml", facts).body();
        String improved = served.post("/api/assess?improve=true", "application/yaml", facts).body();

        assertFalse(plain.contains("\"improvements\""), plain);
        assertTrue(improved.contains("\"improvements\""), improved);
    }

    @Test
    void theAssessmentOfAPageTellsAProblemByItsField() throws Exception {
        served = Served.on(projects);

        HttpResponse<String> answer = served.post("/assessment", "application/json",
                "{\"project\": {\"name\": \"Pilot\"}, \"projectLeader\": {\"hoursPerWeek\": \"veel\"}}");

        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"field\" : \"projectLeader.hoursPerWeek\""), answer.body());
    }

    @Test
    void aNewProjectIsMadeFromItsNameAndOpens() throws Exception {
        served = Served.on(projects);

        HttpResponse<String> made = served.send(served.request("/projects")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Slimme+afvalinzameling")).build());
        HttpResponse<String> again = served.send(served.request("/projects")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Slimme+afvalinzameling")).build());

        assertEquals(303, made.statusCode(), made.body());
        assertEquals("/projects/slimme-afvalinzameling?lang=nl", made.headers().firstValue("Location").orElse(""));
        assertEquals("project:\n  name: Slimme afvalinzameling\n",
                Files.readString(projects.resolve("slimme-afvalinzameling.yaml")));
        assertEquals("/projects/slimme-afvalinzameling-2?lang=nl", again.headers().firstValue("Location").orElse(""));
    }

    @Test
    void aNewProjectWithoutANameIsRefusedOnThePortfolio() throws Exception {
        served = Served.on(projects);

        HttpResponse<String> refused = served.send(served.request("/projects")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=+")).build());

        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("<p class=\"problem\" role=\"alert\">Geef het project een naam.</p>"),
                refused.body());
        try (var files = Files.list(projects)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void thePortfolioShowsOnlyTheProjectsWithAFactorOfTheStatusAsked() throws Exception {
        Files.copy(Path.of("facts/sterk-voorbeeldproject.yaml"), projects.resolve("sterk.yaml"));
        Files.copy(Path.of("facts/hondenoverlast.yaml"), projects.resolve("honden.yaml"));
        served = Served.on(projects);

        String risky = served.get("/?status=risk").body();

        assertTrue(risky.contains("data-project=\"honden\""), risky);
        assertFalse(risky.contains("data-project=\"sterk\""), risky);
    }

    @Test
    void withAnAccessTokenThePageCarriesItForItsOwnScript() throws Exception {
        String token = "geheim-teken-van-de-gemeente";
        Files.copy(Path.of("facts/hondenoverlast.yaml"), projects.resolve("honden.yaml"));
        served = Served.on(Workbench.on(projects, RulesOnDisk::advisor).port(0).token(token));

        HttpResponse<String> page = served.send(served.request("/projects/honden")
                .header("Cookie", Guard.TOKEN_COOKIE + "=" + token).GET().build());
        HttpResponse<String> drawn = served.send(served.request("/assessment")
                .header(Guard.TOKEN_HEADER, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"project\": {\"name\": \"Pilot\"}}")).build());

        assertTrue(page.body().contains("data-token=\"" + token + "\""), page.body());
        assertEquals(200, drawn.statusCode(), drawn.body());
        assertTrue(drawn.body().contains("<li data-factor=\"F1\">"), drawn.body());
    }

    @Test
    void theFactsFileDownloadsAsTheFileItIs() throws Exception {
        Files.copy(Path.of("facts/hondenoverlast.yaml"), projects.resolve("honden.yaml"));
        served = Served.on(projects);

        HttpResponse<String> file = served.get("/projects/honden/facts.yaml");

        assertEquals(Files.readString(projects.resolve("honden.yaml")), file.body());
        assertEquals("application/yaml; charset=utf-8", file.headers().firstValue("Content-Type").orElse(""));
    }
}
