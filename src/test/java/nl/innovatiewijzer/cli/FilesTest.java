package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code assess} reads and what it writes: only regular files in, never over an input or through a link out. */
class FilesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Path rules;
    private Path projects;

    @BeforeEach
    void twoProjectsAndASmallKnowledgeBase() {
        rules = SmallKnowledgeBase.writeTo(dir.resolve("rules"));
        projects = dir.resolve("projects");
        SmallKnowledgeBase.write(projects.resolve("risky.json"), "{\"project\": {\"name\": \"Risicoproject\"}, "
                + "\"projectLeader\": {\"assigned\": false}}");
        SmallKnowledgeBase.write(projects.resolve("sound.yaml"), "project: {name: Degelijk project}\n"
                + "projectLeader: {assigned: true, hoursPerWeek: 20}\n");
    }

    private Run assess(String... arguments) {
        String[] all = Stream.concat(Stream.of("assess"), Stream.concat(Stream.of(arguments),
                Stream.of("--rules", rules.toString()))).toArray(String[]::new);
        return assertTimeoutPreemptively(HANG_GUARD, () -> Run.of(all));
    }

    private static void mkfifo(Path path) throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    // --- never over an input

    @Test
    void outNamingTheInputFolderIsRefusedAndLeavesTheFactsFilesAsTheyWere() throws IOException {
        String facts = Files.readString(projects.resolve("risky.json"));

        Run run = assess(projects.toString(), "--format", "json", "--out", projects.toString());

        assertEquals(2, run.exitCode());
        assertEquals("innovatiewijzer assess: --out: " + projects.resolve("risky.json") + " is a facts file being "
                + "assessed; a report never replaces its input, choose another --out", run.err().strip());
        assertEquals(facts, Files.readString(projects.resolve("risky.json")));
        assertEquals(List.of("risky.json", "sound.yaml"), listing(projects), "nothing is written");
    }

    @Test
    void outNamingTheFactsFileItselfIsRefused() throws IOException {
        Path file = projects.resolve("risky.json");
        String facts = Files.readString(file);

        Run run = assess(file.toString(), "--format", "json", "--out", file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(file + " is a facts file being assessed"), run.err());
        assertEquals(facts, Files.readString(file));
    }

    @Test
    void outReachingTheFactsFileThroughAnotherPathIsRefusedToo() throws IOException {
        Path file = projects.resolve("risky.json");
        String facts = Files.readString(file);
        Path sameFolder = Files.createSymbolicLink(dir.resolve("also-projects"), projects);

        Run run = assess(file.toString(), "--format", "json", "--out", sameFolder.resolve("risky.json").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("is a facts file being assessed"), run.err());
        assertEquals(facts, Files.readString(file));
    }

    @Test
    void outNamingTheInputFolderIsFineWhenNoReportTakesAFactsFilesName() throws IOException {
        Run run = assess(projects.toString(), "--format", "html", "--out", projects.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("portfolio.html", "risky.html", "risky.json", "sound.html", "sound.yaml"), listing(projects));
    }

    // --- never through a link

    @Test
    void aLinkInTheOutFolderIsNotFollowedAndTheFileOutsideStaysAsItWas() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "precious\n");
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path link = Files.createSymbolicLink(reports.resolve("risky.md"), outside);

        Run run = assess(projects.toString(), "--format", "markdown", "--out", reports.toString());

        assertEquals(2, run.exitCode());
        assertEquals("innovatiewijzer assess: --out: " + link + " is a symbolic link; a report is never written "
                + "through a link, remove it or choose another --out", run.err().strip());
        assertEquals("precious\n", Files.readString(outside));
        assertEquals(List.of("risky.md"), listing(reports), "nothing is written");
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aLinkGivenAsTheReportFileIsNotFollowed() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "precious\n");
        Path link = Files.createSymbolicLink(dir.resolve("advies.txt"), outside);

        Run run = assess(projects.resolve("sound.yaml").toString(), "--out", link.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(link + " is a symbolic link"), run.err());
        assertEquals("precious\n", Files.readString(outside));
    }

    @Test
    void aFolderWhereAReportGoesIsRefusedByName() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.createDirectories(reports.resolve("portfolio.txt"));

        Run run = assess(projects.toString(), "--out", reports.toString());

        assertEquals(2, run.exitCode());
        assertEquals("innovatiewijzer assess: --out: " + reports.resolve("portfolio.txt")
                + " exists and is not a regular file", run.err().strip());
        assertEquals(List.of("portfolio.txt"), listing(reports));
    }

    // --- whole or not at all

    @Test
    void aReportReplacesTheOldOneInOneStepAndLeavesNoTemporaryFile() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path old = Files.writeString(reports.resolve("sound.md"), "old report\n");
        // a reader that has the old report open keeps seeing all of it: the new one is a new file moved in
        Path openedByAReader = Files.createLink(dir.resolve("reader-view.md"), old);

        Run run = assess(projects.toString(), "--format", "markdown", "--out", reports.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("portfolio.md", "risky.md", "sound.md"), listing(reports));
        assertTrue(Files.readString(reports.resolve("sound.md")).startsWith("# Advies van de Innovatiewijzer: Degelijk"));
        assertEquals("old report\n", Files.readString(openedByAReader));
    }

    @Test
    void aFolderInThePlaceOfTheReportIsRefusedAndNoTemporaryFileIsLeftBehind() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path target = Files.createDirectories(reports.resolve("advies.txt"));

        IOException refused = assertThrows(IOException.class, () -> OutputFile.write(target, "report\n"));

        assertEquals(target + " exists and is not a regular file", refused.getMessage());
        assertEquals(List.of("advies.txt"), listing(reports));
        assertEquals(List.of(), listing(target));
    }

    // --- only regular files in, within a bound

    @Test
    void aFifoAsFactsFileIsRefusedAtOnceWithoutWaitingForAWriter() throws Exception {
        Path fifo = projects.resolve("pipe.yaml");
        mkfifo(fifo);

        Run run = assess(fifo.toString());

        assertEquals(2, run.exitCode());
        assertEquals(fifo + ": not a regular file (a FIFO)", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void aLinkToDevZeroIsRefusedBeforeAnyByteIsRead() throws Exception {
        Path zero = Files.createSymbolicLink(projects.resolve("zero.yaml"), Path.of("/dev/zero"));

        Run run = assess(zero.toString());

        assertEquals(2, run.exitCode());
        assertEquals(zero + ": not a regular file (a character device)", run.err().strip());
    }

    @Test
    void aFolderNamesEveryFactsEntryItSkipsAssessesTheRestAndExitsWithTwo() throws Exception {
        Path dangling = Files.createSymbolicLink(projects.resolve("gone.yaml"), projects.resolve("nowhere.yaml"));
        Path loop = Files.createSymbolicLink(projects.resolve("loop.yaml"), projects.resolve("loop.yaml"));
        Path fifo = projects.resolve("pipe.json");
        mkfifo(fifo);
        Files.writeString(projects.resolve("notes.txt"), "not a facts file, and not said to be one\n");

        Run run = assess(projects.toString());

        assertEquals(2, run.exitCode());
        assertEquals(List.of(
                        dangling + ": skipped: a symbolic link to " + projects.resolve("nowhere.yaml") + ", which does not exist",
                        loop + ": skipped: a symbolic link to " + loop + ", which leads round in a loop",
                        fifo + ": skipped: not a regular file (a FIFO)"),
                run.err().lines().toList());
        assertTrue(run.out().contains("Advies van de Innovatiewijzer: Risicoproject"), run.out());
        assertTrue(run.out().contains("Advies van de Innovatiewijzer: Degelijk project"), run.out());
        assertTrue(run.out().contains("Portfolio-overzicht: 2 projecten"), run.out());
    }

    @Test
    void aLinkToAFactsFileIsReadLikeTheFileItself() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("linked.yaml"), projects.resolve("sound.yaml"));

        Run run = assess(link.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Advies van de Innovatiewijzer: Degelijk project"), run.out());
    }

    @Test
    void aSparseFileOfThreeGigabytesIsRefusedWithItsSize() throws IOException {
        Path huge = projects.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30);
        }

        Run run = assess(huge.toString());

        assertEquals(2, run.exitCode());
        assertEquals(huge + ": the file has 3221225472 bytes; a facts file may have at most 1048576 bytes",
                run.err().strip());
    }

    @Test
    void aFolderNamedLikeAFactsFileIsSkippedByNameWhileOtherSubFoldersAreNotRead() throws IOException {
        Path folder = Files.createDirectories(projects.resolve("old.yaml"));
        Files.createDirectories(projects.resolve("archive"));

        Run run = assess(projects.toString());

        assertEquals(2, run.exitCode());
        assertEquals(folder + ": skipped: not a regular file (a folder)", run.err().strip());
        assertTrue(run.out().contains("Portfolio-overzicht: 2 projecten"), run.out());
    }
}
