package nl.innovatiewijzer.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The portfolio page in a real browser: filtering the projects and reading in a facts file. */
class PortfolioBrowserTest {

    @TempDir
    Path projects;
    @TempDir
    Path profile;
    @TempDir
    Path downloads;
    private Served served;
    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        browser = Browser.start(profile);
        Files.copy(Path.of("facts/hondenoverlast.yaml"), projects.resolve("honden.yaml"));
        Files.copy(Path.of("facts/sterk-voorbeeldproject.yaml"), projects.resolve("sterk.yaml"));
        served = Served.on(projects);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (served != null) {
            served.close();
        }
    }

    private List<String> shown() {
        return browser.driver.findElements(By.cssSelector("table.ranking tbody tr")).stream()
                .map(row -> row.getAttribute("data-project")).toList();
    }

    @Test
    void theProjectsCanBeFilteredByPhase() {
        browser.open(served.address.toString());
        List<String> all = shown();

        new Select(browser.find("#filter-phase")).selectByVisibleText("idee");
        browser.find("#filter button").click();
        browser.until(ExpectedConditions.urlContains("phase=idea"));

        assertEquals(List.of("honden", "sterk"), all.stream().sorted().toList());
        assertEquals(List.of("honden"), shown());
    }

    @Test
    void aFactsFileReadInOpensAsAProject() throws Exception {
        Path file = Files.copy(Path.of("facts/factuurcontrole.yaml"), downloads.resolve("factuur.yaml"));
        browser.open(served.address.toString());

        browser.find("#import-file").sendKeys(file.toString());
        browser.find("#import button").click();
        browser.until(ExpectedConditions.urlContains("/projects/factuur"));

        assertTrue(Files.exists(projects.resolve("factuur.yaml")));
        assertTrue(browser.text("#project-name").length() > 0);
    }

    @Test
    void aBadFactsFileGetsTheReadersMessagesAndNothingIsStored() throws Exception {
        Path file = Files.writeString(downloads.resolve("kapot.yaml"), "project:\n  name: Kapot\n  phase: vliegen\n");
        browser.open(served.address.toString());

        browser.find("#import-file").sendKeys(file.toString());
        browser.find("#import button").click();
        WebElement problems = browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-problems")));

        assertTrue(problems.getText().startsWith("Niet ingelezen, er is niets bewaard"), problems.getText());
        assertTrue(problems.getText().contains("kapot.yaml:3: unknown value \"vliegen\""), problems.getText());
        assertTrue(Files.notExists(projects.resolve("kapot.yaml")));
    }
}
