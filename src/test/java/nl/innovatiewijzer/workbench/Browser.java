package nl.innovatiewijzer.workbench;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its chromedriver, for the workbench's pages. Where
 * neither is found the tests are skipped, unless INNOVATIEWIJZER_BROWSER_TESTS is set (as CI sets
 * it): then a missing browser fails, as in BrowserPrintTest.
 */
final class Browser implements AutoCloseable {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A new headless browser; skips the test when there is none and CI does not ask for one. */
    static Browser start(Path profile) {
        Optional<Path> browser = found(Stream.concat(Stream.ofNullable(System.getenv("INNOVATIEWIJZER_BROWSER")),
                BROWSERS.stream()));
        Optional<Path> driver = found(DRIVERS.stream());
        if ((browser.isEmpty() || driver.isEmpty()) && System.getenv("INNOVATIEWIJZER_BROWSER_TESTS") != null) {
            fail("INNOVATIEWIJZER_BROWSER_TESTS is set, but no browser with its driver was found at " + BROWSERS
                    + " and " + DRIVERS + "; install them (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(browser.isPresent() && driver.isPresent(), "no browser with a chromedriver found");
        // Selenium warns that it has no DevTools bindings for this Chromium's version; the tests use none
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1600", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(chrome);
    }

    private static Optional<Path> found(Stream<String> places) {
        return places.map(Path::of).filter(Files::isExecutable).findFirst();
    }

    void open(String address) {
        driver.get(address);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** The text a user reads in the element. */
    String text(String css) {
        return find(css).getText();
    }

    /** The status a factor shows in the assessment beside the questions, e.g. "✗ Risico". */
    String status(String factor) {
        return text("#assessment li[data-factor='" + factor + "'] .badge");
    }

    /** The question of a fact, by its field path. */
    WebElement question(String path) {
        return find(".question[data-path='" + path + "']");
    }

    /** Chooses an answer from a question's list and waits until the assessment beside it is drawn again. */
    void choose(String path, String word) {
        redrawn(() -> new Select(question(path).findElement(By.tagName("select"))).selectByVisibleText(word));
    }

    /** Types an answer into a question's box, leaves it, and waits until the page has answered. */
    void type(String path, String typed) {
        redrawn(() -> {
            WebElement box = question(path).findElement(By.cssSelector("input[type=text]"));
            box.clear();
            box.sendKeys(typed);
            find("#project-name").click(); // leaving the box is what makes the answer count
        });
    }

    private void redrawn(Runnable change) {
        String before = find("#assessment").getAttribute("data-drawn");
        change.run();
        until(d -> {
            String now = d.findElement(By.id("assessment")).getAttribute("data-drawn");
            return now != null && !now.equals(before);
        });
    }

    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(10)).until(condition);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
