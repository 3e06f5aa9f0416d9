package nl.innovatiewijzer.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.Reload;
import nl.innovatiewijzer.RulesOnDisk;
import nl.innovatiewijzer.scenario.ScenarioFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The knowledge page: the rules that serve, the check's warnings, the scenarios, a refused change. */
class KnowledgePageTest {

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
    void thePageShowsTheRulesThatServeAndHowTheScenariosFare() throws Exception {
        Advisor advisor = RulesOnDisk.advisor();
        served = Served.on(Workbench.on(projects, () -> advisor).port(0)
                .knowledge(() -> List.of(ScenarioFile.of(Path.of("scenarios/alleen-een-naam-nobody-leads.scenario.yaml"))),
                        Optional::empty));

        String page = served.get("/knowledge").body();

        assertTrue(page.contains("<code>" + advisor.knowledgeBase().fingerprint() + "</code>"), page);
        assertTrue(page.contains(advisor.knowledgeBase().rules() + " regels in " + advisor.knowledgeBase().files()
                + " bestanden"), page);
        assertTrue(page.contains("<p class=\"intro\" id=\"scenario-count\">1 geslaagd, 0 niet geslaagd.</p>"), page);
        assertTrue(page.contains("data-scenario=\"scenarios/alleen-een-naam-nobody-leads.scenario.yaml\""), page);
    }

    @Test
    void aChangeOfTheRulesThatWasRefusedIsShownWithWhereItWentWrong() throws Exception {
        Advisor advisor = RulesOnDisk.advisor();
        Reload refused = new Reload(false, advisor.knowledgeBase(),
                List.of(new Problem("rules/f1-project-leader.drl", 12, 5, null, "mismatched input 'then'")));
        served = Served.on(Workbench.on(projects, () -> advisor).port(0)
                .knowledge(List::of, () -> Optional.of(refused)));

        String page = served.get("/knowledge?lang=en").body();

        assertTrue(page.contains("The last change of the rules was refused"), page);
        assertTrue(page.contains("rules/f1-project-leader.drl:12:5"), page);
        assertEquals(200, served.get("/knowledge").statusCode());
    }
}
