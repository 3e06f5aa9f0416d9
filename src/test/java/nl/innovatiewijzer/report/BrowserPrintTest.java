package nl.innovatiewijzer.report;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.ProjectFacts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a real browser shows and prints it: headless Chromium takes a screenshot and
 * prints to PDF on A4, and a typical project fits on three pages. Skipped where no browser is found,
 * unless INNOVATIEWIJZER_BROWSER_TESTS is set (as CI sets it): then a missing browser fails.
 */
class BrowserPrintTest {

    private static final int MOST_PAGES = 3;
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable");

    @TempDir
    Path folder;

    @Test
    void aDirectorsReportIsShownAndPrintsOnAtMostThreePages() throws Exception {
        Path browser = browser();
        for (Assessment assessment : List.of(Examples.forADirector("Jeugdhulp op maat"),
                Examples.forADirectorInEnglish("Youth care fitted"))) {
            String name = "director-" + assessment.language().code();
            Path page = write(name, assessment);

            Path screenshot = folder.resolve(name + ".png");
            run(browser, "--window-size=1000,1400", "--screenshot=" + screenshot, page.toUri().toString());
            assertTrue(Files.size(screenshot) > 10_000, "the screenshot of " + name + " is empty");

            assertTrue(pages(browser, page) <= MOST_PAGES, name + " prints on more than " + MOST_PAGES + " pages");
        }
    }

    @Test
    void theTypicalExampleProjectsPrintOnAtMostThreePages() throws Exception {
        Path browser = browser();
        Advisor advisor = Advisor.withDefaultRules();
        List<String> tooLong = new ArrayList<>();
        for (Path example : List.of(Path.of("facts/factuurcontrole.yaml"), Path.of("facts/ondermijning-data-aanpak.yaml"))) {
            Assessment assessment = advisor.assess(ProjectFacts.read(example));
            int pages = pages(browser, write(example.getFileName().toString(), assessment));
            if (pages > MOST_PAGES) {
                tooLong.add(example + ": " + pages + " pages");
            }
        }
        assertTrue(tooLong.isEmpty(), "typical projects that do not fit on " + MOST_PAGES + " A4 pages: " + tooLong);
    }

    private Path write(String name, Assessment assessment) throws IOException {
        Path page = folder.resolve(name + ".html");
        Files.writeString(page, ReportFormat.HTML.renderer().assessment(assessment));
        return page;
    }

    /** Prints the page to PDF on A4 and counts its pages. */
    private int pages(Path browser, Path page) throws Exception {
        Path pdf = folder.resolve(page.getFileName() + ".pdf");
        run(browser, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    private void run(Path browser, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--user-data-dir=" + folder.resolve("profile")));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("browser.log").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the browser did not finish within two minutes: " + String.join(" ", command));
        }
        assertTrue(process.exitValue() == 0, "the browser failed (" + process.exitValue() + "): "
                + Files.readString(folder.resolve("browser.log")));
    }

    private static Path browser() {
        Optional<Path> found = Stream.concat(Stream.ofNullable(System.getenv("INNOVATIEWIJZER_BROWSER")), BROWSERS.stream())
                .map(Path::of).filter(Files::isExecutable).findFirst();
        if (found.isEmpty() && System.getenv("INNOVATIEWIJZER_BROWSER_TESTS") != null) {
            fail("INNOVATIEWIJZER_BROWSER_TESTS is set, but no browser was found at " + BROWSERS
                    + "; install chromium (apt-get install chromium) or name one in INNOVATIEWIJZER_BROWSER");
        }
        Assumptions.assumeTrue(found.isPresent(), "no browser found at " + BROWSERS);
        return found.get();
    }
}
