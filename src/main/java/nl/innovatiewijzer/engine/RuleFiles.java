package nl.innovatiewijzer.engine;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nl.innovatiewijzer.KnowledgeBaseException;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.document.ClassPathFolder;
import nl.innovatiewijzer.document.DocumentFile;

/**
 * The files of a knowledge base, read from a folder on disk or from the shipped {@code rules/}
 * inside the jar, in a fixed order (by path) so that the same files always build the same base.
 *
 * @param source           the name of the knowledge base: {@code rules} for the shipped one, else the folder
 * @param files            the rule and texts files, sorted by path
 * @param knownFingerprint the fingerprint the build computed for exactly these files, or null
 */
record RuleFiles(String source, List<SourceFile> files, String knownFingerprint) {

    /** The largest rule or texts file read; a knowledge base file is a few kilobytes. */
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    /**
     * Written by the build beside the classes: the fingerprint of the shipped files, then each file
     * with its size and CRC-32 ({@link #listing}), which a jar's directory tells without a file
     * being read.
     */
    static final String SHIPPED_LISTING = "precompiled/shipped-files.txt";

    public RuleFiles {
        files = List.copyOf(files);
    }

    RuleFiles(String source, List<SourceFile> files) {
        this(source, files, null);
    }

    /**
     * Every {@code .drl} and {@code .yaml} file below {@code folder}, sub-folders included.
     *
     * @throws KnowledgeBaseException when the folder does not exist, holds no rules, or a file cannot be read
     */
    static RuleFiles fromDirectory(Path folder) {
        String source = folder.toString().replace('\\', '/');
        if (!Files.isDirectory(folder)) {
            throw new KnowledgeBaseException(List.of(Problem.inFile(source, "no such folder of rules")));
        }
        return read(source, folder);
    }

    /** The knowledge base shipped inside the jar (the top-level {@code rules/} folder). */
    static RuleFiles shipped() {
        return shipped(RuleFiles.class.getClassLoader());
    }

    /** The top-level {@code rules/} folder that {@code loader} finds, in a jar or a plain folder. */
    static RuleFiles shipped(ClassLoader loader) {
        try {
            URL url = loader.getResource("rules");
            if (url == null) {
                throw new KnowledgeBaseException(List.of(Problem.inFile("rules",
                        "the shipped knowledge base is missing from the class path")));
            }
            if (url.openConnection() instanceof JarURLConnection inJar && "file".equals(inJar.getJarFileURL().getProtocol())) {
                // read with the jar the class loader has open already: a zip file system over the whole
                // jar takes a tenth of a cold start to set up
                try (JarFile jar = new JarFile(new File(inJar.getJarFileURL().toURI()))) {
                    String folder = inJar.getEntryName();
                    return readJar("rules", jar, folder.endsWith("/") ? folder : folder + "/");
                }
            }
            return read("rules", ClassPathFolder.find("rules"));
        } catch (IOException | URISyntaxException e) {
            throw new KnowledgeBaseException(List.of(Problem.inFile("rules",
                    "the shipped knowledge base cannot be read: " + e.getMessage())));
        }
    }

    private static RuleFiles read(String source, Path folder) {
        List<SourceFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            // a rule-named entry that is not a regular file (a FIFO, a broken link) is named, not left out
            List<Path> paths = walk.filter(p -> isKnowledgeFile(p.getFileName().toString()))
                    .filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing(p -> relative(folder, p)))
                    .toList();
            for (Path path : paths) {
                String relative = relative(folder, path);
                String shown = source + "/" + relative;
                try {
                    files.add(new SourceFile(relative, shown,
                            DocumentFile.read(path, (int) MAX_FILE_BYTES, "a rule or texts file")));
                } catch (DocumentFile.Refused e) {
                    problems.add(Problem.inFile(shown, e.getMessage()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.inFile(source, "cannot be read: " + e.getMessage()));
        }
        return checked(source, files, problems);
    }

    /**
     * The knowledge files below {@code folder} (ending in '/') inside a jar, in the same order as from
     * disk; with the fingerprint the build computed for them when the jar lists exactly the files it
     * computed it for, each with its size and CRC-32, so that they need not be hashed again.
     */
    private static RuleFiles readJar(String source, JarFile jar, String folder) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        // a plain loop over the jar's thousands of entries: a stream's first use links its lambdas
        List<JarEntry> entries = new ArrayList<>();
        for (Enumeration<JarEntry> all = jar.entries(); all.hasMoreElements(); ) {
            JarEntry entry = all.nextElement();
            if (!entry.isDirectory() && entry.getName().startsWith(folder) && isKnowledgeFile(entry.getName())) {
                entries.add(entry);
            }
        }
        entries.sort(BY_NAME);
        StringBuilder listed = new StringBuilder();
        for (JarEntry entry : entries) {
            line(listed, entry.getName().substring(folder.length()), entry.getSize(), entry.getCrc());
        }
        String known = known(jar, listed.toString());
        for (JarEntry entry : entries) {
            String relative = entry.getName().substring(folder.length());
            String shown = source + "/" + relative;
            try (InputStream in = jar.getInputStream(entry)) {
                byte[] content = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (content.length > MAX_FILE_BYTES) {
                    problems.add(Problem.inFile(shown, "the file is larger than " + MAX_FILE_BYTES + " bytes"));
                    continue;
                }
                files.add(new SourceFile(relative, shown, content));
            }
        }
        return checked(source, files, problems, known);
    }

    /** The fingerprint the jar's listing of the shipped files gives for files listed as {@code listed}; null when it lists others. */
    private static String known(JarFile jar, String listed) throws IOException {
        JarEntry written = jar.getJarEntry(SHIPPED_LISTING);
        if (written == null) {
            return null;
        }
        try (InputStream in = jar.getInputStream(written)) {
            String text = new String(in.readNBytes(64 * 1024), java.nio.charset.StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return end > 0 && text.substring(end + 1).equals(listed) ? text.substring(0, end) : null;
        }
    }

    /** The build's listing of these files: their fingerprint, then each file's path, size and CRC-32. */
    String listing() {
        StringBuilder listing = new StringBuilder(fingerprint()).append('\n');
        for (SourceFile file : files) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(file.content());
            line(listing, file.path(), file.content().length, crc.getValue());
        }
        return listing.toString();
    }

    /** Appended, not concatenated: a new shape of string concatenation is linked at its first use. */
    private static void line(StringBuilder listing, String path, long size, long crc) {
        listing.append(path).append('\t').append(size).append('\t').append(Long.toHexString(crc)).append('\n');
    }

    private static final Comparator<JarEntry> BY_NAME = new Comparator<>() {
        @Override
        public int compare(JarEntry one, JarEntry other) {
            return one.getName().compareTo(other.getName());
        }
    };

    private static RuleFiles checked(String source, List<SourceFile> files, List<Problem> problems) {
        return checked(source, files, problems, null);
    }

    private static RuleFiles checked(String source, List<SourceFile> files, List<Problem> problems, String known) {
        if (problems.isEmpty() && files.stream().noneMatch(SourceFile::isRules)) {
            problems.add(Problem.inFile(source, "the folder holds no .drl rule files"));
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        return new RuleFiles(source, files, known);
    }

    private static boolean isKnowledgeFile(String name) {
        return name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /** {@code sha256:} and the hash of every file's path and content, in order. */
    String fingerprint() {
        if (knownFingerprint != null) {
            return knownFingerprint;
        }
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
