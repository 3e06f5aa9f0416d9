package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess} with many facts files: a report per project and a portfolio summary. */
class PortfolioCommandTest {

    @TempDir
    Path dir;

    private Path rules;
    private Path projects;

    @BeforeEach
    void threeProjectsAndASmallKnowledgeBase() {
        rules = SmallKnowledgeBase.writeTo(dir.resolve("rules"));
        projects = dir.resolve("projects");
        // at risk on F1 and F5, attention on F4, four recommendations, a DPIA to do
        SmallKnowledgeBase.write(projects.resolve("risky.yaml"), """
                project: {name: Risicoproject, municipality: Ergens, processesPersonalData: true}
                projectLeader: {assigned: false}
                team: {members: [{role: domainExpert}]}
                workingMethod: {cycleLengthWeeks: 8}
                learning: {lessonsShared: false}
                dataUse: {dpiaDone: false}
                """);
        // strong on F1, nothing else judged
        SmallKnowledgeBase.write(projects.resolve("sound.yaml"), """
                project: {name: Degelijk project, municipality: Elders}
                projectLeader: {assigned: true, hoursPerWeek: 20}
                workingMethod: {cycleLengthWeeks: 2}
                """);
        // nothing known but the name
        SmallKnowledgeBase.write(projects.resolve("unknown.json"), "{\"project\": {\"name\": \"Onbekend project\"}}");
    }

    @Test
    void aFolderToStandardOutputGivesEveryReportFollowedByThePortfolio() {
        Run run = Run.of("assess", projects.toString(), "--rules", rules.toString());

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        int risky = out.indexOf("Advies van de Innovatiewijzer: Risicoproject");
        int sound = out.indexOf("Advies van de Innovatiewijzer: Degelijk project");
        int unknown = out.indexOf("Advies van de Innovatiewijzer: Onbekend project");
        int portfolio = out.indexOf("Portfolio-overzicht: 3 projecten");
        assertTrue(0 <= risky && risky < sound && sound < unknown && unknown < portfolio, out);
        assertEquals("", run.err(), "no progress indicator when standard error is not a terminal");
    }

    @Test
    void thePortfolioCountsTheStatusesOfEachFactor() throws IOException {
        Run run = Run.of("assess", projects.toString(), "--rules", rules.toString(), "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode all = new ObjectMapper().readTree(run.out());
        assertEquals(3, all.get("assessments").size());
        JsonNode factors = all.get("portfolio").get("factors");
        assertEquals("{\"STRONG\":1,\"ATTENTION\":0,\"RISK\":1,\"UNKNOWN\":1}", factors.get(0).get("statuses").toString());
        assertEquals("{\"STRONG\":0,\"ATTENTION\":1,\"RISK\":0,\"UNKNOWN\":2}", factors.get(3).get("statuses").toString());
        assertEquals("{\"STRONG\":0,\"ATTENTION\":0,\"RISK\":1,\"UNKNOWN\":2}", factors.get(4).get("statuses").toString());
        assertEquals("{\"STRONG\":0,\"ATTENTION\":0,\"RISK\":0,\"UNKNOWN\":3}", factors.get(8).get("statuses").toString());
    }

    @Test
    void projectsAreRankedByRiskFactorsThenHighRecommendations() throws IOException {
        Run run = Run.of("assess", projects.resolve("sound.yaml").toString(), projects.resolve("unknown.json").toString(),
                projects.resolve("risky.yaml").toString(), "--rules", rules.toString(), "--format", "json");

        JsonNode ranking = new ObjectMapper().readTree(run.out()).get("portfolio").get("ranking");
        assertEquals("Risicoproject", ranking.get(0).get("project").get("name").asText());
        assertEquals(2, ranking.get(0).get("risks").asInt());
        assertEquals(2, ranking.get(0).get("highRecommendations").asInt());
        assertEquals("Degelijk project", ranking.get(1).get("project").get("name").asText());
        assertEquals("Onbekend project", ranking.get(2).get("project").get("name").asText());
    }

    @Test
    void outWithAFolderWritesAReportPerProjectNamedAfterItsFactsFileAndThePortfolio() throws IOException {
        Path reports = dir.resolve("reports");

        Run run = Run.of("assess", projects.toString(), "--rules", rules.toString(), "--format", "markdown",
                "--out", reports.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals(List.of("portfolio.md", "risky.md", "sound.md", "unknown.md"), listing(reports));
        assertTrue(Files.readString(reports.resolve("risky.md")).startsWith("# Advies van de Innovatiewijzer: Risicoproject"));
        String portfolio = Files.readString(reports.resolve("portfolio.md"));
        assertTrue(portfolio.startsWith("# Portfolio-overzicht: 3 projecten"), portfolio);
        assertTrue(portfolio.contains("| 1 | Risicoproject | Ergens | 2 | 1 | 2 |"), portfolio);
    }

    @Test
    void factsFilesWithTheSameNameInTwoFoldersGetTwoReports() throws IOException {
        Path other = SmallKnowledgeBase.write(dir.resolve("other").resolve("risky.yaml"), "project: {name: Ander}\n");
        Path reports = dir.resolve("reports");

        Run run = Run.of("assess", projects.resolve("risky.yaml").toString(), other.toString(),
                "--rules", rules.toString(), "--format", "html", "--out", reports.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("portfolio.html", "risky-2.html", "risky.html"), listing(reports));
        assertTrue(Files.readString(reports.resolve("risky-2.html")).contains("Ander"));
    }

    @Test
    void outNamingAFileWithManyProjectsExitsWithTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("taken.txt"), "");

        Run run = Run.of("assess", projects.toString(), "--rules", rules.toString(), "--out", file.toString());

        assertEquals(2, run.exitCode());
        assertEquals("innovatiewijzer assess: --out: " + file
                + " is a file; with several facts files or a folder, --out names a folder", run.err().strip());
    }

    @Test
    void oneBadFactsFileAmongManyExitsWithTwoAfterReportingTheOthers() {
        Path bad = SmallKnowledgeBase.write(projects.resolve("zz-bad.yaml"), "project: {name: X, budget: 3}\n");

        Run run = Run.of("assess", projects.toString(), "--rules", rules.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith(bad.toString() + ":1:"), run.err());
        assertTrue(run.out().contains("Portfolio-overzicht: 3 projecten"), run.out());
    }

    @Test
    void thePortfolioListsTheFileItLeftOutAndWhyInTheLanguageOfTheReport() throws IOException {
        Path bad = SmallKnowledgeBase.write(projects.resolve("zz-bad.yaml"), "project: {name: X, phase: pilott}\n");
        Path out = dir.resolve("reports");

        Run run = Run.of("assess", projects.toString(), "--rules", rules.toString(), "--out", out.toString());

        assertEquals(2, run.exitCode(), "a file left out still fails the run");
        assertEquals(List.of("portfolio.txt", "risky.txt", "sound.txt", "unknown.txt"), listing(out));
        String portfolio = Files.readString(out.resolve("portfolio.txt"));
        assertTrue(portfolio.contains("Portfolio-overzicht: 3 projecten"), portfolio);
        assertTrue(portfolio.contains("\nNiet meegeteld\n--------------\n"
                + "Deze bestanden zijn niet beoordeeld en tellen hierboven niet mee.\n"
                + "  - " + bad + ": niet te lezen als feitenbestand\n"
                + "      " + bad + ":1:27: project.phase: unknown value \"pilott\"; expected one of idea, experiment, "
                + "pilot, implementation, scaling; did you mean pilot?\n"), portfolio);
    }

    @Test
    void everyFormatOfThePortfolioNamesTheFileLeftOut() throws IOException {
        Path bad = SmallKnowledgeBase.write(projects.resolve("zz-bad.yaml"), "project: {name: X, phase: pilott}\n");

        for (String format : List.of("text", "markdown", "html")) {
            Run run = Run.of("assess", projects.toString(), "--rules", rules.toString(), "--format", format,
                    "--lang", "en");

            assertEquals(2, run.exitCode(), format);
            String summary = run.out().substring(run.out().lastIndexOf("Portfolio summary"));
            assertTrue(summary.contains("Left out") && summary.contains("could not be read as a facts file")
                    && summary.contains(bad.toString()), format + ":\n" + summary);
        }
    }

    @Test
    void theJsonPortfolioListsTheFileLeftOutWithItsProblems() throws IOException {
        Path bad = SmallKnowledgeBase.write(projects.resolve("zz-bad.yaml"), "project: {name: X, phase: pilott}\n");

        Run run = Run.of("assess", projects.toString(), "--rules", rules.toString(), "--format", "json");

        assertEquals(2, run.exitCode());
        JsonNode leftOut = new ObjectMapper().readTree(run.out()).at("/portfolio/leftOut");
        assertEquals(1, leftOut.size(), leftOut.toString());
        assertEquals(bad.toString(), leftOut.at("/0/file").asText());
        assertEquals("INVALID", leftOut.at("/0/reason").asText());
        assertEquals(1, leftOut.at("/0/problems/0/line").asInt());
        assertEquals("project.phase", leftOut.at("/0/problems/0/field").asText());
    }

    @Test
    void aPortfolioOfEveryFileGivenHasNothingLeftOut() throws IOException {
        Run run = Run.of("assess", projects.toString(), "--rules", rules.toString(), "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, new ObjectMapper().readTree(run.out()).at("/portfolio/leftOut").size());
        assertTrue(!Run.of("assess", projects.toString(), "--rules", rules.toString()).out().contains("Niet meegeteld"));
    }

    @Test
    void aFolderWithoutFactsFilesExitsWithTwo() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        Run run = Run.of("assess", empty.toString(), "--rules", rules.toString());

        assertEquals(2, run.exitCode());
        assertEquals(empty + ": the folder holds no facts files (.yaml, .yml, .json)", run.err().strip());
        assertEquals("", run.out());
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
