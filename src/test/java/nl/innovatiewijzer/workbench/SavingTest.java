package nl.innovatiewijzer.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.innovatiewijzer.ProjectFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a project's facts: valid facts only, never over someone else's save, every version kept. */
class SavingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PILOT = "project:\n  name: Slimme pilot\n  phase: experiment\n";
    private static final String PILOT_WITH_LEADER = PILOT + "projectLeader:\n  assigned: true\n  hoursPerWeek: 16\n";

    @TempDir
    Path projects;
    private Served served;

    @BeforeEach
    void start() throws IOException {
        Files.writeString(projects.resolve("pilot.yaml"), PILOT);
        served = Served.on(projects);
    }

    @AfterEach
    void stop() {
        served.close();
    }

    @Test
    void validFactsWithTheCurrentVersionAreSavedAsWrittenAndAnsweredWithTheirAssessment() throws Exception {
        String version = version("pilot");

        HttpResponse<String> answer = served.put("/api/projects/pilot/facts", "application/yaml", PILOT_WITH_LEADER,
                version);

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("Slimme pilot", JSON.readTree(answer.body()).at("/project/name").asText());
        assertEquals(PILOT_WITH_LEADER, Files.readString(projects.resolve("pilot.yaml")));
        assertFalse(answer.headers().firstValue("ETag").orElse(version).equals(version), "a new version");
        assertEquals(answer.headers().firstValue("ETag").orElse(""), version("pilot"));
    }

    @Test
    void factsThatDoNotFollowTheContractGetTheLineAndFieldAndTheFileIsLeftAsItWas() throws Exception {
        HttpResponse<String> answer = served.put("/api/projects/pilot/facts", "application/yaml",
                PILOT + "projectLeader:\n  hoursPerWeek: veel\n", version("pilot"));

        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals("the facts do not follow the facts contract; nothing was saved",
                JSON.readTree(answer.body()).get("message").asText());
        JsonNode problem = JSON.readTree(answer.body()).at("/problems/0");
        assertEquals("projectLeader.hoursPerWeek", problem.get("field").asText());
        assertEquals(5, problem.get("line").asInt());
        assertEquals(PILOT, Files.readString(projects.resolve("pilot.yaml")));
        assertFalse(Files.exists(projects.resolve("pilot.history")));
    }

    @Test
    void aSecondSaveFromTheSameOldVersionIsRefusedAndTheFirstSaveStays() throws Exception {
        String read = version("pilot");
        served.put("/api/projects/pilot/facts", "application/yaml", PILOT_WITH_LEADER, read);

        HttpResponse<String> second = served.put("/api/projects/pilot/facts", "application/yaml",
                PILOT + "budget:\n  secured: true\n", read);

        assertEquals(409, second.statusCode(), second.body());
        assertTrue(JSON.readTree(second.body()).get("message").asText().contains("was saved by someone else"),
                second.body());
        assertEquals(PILOT_WITH_LEADER, Files.readString(projects.resolve("pilot.yaml")));
    }

    @Test
    void ofTwoSavesAtOnceFromTheSameVersionOneIsTakenAndTheOtherRefusedAndNoTemporaryFileStays() throws Exception {
        String read = version("pilot");
        List<java.util.concurrent.Callable<Integer>> saves = List.of(
                () -> served.put("/api/projects/pilot/facts", "application/yaml", PILOT_WITH_LEADER, read).statusCode(),
                () -> served.put("/api/projects/pilot/facts", "application/yaml", PILOT + "budget:\n  secured: true\n",
                        read).statusCode());
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<Integer> statuses = new java.util.ArrayList<>();
        try {
            for (java.util.concurrent.Future<Integer> save : two.invokeAll(saves)) {
                statuses.add(save.get());
            }
        } finally {
            two.shutdownNow();
        }

        assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        assertEquals(List.of("pilot.history", "pilot.yaml"), names(projects));
        assertEquals(2, names(projects.resolve("pilot.history")).size(), "one version with its assessment");
    }

    @Test
    void aSaveOverAProjectThatSaysNoVersionIsRefused() throws Exception {
        HttpResponse<String> answer = served.put("/api/projects/pilot/facts", "application/yaml", PILOT_WITH_LEADER,
                null);

        assertEquals(409, answer.statusCode(), answer.body());
        assertTrue(JSON.readTree(answer.body()).get("message").asText().contains("If-Match"), answer.body());
        assertEquals(PILOT, Files.readString(projects.resolve("pilot.yaml")));
    }

    @Test
    void aNewProjectIsSavedWithoutAVersionAndJsonBecomesAYamlFactsFile() throws Exception {
        HttpResponse<String> answer = served.put("/api/projects/nieuw/facts", "application/json",
                "{\"project\": {\"name\": \"Nieuw project\", \"domain\": \"operations\"}}", null);

        assertEquals(200, answer.statusCode(), answer.body());
        ProjectFacts saved = ProjectFacts.read(projects.resolve("nieuw.yaml"));
        assertEquals("Nieuw project", saved.project().name());
        assertEquals("operations", JSON.readTree(served.get("/api/projects/nieuw").body()).at("/facts/project/domain")
                .asText());
    }

    @Test
    void theHistoryGivesEverySavedVersionNewestFirstAsPlainFilesBesideTheProject() throws Exception {
        served.put("/api/projects/pilot/facts", "application/yaml", PILOT_WITH_LEADER, version("pilot"));
        served.put("/api/projects/pilot/facts", "application/yaml", PILOT_WITH_LEADER + "budget:\n  secured: true\n",
                version("pilot"));

        HttpResponse<String> answer = served.get("/api/projects/pilot/history");

        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode history = JSON.readTree(answer.body());
        assertEquals(2, history.size(), answer.body());
        assertEquals("2026-12-02T06:11:00Z", history.get(0).get("savedAt").asText());
        assertEquals("2026-12-02T06:10:00Z", history.get(1).get("savedAt").asText());
        assertEquals(9, history.get(0).get("statuses").size());
        assertEquals(List.of("2026-12-02T06-10-00.000Z.json", "2026-12-02T06-10-00.000Z.yaml",
                "2026-12-02T06-11-00.000Z.json", "2026-12-02T06-11-00.000Z.yaml"), names(projects.resolve("pilot.history")));
        assertEquals(PILOT_WITH_LEADER, Files.readString(projects.resolve("pilot.history/2026-12-02T06-10-00.000Z.yaml")));
    }

    @Test
    void theHistoryOfAProjectNeverSavedIsEmpty() throws Exception {
        HttpResponse<String> answer = served.get("/api/projects/pilot/history");

        assertEquals(200, answer.statusCode());
        assertEquals(0, JSON.readTree(answer.body()).size());
    }

    @Test
    void theCommandLineReadsTheSavedFilesAsFactsFiles() throws Exception {
        served.put("/api/projects/pilot/facts", "application/yaml", PILOT_WITH_LEADER, version("pilot"));

        assertEquals("Slimme pilot", ProjectFacts.read(projects.resolve("pilot.yaml")).project().name());
        assertEquals("Slimme pilot", ProjectFacts.read(projects.resolve("pilot.history/2026-12-02T06-10-00.000Z.yaml"))
                .project().name());
    }

    private String version(String id) throws Exception {
        return served.get("/api/projects/" + id).headers().firstValue("ETag").orElseThrow();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
