package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.innovatiewijzer.engine.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} as a user starts it: it says where the workbench is, and the API answers there. */
class ServeCommandTest {

    private static final Pattern ADDRESS = Pattern.compile("The workbench is on (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path projects;

    @Test
    void serveSaysWhereTheWorkbenchIsAndItsApiListsTheProjects() throws Exception {
        Files.copy(Path.of("facts/factuurcontrole.yaml"), projects.resolve("factuurcontrole.yaml"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exitCode.set(Main.run(new String[] {"serve", "--no-browser", "--projects", projects.toString(),
                "--port", "0"}, new PrintWriter(out, true), new PrintWriter(err, true))));
        serving.start();
        try {
            URI address = address(out, err);

            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    address.resolve("/api/projects")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"name\" : \"Automatische factuurcontrole\""), answer.body());
            assertTrue(out.toString().contains("for the projects in " + projects.toAbsolutePath()), out.toString());
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
        assertEquals(0, exitCode.get(), err.toString());
    }

    @Test
    void aChangedRulesFolderServesAtOnceAndABrokenChangeKeepsTheLastGoodRules(@TempDir Path dir) throws Exception {
        RulesFolder rules = RulesFolder.in(dir).drl("f4.drl", RulesFolder.longCyclesRule("RISK"))
                .write("f4.yaml", RulesFolder.LONG_CYCLES_TEXTS);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread serving = new Thread(() -> Main.run(new String[] {"serve", "--no-browser", "--projects", projects.toString(),
                "--port", "0", "--rules", rules.path().toString()}, new PrintWriter(out, true), new PrintWriter(err, true)));
        serving.start();
        try {
            URI address = address(out, err);
            assertEquals("RISK", longCyclesStatus(address));

            rules.drl("f4.drl", RulesFolder.longCyclesRule("ATTENTION"));
            awaitLine(err, "rules reloaded");
            assertEquals("ATTENTION", longCyclesStatus(address));

            rules.drl("f4.drl", RulesFolder.longCyclesRule("RISK").replace("then", "thenn"));
            awaitLine(err, "the last good rules keep serving");
            assertEquals("ATTENTION", longCyclesStatus(address));
        } finally {
            serving.interrupt();
            serving.join(10_000);
        }
    }

    private static String longCyclesStatus(URI address) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(address.resolve("/api/assess"))
                        .header("Content-Type", "application/yaml").timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString("project:\n  name: Lange cycli\n"
                                + "workingMethod:\n  cycleLengthWeeks: 20\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        Matcher f4 = Pattern.compile("\"id\": \"F4\",[^}]*?\"status\": \"(\\w+)\"").matcher(answer.body());
        assertTrue(f4.find(), answer.body());
        return f4.group(1);
    }

    private static void awaitLine(StringWriter err, String words) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            if (err.toString().contains(words)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not say '" + words + "' in 20 seconds:\n" + err);
    }

    @Test
    void aPortThatIsTakenIsABadCommandLineThatSaysWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run run = Run.of("serve", "--no-browser", "--projects", projects.toString(), "--port", "" + taken.getLocalPort());

            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("innovatiewijzer serve: cannot listen on 127.0.0.1:" + taken.getLocalPort()),
                    run.err());
            assertTrue(run.err().contains("--port 0 for a free one"), run.err());
        }
    }

    @Test
    void rulesThatDoNotCompileAtTheStartAreReportedAndNothingListens(@TempDir Path dir) {
        RulesFolder rules = RulesFolder.in(dir).drl("f4.drl", RulesFolder.longCyclesRule("RISK").replace("then", "thenn"))
                .write("f4.yaml", RulesFolder.LONG_CYCLES_TEXTS);

        Run run = Run.of("serve", "--no-browser", "--projects", projects.toString(), "--port", "0", "--rules", rules.path().toString());

        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error in the knowledge base: " + rules.path().resolve("f4.drl")), run.err());
        assertFalse(run.out().contains("The workbench is on"), run.out());
    }

    @Test
    void aPortOutsideTheRangeIsABadCommandLine() {
        Run run = Run.of("serve", "--no-browser", "--projects", projects.toString(), "--port", "70000");

        assertEquals(2, run.exitCode());
        assertEquals("innovatiewijzer serve: --port 70000: not a port; give 1 to 65535, or 0 for a free one\n", run.err());
    }

    @Test
    void aProjectsFolderThatIsAFileIsABadCommandLine() throws Exception {
        Path file = Files.writeString(projects.resolve("pilot.yaml"), "project:\n  name: Pilot\n");

        Run run = Run.of("serve", "--no-browser", "--projects", file.toString(), "--port", "0");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("not a folder"), run.err());
    }

    /** The address serve prints, waited for while it starts. */
    private static URI address(StringWriter out, StringWriter err) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Matcher printed = ADDRESS.matcher(out.toString());
            if (printed.find()) {
                return URI.create(printed.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve printed no address in 30 seconds:\n" + out + err);
    }
}
