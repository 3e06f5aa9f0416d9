package nl.innovatiewijzer.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A report file written safely: never over a facts file being assessed, never through a link,
 * and whole or not at all, so that a reader sees the old report or the new one, never half of one.
 */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * Why a report must not be written to {@code target}, or null when it may: it is a link, or
     * something other than a regular file, or one of {@code inputs} (real paths of the facts files).
     */
    static String refusal(Path target, Set<Path> inputs) throws IOException {
        String refusal = refusal(target);
        if (refusal == null && Files.exists(target, LinkOption.NOFOLLOW_LINKS) && inputs.contains(target.toRealPath())) {
            return target + " is a facts file being assessed; a report never replaces its input, choose another --out";
        }
        return refusal;
    }

    /** The real paths of {@code files}, for {@link #refusal(Path, Set)}; a file that cannot be found is left out. */
    static Set<Path> realPaths(Iterable<Path> files) {
        Set<Path> real = new HashSet<>();
        for (Path file : files) {
            try {
                real.add(file.toRealPath());
            } catch (IOException e) {
                // nothing there: a report written to that path replaces no input
            }
        }
        return real;
    }

    /**
     * Writes {@code text} to {@code target}: into a new file beside it, then moved into its place
     * in one step. Folders above it are made when missing.
     *
     * @throws IOException when it cannot be written, or {@code target} has become a link or a folder
     */
    static void write(Path target, String text) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // beside the target, so that the move is a rename within one file system
        Path temporary = folder.resolve("." + target.getFileName() + "."
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            // CREATE_NEW makes the file or fails; it never opens what a link points at
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(text);
            }
            String refusal = refusal(target);
            if (refusal != null) {
                throw new IOException(refusal);
            }
            // a rename replaces a link itself, never the file it points at
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** What went wrong, in words for a user: the file and the reason, not the name of an exception. */
    static String why(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + ": no such file or folder";
        }
        if (e instanceof FileSystemException other && other.getReason() != null) {
            return other.getFile() + ": " + other.getReason();
        }
        return e.getMessage();
    }

    /** Why {@code target} is not a path a report may take: a link, or something other than a regular file. */
    private static String refusal(Path target) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (attributes.isSymbolicLink()) {
            return target + " is a symbolic link; a report is never written through a link, remove it or choose another --out";
        }
        if (!attributes.isRegularFile()) {
            return target + " exists and is not a regular file";
        }
        return null;
    }
}
