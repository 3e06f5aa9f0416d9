package nl.innovatiewijzer.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFileTest {

    @TempDir
    Path dir;

    @Test
    void aRegularFileWithinTheBoundIsReadWhole() throws IOException {
        Path file = Files.writeString(dir.resolve("a.yaml"), "project: {name: A}\n");

        assertArrayEquals(Files.readAllBytes(file), DocumentFile.read(file, 100, "a facts file"));
        assertNull(DocumentFile.whyNotReadable(file));
    }

    @Test
    void aFileLargerThanTheBoundIsRefusedWithItsSize() throws IOException {
        Path file = Files.writeString(dir.resolve("a.yaml"), "x".repeat(101));

        DocumentFile.Refused refused = assertThrows(DocumentFile.Refused.class,
                () -> DocumentFile.read(file, 100, "a facts file"));

        assertEquals("the file has 101 bytes; a facts file may have at most 100 bytes", refused.getMessage());
    }

    @Test
    void theBoundHoldsWhenTheFileSystemSaysTheSizeIsZero() throws IOException {
        Path status = Path.of("/proc/self/status"); // a regular file of size 0 with hundreds of bytes in it
        assumeTrue(Files.isRegularFile(status) && Files.size(status) == 0);

        DocumentFile.Refused refused = assertThrows(DocumentFile.Refused.class,
                () -> DocumentFile.read(status, 10, "a facts file"));

        assertEquals("the file has more than 10 bytes; a facts file may have at most 10 bytes", refused.getMessage());
    }

    @Test
    void aFolderIsNotAFileToRead() throws IOException {
        DocumentFile.Refused refused = assertThrows(DocumentFile.Refused.class,
                () -> DocumentFile.read(dir, 100, "a facts file"));

        assertEquals("not a regular file (a folder)", refused.getMessage());
    }

    @Test
    void nothingAtThePathIsNoSuchFile() {
        assertEquals("no such file", DocumentFile.whyNotReadable(dir.resolve("missing.yaml")));
    }
}
