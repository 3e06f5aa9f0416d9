package nl.innovatiewijzer.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import nl.innovatiewijzer.KnowledgeBaseException;
import nl.innovatiewijzer.Problem;

/**
 * The files of a knowledge base, read from a folder on disk or from the shipped {@code rules/}
 * inside the jar, in a fixed order (by path) so that the same files always build the same base.
 *
 * @param source the name of the knowledge base: {@code rules} for the shipped one, else the folder
 * @param files  the rule and texts files, sorted by path
 */
public record RuleFiles(String source, List<SourceFile> files) {

    /** The largest rule or texts file read; a knowledge base file is a few kilobytes. */
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    public RuleFiles {
        files = List.copyOf(files);
    }

    /**
     * Every {@code .drl} and {@code .yaml} file below {@code folder}, sub-folders included.
     *
     * @throws KnowledgeBaseException when the folder does not exist, holds no rules, or a file cannot be read
     */
    public static RuleFiles fromDirectory(Path folder) {
        String source = folder.toString().replace('\\', '/');
        if (!Files.isDirectory(folder)) {
            throw new KnowledgeBaseException(List.of(Problem.inFile(source, "no such folder of rules")));
        }
        return read(source, folder);
    }

    /** The knowledge base shipped inside the jar (the top-level {@code rules/} folder). */
    public static RuleFiles shipped() {
        try {
            Path folder = ClassPathFolder.find("rules");
            if (folder == null) {
                throw new KnowledgeBaseException(List.of(Problem.inFile("rules",
                        "the shipped knowledge base is missing from the class path")));
            }
            return read("rules", folder);
        } catch (IOException e) {
            throw new KnowledgeBaseException(List.of(Problem.inFile("rules",
                    "the shipped knowledge base cannot be read: " + e.getMessage())));
        }
    }

    private static RuleFiles read(String source, Path folder) {
        List<SourceFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> paths = walk.filter(Files::isRegularFile)
                    .filter(p -> isKnowledgeFile(p.getFileName().toString()))
                    .sorted(Comparator.comparing(p -> relative(folder, p)))
                    .toList();
            for (Path path : paths) {
                String relative = relative(folder, path);
                String shown = source + "/" + relative;
                if (Files.size(path) > MAX_FILE_BYTES) {
                    problems.add(Problem.inFile(shown, "the file is larger than " + MAX_FILE_BYTES + " bytes"));
                    continue;
                }
                files.add(new SourceFile(relative, shown, Files.readAllBytes(path)));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.inFile(source, "cannot be read: " + e.getMessage()));
        }
        if (problems.isEmpty() && files.stream().noneMatch(SourceFile::isRules)) {
            problems.add(Problem.inFile(source, "the folder holds no .drl rule files"));
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        return new RuleFiles(source, files);
    }

    private static boolean isKnowledgeFile(String name) {
        return name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /** {@code sha256:} and the hash of every file's path and content, in order. */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (SourceFile file : files) {
                sha.update(file.path().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.content());
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
