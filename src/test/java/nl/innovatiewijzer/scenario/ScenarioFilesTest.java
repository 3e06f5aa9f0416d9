package nl.innovatiewijzer.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.innovatiewijzer.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files and the facts files they name are read only when regular, and never beyond their bound. */
class ScenarioFilesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    /** The problems of reading {@code file}, as the command line prints them, with the folder left out. */
    private List<String> problems(Path file) {
        InvalidScenarioException e = assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(
                InvalidScenarioException.class, () -> ScenarioReader.read(ScenarioFile.of(file))));
        return e.problems().stream().map(Problem::toString).map(p -> p.replace(dir + "/", "")).toList();
    }

    private Path scenarioNaming(String factsFile) throws IOException {
        return TestRules.scenario(dir, "s.scenario.yaml", "name: Nobody leads\nfactsFile: " + factsFile
                + "\nexpect: {factors: {F1: RISK}}\n");
    }

    private static void mkfifo(Path path) throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor());
    }

    @Test
    void aSparseFactsFileOfThreeGigabytesIsRefusedWithItsSize() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("huge.yaml").toFile(), "rw")) {
            file.setLength(3L << 30);
        }

        assertEquals(List.of("s.scenario.yaml:2:12: factsFile: huge.yaml does not follow the facts contract:",
                        "huge.yaml: the file has 3221225472 bytes; a facts file may have at most 1048576 bytes"),
                problems(scenarioNaming("huge.yaml")));
    }

    @Test
    void aFifoAsFactsFileIsNamedAtTheLineThatNamesItWithoutWaitingForAWriter() throws Exception {
        mkfifo(dir.resolve("pipe.yaml"));

        assertEquals(List.of("s.scenario.yaml:2:12: factsFile: pipe.yaml: not a regular file (a FIFO)"),
                problems(scenarioNaming("pipe.yaml")));
    }

    @Test
    void aFactsFileThatIsABrokenLinkSaysWhereTheLinkLeads() throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("elsewhere.yaml"));

        assertEquals(List.of("s.scenario.yaml:2:12: factsFile: gone.yaml: a symbolic link to elsewhere.yaml, "
                        + "which does not exist"),
                problems(scenarioNaming("gone.yaml")));
    }

    @Test
    void aScenarioFileLinkedToDevZeroIsRefusedBeforeAnyByteIsRead() throws IOException {
        Path zero = Files.createSymbolicLink(dir.resolve("zero.scenario.yaml"), Path.of("/dev/zero"));

        assertEquals(List.of("zero.scenario.yaml: not a regular file (a character device)"), problems(zero));
    }

    @Test
    void aFolderOfScenariosKeepsTheEntriesItCannotReadSoThatReadingThemNamesThem() throws Exception {
        Path good = TestRules.scenario(dir, "good.scenario.yaml", "name: Good\nfacts: {project: {name: X}}\n"
                + "expect: {factors: {F1: UNKNOWN}}\n");
        Path fifo = dir.resolve("pipe.scenario.yaml");
        mkfifo(fifo);
        Files.createSymbolicLink(dir.resolve("gone.scenario.yaml"), dir.resolve("nowhere.scenario.yaml"));

        List<ScenarioFile> found = ScenarioFiles.find(List.of(dir));

        assertEquals(List.of("gone.scenario.yaml", "good.scenario.yaml", "pipe.scenario.yaml"),
                found.stream().map(file -> file.path().getFileName().toString()).toList());
        assertEquals(List.of("pipe.scenario.yaml: not a regular file (a FIFO)"), problems(found.get(2).path()));
        assertEquals("Good", ScenarioReader.read(ScenarioFile.of(good)).name());
    }
}
