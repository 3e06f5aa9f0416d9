package nl.innovatiewijzer.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.RulesOnDisk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API reads the projects folder: the projects, one project, and facts assessed without storing them. */
class ProjectsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = Path.of("facts/factuurcontrole.yaml");

    @TempDir
    Path projects;
    private Served served;

    @BeforeEach
    void start() throws IOException {
        Files.copy(EXAMPLE, projects.resolve("factuurcontrole.yaml"));
        served = Served.on(projects);
    }

    @AfterEach
    void stop() {
        served.close();
    }

    @Test
    void theListGivesEveryProjectWithItsNameNineStatusesAndDutiesToDo() throws Exception {
        Assessment expected = RulesOnDisk.advisor().assess(ProjectFacts.read(EXAMPLE));

        HttpResponse<String> answer = served.get("/api/projects");

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("application/json; charset=utf-8", answer.headers().firstValue("Content-Type").orElse(""));
        JsonNode list = JSON.readTree(answer.body());
        assertEquals(1, list.size(), answer.body());
        JsonNode project = list.get(0);
        assertEquals("factuurcontrole", project.get("id").asText());
        assertEquals("Automatische factuurcontrole", project.get("name").asText());
        assertEquals(List.of("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"), fieldNames(project.get("statuses")));
        assertEquals(expected.status("F1").name(), project.get("statuses").get("F1").asText());
        assertEquals(expected.dutiesToDo().size(), project.get("dutiesToDo").asInt());
    }

    @Test
    void aProjectComesWithItsFactsItsVersionAndTheAssessmentThatAssessPrintsAsJson() throws Exception {
        Assessment expected = RulesOnDisk.advisor().assess(ProjectFacts.read(EXAMPLE));

        HttpResponse<String> answer = served.get("/api/projects/factuurcontrole");

        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode body = JSON.readTree(answer.body());
        assertEquals("factuurcontrole", body.get("id").asText());
        assertEquals("Automatische factuurcontrole", body.at("/facts/project/name").asText());
        assertEquals(6, body.at("/facts/projectLeader/hoursPerWeek").asInt());
        assertEquals(JSON.readTree(expected.toJson()), body.get("assessment"));
        assertEquals("\"" + body.get("version").asText() + "\"", answer.headers().firstValue("ETag").orElse(""));
    }

    @Test
    void aRequestMayAskForTheAssessmentInEnglish() throws Exception {
        HttpResponse<String> answer = served.get("/api/projects/factuurcontrole?lang=en");

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(JSON.readTree(RulesOnDisk.advisor().assess(ProjectFacts.read(EXAMPLE), Language.EN).toJson()),
                JSON.readTree(answer.body()).get("assessment"));
    }

    @Test
    void aLanguageThatDoesNotExistIsABadRequest() throws Exception {
        HttpResponse<String> answer = served.get("/api/projects?lang=fr");

        assertEquals(400, answer.statusCode());
        assertEquals("lang: unknown language \"fr\"; expected one of nl, en", JSON.readTree(answer.body())
                .get("message").asText());
    }

    @Test
    void aProjectThatIsNotThereIsNotFound() throws Exception {
        HttpResponse<String> answer = served.get("/api/projects/bestaat-niet");

        assertEquals(404, answer.statusCode());
        assertEquals("no project bestaat-niet in the projects folder", JSON.readTree(answer.body()).get("message").asText());
    }

    @Test
    void aFactsFileThatIsNotValidIsListedWithItsProblemsAndTheOthersStillAre() throws Exception {
        Files.writeString(projects.resolve("kapot.yaml"), "project:\n  name: Kapot\n  phase: vliegen\n");

        JsonNode list = JSON.readTree(served.get("/api/projects").body());

        assertEquals(2, list.size(), list.toString());
        JsonNode broken = list.get(1);
        assertEquals("factuurcontrole", list.get(0).get("id").asText());
        assertEquals("kapot", broken.get("id").asText());
        assertEquals("project.phase", broken.at("/problems/0/field").asText());
        assertEquals(3, broken.at("/problems/0/line").asInt());
    }

    @Test
    void factsAreAssessedWithoutAnythingStored() throws Exception {
        List<Path> before = files();

        HttpResponse<String> answer = served.post("/api/assess", "application/yaml", Files.readString(EXAMPLE));

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("Automatische factuurcontrole", JSON.readTree(answer.body()).at("/project/name").asText());
        assertEquals(9, JSON.readTree(answer.body()).get("factors").size());
        assertEquals(before, files());
    }

    @Test
    void factsMayComeAsJson() throws Exception {
        HttpResponse<String> answer = served.post("/api/assess", "application/json",
                "{\"project\": {\"name\": \"Alleen een naam\"}}");

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("Alleen een naam", JSON.readTree(answer.body()).at("/project/name").asText());
    }

    @Test
    void factsThatDoNotFollowTheContractGetTheReadersProblems() throws Exception {
        HttpResponse<String> answer = served.post("/api/assess", "application/yaml",
                "project:\n  name: Test\nteam:\n  motivation: enorm\n");

        assertEquals(400, answer.statusCode(), answer.body());
        JsonNode problem = JSON.readTree(answer.body()).at("/problems/0");
        assertEquals("team.motivation", problem.get("field").asText());
        assertEquals(4, problem.get("line").asInt());
        assertTrue(problem.get("message").asText().contains("enorm"), problem.toString());
    }

    @Test
    void aBodyOfAnotherKindIsRefused() throws Exception {
        HttpResponse<String> answer = served.post("/api/assess", "text/html", "<p>project</p>");

        assertEquals(415, answer.statusCode());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(projects)) {
            return all.sorted().toList();
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
