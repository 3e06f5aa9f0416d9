package nl.innovatiewijzer.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio page: every project with its nine statuses and duties to do, the one that needs most first. */
class PortfolioPageTest {

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
    void theProjectsAreRankedByRiskEachWithNineStatusesAndItsDutiesToDo() throws Exception {
        Files.copy(Path.of("facts/sterk-voorbeeldproject.yaml"), projects.resolve("a-sterk.yaml"));
        Files.copy(Path.of("facts/hondenoverlast.yaml"), projects.resolve("b-honden.yaml"));
        served = Served.on(projects);

        HttpResponse<String> page = served.get("/");

        assertEquals(200, page.statusCode(), page.body());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
        assertEquals(List.of("b-honden", "a-sterk"), rows(page.body()));
        assertTrue(page.body().contains("<h2>Projecten naar risico</h2>"), page.body());
        assertEquals(18, count(page.body(), "<span class=\"badge "), page.body());
        assertTrue(page.body().contains("<span class=\"badge risk\""), page.body());
        assertTrue(page.body().contains("<th class=\"number\">Verplichtingen te doen</th>"), page.body());
    }

    @Test
    void thePageSpeaksTheLanguageAskedFor() throws Exception {
        Files.copy(Path.of("facts/hondenoverlast.yaml"), projects.resolve("honden.yaml"));
        served = Served.on(projects);

        String page = served.get("/?lang=en").body();

        assertTrue(page.contains("<html lang=\"en\">"), page);
        assertTrue(page.contains("<h2>Projects by risk</h2>"), page);
    }

    @Test
    void aScriptInAProjectNameIsShownAsTextAndThePageRunsOnlyTheWorkbenchsOwnScriptFile() throws Exception {
        Files.writeString(projects.resolve("pilot.yaml"), "project:\n  name: \"<script>alert('x')</script>\"\n");
        served = Served.on(projects);

        HttpResponse<String> page = served.get("/");

        assertEquals(List.of("<script src=\"/workbench.js\" defer>"), Pattern.compile("<script[^>]*>")
                .matcher(page.body()).results().map(m -> m.group()).toList(), page.body());
        assertTrue(page.body().contains("&lt;script&gt;alert("), page.body());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.startsWith("default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self';"),
                policy);
    }

    @Test
    void aFileThatIsNotValidFactsIsListedAsLeftOutWithItsProblem() throws Exception {
        Files.writeString(projects.resolve("kapot.yaml"), "project:\n  name: Kapot\n  phase: vliegen\n");
        served = Served.on(projects);

        String page = served.get("/").body();

        assertTrue(page.contains("<h2>Niet meegeteld</h2>"), page);
        assertTrue(page.contains("<code>kapot.yaml</code>"), page);
        assertTrue(page.contains("kapot.yaml:3:"), page);
    }

    @Test
    void theStyleSheetComesFromTheJarItself() throws Exception {
        served = Served.on(projects);

        HttpResponse<String> css = served.get("/workbench.css");

        assertEquals(200, css.statusCode());
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElse(""));
        assertTrue(css.body().contains(".badge.risk"), css.body());
        assertTrue(served.get("/").body().contains("<link rel=\"stylesheet\" href=\"/workbench.css\">"));
    }

    private static List<String> rows(String page) {
        Matcher row = Pattern.compile("<tr data-project=\"([^\"]+)\">").matcher(page);
        List<String> ids = new java.util.ArrayList<>();
        while (row.find()) {
            ids.add(row.group(1));
        }
        return ids;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
