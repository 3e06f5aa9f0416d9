package nl.innovatiewijzer.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Locale;

/**
 * The command a user runs the program with, as they would type it again: the usage, the examples
 * and every "see --help" hint name it, so that what the program suggests can be pasted as it is.
 * A launcher that starts the jar says how it is called in the system property
 * {@value #PROPERTY} (or the environment variable {@value #VARIABLE}), e.g. {@code bin/innovatiewijzer};
 * otherwise it is {@code java -jar} and the jar's path, relative to the working folder when the jar
 * lies below it.
 */
final class CommandName {

    /** The system property a launcher sets to the command it is called by. */
    static final String PROPERTY = "innovatiewijzer.command";
    /** The environment variable a launcher may set instead of the property. */
    static final String VARIABLE = "INNOVATIEWIJZER_COMMAND";
    /** What the README and the contract write; also the name when the program does not run from a jar. */
    static final String DOCUMENTED = "java -jar target/innovatiewijzer.jar";

    private CommandName() {
    }

    /** The command this process was started with, as a user would type it. */
    static String current() {
        String launcher = System.getProperty(PROPERTY);
        if (launcher == null || launcher.isBlank()) {
            launcher = System.getenv(VARIABLE);
        }
        if (launcher != null && !launcher.isBlank()) {
            return launcher.strip();
        }
        Path jar = jar();
        return jar == null ? DOCUMENTED : "java -jar " + quoted(shown(jar, Path.of("").toAbsolutePath()));
    }

    /** The jar this class was loaded from, or null when it runs from a folder of classes (a build, a test). */
    private static Path jar() {
        try {
            CodeSource source = CommandName.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
                return null;
            }
            Path path = Path.of(source.getLocation().toURI());
            return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")
                    ? path : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The jar's path relative to {@code workingFolder} when it lies below it, else its absolute path. */
    static String shown(Path jar, Path workingFolder) {
        Path absolute = jar.toAbsolutePath().normalize();
        if (absolute.startsWith(workingFolder)) {
            return workingFolder.relativize(absolute).toString();
        }
        return absolute.toString();
    }

    /** A path as a shell reads it back: in single quotes when it holds anything but plain characters. */
    static String quoted(String path) {
        if (path.matches("[A-Za-z0-9_./:@%+=,-]+")) {
            return path;
        }
        return "'" + path.replace("'", "'\\''") + "'";
    }
}
