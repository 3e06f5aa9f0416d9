package nl.innovatiewijzer.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The projects folder: one facts file per project ({@code <id>.yaml}, the facts contract) and
 * beside it {@code <id>.history/}, every saved version as a facts file with its assessment
 * ({@code 2026-12-02T06-10-00.000Z.yaml} and {@code .json}). Plain files that people can mail,
 * back up and put in git, and that the command line reads. Every file is written beside its place
 * and moved there in one step; a save names the version it was made from and is refused when the
 * file has changed since.
 */
final class ProjectsFolder {

    static final String EXTENSION = ".yaml";
    static final String HISTORY = ".history";

    /** The name of a saved version: a time in UTC that sorts as it reads and is a file name everywhere. */
    private static final DateTimeFormatter VERSION_NAME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path folder;
    /** Saves are made one at a time, so that checking the version and writing are one step. */
    private final Object saving = new Object();

    ProjectsFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Path folder() {
        return folder;
    }

    /** The ids of the projects in the folder, sorted. */
    List<ProjectId> ids() throws IOException {
        List<ProjectId> ids = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                String id = name.substring(0, name.length() - EXTENSION.length());
                if (ProjectId.isValid(id) && Files.isRegularFile(entry)) {
                    ids.add(new ProjectId(id));
                }
            }
        }
        ids.sort(Comparator.comparing(ProjectId::value));
        return ids;
    }

    /** The facts file of a project and its version, or empty when there is no such project. */
    Optional<StoredFacts> read(ProjectId id) throws IOException {
        Path file = factsFile(id);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] content = Files.readAllBytes(file);
            return Optional.of(new StoredFacts(id, file, content, version(content)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Saves a project's facts and, in its history, this version with its assessment. {@code expected}
     * is the version the save was made from, or null for a new project.
     *
     * @return the new version
     * @throws StaleVersionException when the project changed since {@code expected}, or exists and
     *                               no version was given, or was removed; nothing is written
     */
    String save(ProjectId id, byte[] facts, String expected, String assessmentJson, Instant now)
            throws IOException, StaleVersionException {
        synchronized (saving) {
            Optional<StoredFacts> current = read(id);
            if (current.isPresent() && expected == null) {
                throw new StaleVersionException("project " + id + " exists; send the version you read (the ETag of "
                        + "GET /api/projects/" + id + ") in If-Match, so that no one else's save is overwritten");
            }
            if (current.isEmpty() && expected != null) {
                throw new StaleVersionException("project " + id + " no longer exists; it was removed after you "
                        + "read it. Save it without If-Match to make it again");
            }
            if (current.isPresent() && !current.get().version().equals(expected)) {
                throw new StaleVersionException("project " + id + " was saved by someone else after you read it "
                        + "(in another tab or window, say); nothing was saved. Load it again and redo your change");
            }
            write(factsFile(id), facts);
            Path history = folder.resolve(id + HISTORY);
            Files.createDirectories(history);
            String name = freeVersionName(history, now);
            write(history.resolve(name + EXTENSION), facts);
            write(history.resolve(name + ".json"), assessmentJson.getBytes(StandardCharsets.UTF_8));
            return version(facts);
        }
    }

    /** The saved versions of a project, newest first; a file in the history that is no version is passed over. */
    List<SavedVersion> history(ProjectId id) throws IOException {
        Path history = folder.resolve(id + HISTORY);
        List<SavedVersion> versions = new ArrayList<>();
        if (!Files.isDirectory(history, LinkOption.NOFOLLOW_LINKS)) {
            return versions;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(history, "*.json")) {
            for (Path assessment : entries) {
                String name = assessment.getFileName().toString();
                String stem = name.substring(0, name.length() - ".json".length());
                try {
                    Instant savedAt = VERSION_NAME.parse(stem, Instant::from);
                    versions.add(new SavedVersion(savedAt, history.resolve(stem + EXTENSION), assessment));
                } catch (DateTimeParseException e) {
                    // not a version this folder wrote: someone's own file, left alone
                }
            }
        }
        versions.sort(Comparator.comparing(SavedVersion::savedAt).reversed());
        return versions;
    }

    /** The version of a facts file: a hash of its bytes, which any change to the file changes. */
    static String version(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private Path factsFile(ProjectId id) {
        Path file = folder.resolve(id + EXTENSION).normalize();
        if (!folder.equals(file.getParent())) { // an id cannot leave the folder; this holds it to that
            throw new IllegalArgumentException("not a project id: " + id);
        }
        return file;
    }

    /** The name for a version saved at {@code now}: its time, a millisecond later while that is taken. */
    private static String freeVersionName(Path history, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        while (Files.exists(history.resolve(VERSION_NAME.format(at) + ".json"), LinkOption.NOFOLLOW_LINKS)) {
            at = at.plusMillis(1);
        }
        return VERSION_NAME.format(at);
    }

    /** Writes {@code content} to a new file beside {@code target}, then moves it into place in one step. */
    private static void write(Path target, byte[] content) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + "."
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
            // a rename replaces a link itself, never the file it points at
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot write " + target + ": a temporary file of that name is in the way", e);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A project's facts file as read.
     *
     * @param version the version a save must name to replace it
     */
    record StoredFacts(ProjectId id, Path file, byte[] content, String version) {
    }
}
