package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.report.Portfolio;
import nl.innovatiewijzer.report.ReportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess} with many projects writes each report as it is made, and still the same documents. */
class ManyReportsCommandTest {

    @TempDir
    Path dir;

    private Path rules;
    private Path projects;

    @BeforeEach
    void threeProjectsAndASmallKnowledgeBase() {
        rules = SmallKnowledgeBase.writeTo(dir.resolve("rules"));
        projects = dir.resolve("projects");
        SmallKnowledgeBase.write(projects.resolve("a-risky.yaml"), """
                project: {name: Risicoproject, municipality: Ergens, processesPersonalData: true}
                projectLeader: {assigned: false}
                workingMethod: {cycleLengthWeeks: 8}
                """);
        SmallKnowledgeBase.write(projects.resolve("b-sound.yaml"), """
                project: {name: "Degelijk <project> & co", municipality: Elders}
                projectLeader: {assigned: true, hoursPerWeek: 20}
                """);
        SmallKnowledgeBase.write(projects.resolve("c-unknown.json"), "{\"project\": {\"name\": \"Onbekend project\"}}");
    }

    /** The portfolio of the three projects, made in this process: what the command line must show. */
    private Portfolio expected() {
        Advisor advisor = Advisor.fromDirectory(rules);
        List<Assessment> assessments = List.of("a-risky.yaml", "b-sound.yaml", "c-unknown.json").stream()
                .map(name -> advisor.assess(ProjectFacts.read(projects.resolve(name)), Language.NL))
                .toList();
        return Portfolio.of(assessments);
    }

    @Test
    void everyFormatOnStandardOutputIsTheDocumentOfAllReportsByteForByte() {
        Portfolio portfolio = expected();
        for (ReportFormat format : ReportFormat.values()) {
            Run run = Run.of("assess", projects.toString(), "--rules", rules.toString(), "--format",
                    format.code());

            assertEquals(0, run.exitCode(), run.err());
            assertEquals(format.renderer().all(portfolio), run.out(), format.name());
        }
    }

    @Test
    void thePortfolioFileSummarisesEveryProjectThoughNoReportIsKept() throws IOException {
        Path reports = dir.resolve("reports");

        Run run = Run.of("assess", projects.toString(), "--rules", rules.toString(), "--format", "json",
                "--out", reports.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(ReportFormat.JSON.renderer().portfolio(expected()), Files.readString(reports.resolve("portfolio.json")));
    }

    @Test
    void aThousandProjectsToStandardOutputFitInSixteenMegabytes() throws Exception {
        // kept whole, the thousand text reports and their document need more than twice this heap
        Path many = Files.createDirectories(dir.resolve("many"));
        for (int i = 1; i <= 1000; i++) {
            Files.writeString(many.resolve("p" + i + ".yaml"), "project: {name: Project " + i + "}\n"
                    + "projectLeader: {assigned: " + (i % 2 == 0) + ", hoursPerWeek: 8}\n");
        }
        assertEquals(0, Run.of("assess", many.resolve("p1.yaml").toString(), "--rules", rules.toString()).exitCode(),
                "the rules are compiled here, into the cache the child process reads");
        Path output = dir.resolve("out.txt");
        Path errors = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process assess = new ProcessBuilder(java, "-Xmx16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "nl.innovatiewijzer.cli.Main",
                "assess", many.toString(), "--rules", rules.toString())
                .redirectOutput(output.toFile())
                .redirectError(errors.toFile())
                .start();

        boolean finished = assess.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            assess.destroyForcibly();
        }

        assertTrue(finished, "the assessment did not finish");
        assertEquals(0, assess.exitValue(), Files.readString(errors, StandardCharsets.UTF_8));
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(1000, out.split("Advies van de Innovatiewijzer: Project ", -1).length - 1);
        assertTrue(out.contains("Portfolio-overzicht: 1000 projecten"), out.substring(Math.max(0, out.length() - 2000)));
    }
}
