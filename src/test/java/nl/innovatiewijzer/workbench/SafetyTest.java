package nl.innovatiewijzer.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Safe by default: other sites, other host names, other folders and large bodies get nothing. */
class SafetyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PILOT = "project:\n  name: Slimme pilot\n";

    @TempDir
    Path root;
    private Path projects;
    private Served served;

    @BeforeEach
    void start() throws IOException {
        projects = Files.createDirectory(root.resolve("projects"));
        Files.writeString(projects.resolve("pilot.yaml"), PILOT);
        Files.writeString(root.resolve("geheim.yaml"), "project:\n  name: Buiten de map\n");
        served = Served.on(projects);
    }

    @AfterEach
    void stop() {
        served.close();
    }

    @Test
    void theServerListensOnlyOnTheLoopbackAddressByDefault() {
        assertEquals("127.0.0.1", served.address.getHost());
    }

    @ParameterizedTest
    @ValueSource(strings = {"..%2Fgeheim", "%2E%2E%2Fgeheim", "..", "..%5Cgeheim", "%2Fetc%2Fpasswd", ".verborgen",
            "pilot.history"})
    void anIdThatCouldLeaveTheProjectsFolderIsRefused(String id) throws Exception {
        HttpResponse<String> answer = served.get("/api/projects/" + id);

        assertTrue(answer.statusCode() == 400 || answer.statusCode() == 404, answer.statusCode() + " " + answer.body());
        assertFalse(answer.body().contains("Buiten de map"), answer.body());
    }

    @Test
    void aSaveUnderAnIdThatLeavesTheFolderWritesNothing() throws Exception {
        HttpResponse<String> answer = served.put("/api/projects/..%2Fgeheim/facts", "application/yaml",
                "project:\n  name: Overschreven\n", null);

        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals("project:\n  name: Buiten de map\n", Files.readString(root.resolve("geheim.yaml")));
        assertEquals(List.of("geheim.yaml", "projects", "projects/pilot.yaml"), files(root));
    }

    @Test
    void aRequestForAnotherHostNameIsRefused() throws Exception {
        String answer = served.raw("GET /api/projects HTTP/1.1\r\nHost: aanvaller.example:" + served.address.getPort()
                + "\r\nConnection: close\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        assertFalse(answer.contains("Slimme pilot"), answer);
    }

    @Test
    void theServersOwnNamesAreAnswered() throws Exception {
        String answer = served.raw("GET /api/projects HTTP/1.1\r\nHost: localhost:" + served.address.getPort()
                + "\r\nConnection: close\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    }

    @Test
    void aChangeFromAnotherSiteIsRefusedAndNothingIsWritten() throws Exception {
        String version = served.get("/api/projects/pilot").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> answer = Served.send(served.request("/api/projects/pilot/facts")
                .header("Content-Type", "application/yaml").header("If-Match", version)
                .header("Origin", "http://aanvaller.example")
                .PUT(HttpRequest.BodyPublishers.ofString("project:\n  name: Gekaapt\n")).build());

        assertEquals(403, answer.statusCode(), answer.body());
        assertEquals(PILOT, Files.readString(projects.resolve("pilot.yaml")));
    }

    @Test
    void aChangeFromTheWorkbenchsOwnPageIsTaken() throws Exception {
        HttpResponse<String> answer = Served.send(served.request("/api/assess")
                .header("Content-Type", "application/yaml").header("Origin", "http://" + served.authority())
                .POST(HttpRequest.BodyPublishers.ofString(PILOT)).build());

        assertEquals(200, answer.statusCode(), answer.body());
    }

    @Test
    void aBodyLargerThanOneMebibyteIsRefusedUnread() throws Exception {
        String answer = served.raw("POST /api/assess HTTP/1.1\r\nHost: " + served.authority()
                + "\r\nContent-Type: application/yaml\r\nContent-Length: 2000000\r\nConnection: close\r\n\r\nproject:\n");

        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("larger than 1024 KiB"), answer);
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsRefusedWithTheOneItDoes() throws Exception {
        HttpResponse<String> answer = Served.send(served.request("/api/projects/pilot").DELETE().build());

        assertEquals(405, answer.statusCode());
        assertEquals("GET", answer.headers().firstValue("Allow").orElse(""));
        assertTrue(Files.exists(projects.resolve("pilot.yaml")));
    }

    @Test
    void anAddressThatIsNotThereIsNotFoundInJson() throws Exception {
        HttpResponse<String> answer = served.get("/api/gebruikers");

        assertEquals(404, answer.statusCode());
        assertTrue(JSON.readTree(answer.body()).get("message").asText().contains("GET /api/projects"), answer.body());
    }

    @Test
    void aScriptInAProjectNameComesBackAsDataInJson() throws Exception {
        String script = "<script>alert('x')</script>";
        Files.writeString(projects.resolve("pilot.yaml"), "project:\n  name: \"" + script + "\"\n");

        HttpResponse<String> answer = served.get("/api/projects");

        assertEquals("application/json; charset=utf-8", answer.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(answer.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        JsonNode list = JSON.readTree(answer.body());
        assertEquals(script, list.get(0).get("name").asText());
    }

    @Test
    void anInternalErrorIsAPlainMessageWithoutAStackTrace(@TempDir Path other) throws Exception {
        Files.writeString(other.resolve("pilot.yaml"), PILOT);
        try (Served failing = Served.on(other, () -> {
            throw new IllegalStateException("kapot in nl.innovatiewijzer.Geheim");
        })) {
            HttpResponse<String> answer = failing.get("/api/projects");

            assertEquals(500, answer.statusCode());
            assertEquals("{\n  \"message\" : \"internal error; the server's log says more\"\n}\n", answer.body());
        }
    }

    @Test
    void withAnAccessTokenEveryRequestMustCarryIt(@TempDir Path other) throws Exception {
        try (Served guarded = Served.on(Workbench.on(other, nl.innovatiewijzer.RulesOnDisk::advisor).port(0)
                .token("geheim-teken-van-de-gemeente"))) {
            HttpResponse<String> without = guarded.get("/api/projects");
            HttpResponse<String> wrong = Served.send(guarded.request("/api/projects")
                    .header("Authorization", "Bearer ander-teken-van-iemand-anders").build());
            HttpResponse<String> with = Served.send(guarded.request("/api/projects")
                    .header("Authorization", "Bearer geheim-teken-van-de-gemeente").build());

            assertEquals(401, without.statusCode());
            assertEquals(401, wrong.statusCode());
            assertEquals(200, with.statusCode(), with.body());
        }
    }

    @Test
    void aBrowserGetsTheTokenOnceInTheAddressAndThenReadsWithItsCookieButCannotChangeWithIt(@TempDir Path other)
            throws Exception {
        String token = "geheim-teken-van-de-gemeente";
        try (Served guarded = Served.on(Workbench.on(other, nl.innovatiewijzer.RulesOnDisk::advisor).port(0)
                .token(token))) {
            HttpResponse<String> signIn = guarded.get("/?token=" + token);
            String cookie = signIn.headers().firstValue("Set-Cookie").orElse("");
            HttpResponse<String> page = Served.send(guarded.request("/").header("Cookie", cookie.split(";")[0]).build());
            HttpResponse<String> change = Served.send(guarded.request("/api/assess").header("Cookie", cookie.split(";")[0])
                    .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(PILOT)).build());
            HttpResponse<String> form = Served.send(guarded.request("/api/assess")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("token=" + token)).build());

            assertEquals(303, signIn.statusCode());
            assertEquals("/", signIn.headers().firstValue("Location").orElse(""));
            assertEquals("innovatiewijzer-token=" + token + "; HttpOnly; SameSite=Strict; Path=/", cookie);
            assertEquals(200, page.statusCode(), page.body());
            assertEquals(401, change.statusCode(), "a cookie alone changes nothing");
            assertEquals(415, form.statusCode(), "the form's token lets it in; the API takes no form: " + form.body());
        }
    }

    @Test
    void aTokenTooShortOrWithCharactersOfItsOwnIsRefused(@TempDir Path other) {
        Workbench.Builder builder = Workbench.on(other, nl.innovatiewijzer.RulesOnDisk::advisor);

        assertEquals("an access token has 16 to 256 letters, digits, '-', '_', '.' or '~'",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> builder.token("kort")).getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> builder.token("lang-genoeg-maar; Path=/x"));
    }

    @Test
    void onAnAddressOtherThanLoopbackATokenIsMadeWhenNoneIsGiven(@TempDir Path other) throws Exception {
        try (Served open = Served.on(Workbench.on(other, nl.innovatiewijzer.RulesOnDisk::advisor).host("0.0.0.0")
                .port(0))) {
            assertTrue(open.workbench.token().orElse("").length() >= 32, open.workbench.token().toString());
            assertEquals(401, open.get("/api/projects").statusCode());
        }
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
