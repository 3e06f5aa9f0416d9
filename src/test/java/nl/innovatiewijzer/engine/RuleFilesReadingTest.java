package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.innovatiewijzer.KnowledgeBaseException;
import nl.innovatiewijzer.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rules folder is read like a facts file: regular files only, never beyond the bound. */
class RuleFilesReadingTest {

    @TempDir
    Path temp;

    private List<String> problems(Path folder) {
        KnowledgeBaseException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(KnowledgeBaseException.class, () -> RuleFiles.fromDirectory(folder)));
        return e.problems().stream().map(Problem::toString).map(p -> p.replace(folder + "/", "")).toList();
    }

    @Test
    void aFifoAmongTheRuleFilesIsNamedAndNotOpened() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(folder.resolve("f1.drl"), "package rules;\n");
        assertEquals(0, new ProcessBuilder("mkfifo", folder.resolve("f2.drl").toString()).inheritIO().start().waitFor());

        assertEquals(List.of("f2.drl: not a regular file (a FIFO)"), problems(folder));
    }

    @Test
    void aBrokenLinkAmongTheTextsIsNamedWithWhereItLeads() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(folder.resolve("f1.drl"), "package rules;\n");
        Files.createSymbolicLink(folder.resolve("texts.yaml"), Path.of("gone.yaml"));

        assertEquals(List.of("texts.yaml: a symbolic link to gone.yaml, which does not exist"), problems(folder));
    }

    @Test
    void aSparseRuleFileOfThreeGigabytesIsRefusedWithItsSize() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("rules"));
        try (RandomAccessFile file = new RandomAccessFile(folder.resolve("f1.drl").toFile(), "rw")) {
            file.setLength(3L << 30);
        }

        assertEquals(List.of("f1.drl: the file has 3221225472 bytes; a rule or texts file may have at most "
                + RuleFiles.MAX_FILE_BYTES + " bytes"), problems(folder));
    }
}
