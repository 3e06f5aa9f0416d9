package nl.innovatiewijzer.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a document from disk within a bound: only a regular file (a link to one is fine), and
 * never more than a limit, whatever size the file system reports. A FIFO, a device or a folder is
 * refused before it is opened, since opening a FIFO waits for a writer and a device may never end.
 */
public final class DocumentFile {

    private DocumentFile() {
    }

    /**
     * Why the thing at {@code path} is not a document to read, in words for a user (such as
     * {@code no such file} or {@code not a regular file (a FIFO)}), or null when it is a regular
     * file or a link to one. Nothing is opened.
     */
    public static String whyNotReadable(Path path) {
        try {
            return whyNot(path, Files.readAttributes(path, BasicFileAttributes.class));
        } catch (IOException e) {
            return whyNot(path, e);
        }
    }

    /**
     * The bytes of the regular file at {@code path}, at most {@code maxBytes} of them.
     *
     * @param kind how messages name such a file, e.g. {@code "a facts file"}
     * @throws Refused when there is no regular file at {@code path}, it holds more than
     *                 {@code maxBytes} bytes or it cannot be read; the message says why, in words for a user
     */
    public static byte[] read(Path path, int maxBytes, String kind) throws Refused {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new Refused(whyNot(path, e));
        }
        String why = whyNot(path, attributes);
        if (why != null) {
            throw new Refused(why);
        }
        if (attributes.size() > maxBytes) {
            throw new Refused(tooLarge("has " + attributes.size() + " bytes", maxBytes, kind));
        }
        // the size may say 0 and the content still be endless (a file in /proc): the bound holds anyway
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new Refused(tooLarge("has more than " + maxBytes + " bytes", maxBytes, kind));
            }
            return bytes;
        } catch (Refused e) {
            throw e;
        } catch (IOException e) {
            throw new Refused(whyNot(path, e));
        }
    }

    private static String whyNot(Path path, BasicFileAttributes attributes) {
        return attributes.isRegularFile() ? null : "not a regular file (" + kind(path, attributes) + ")";
    }

    /** Why the attributes of {@code path}, links followed, could not be read. */
    private static String whyNot(Path path, IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (Files.isSymbolicLink(path)) {
            String target = target(path);
            if (e instanceof NoSuchFileException) {
                return "a symbolic link to " + target + ", which does not exist";
            }
            return "a symbolic link to " + target + (inLoop(path) ? ", which leads round in a loop"
                    : " that cannot be followed (" + reason + ")");
        }
        return e instanceof NoSuchFileException ? "no such file" : "cannot be read: " + reason;
    }

    /** True when following the links from {@code link} comes back to one already passed. */
    private static boolean inLoop(Path link) {
        Set<Path> passed = new HashSet<>();
        Path at = link.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(at)) {
                if (!passed.add(at)) {
                    return true;
                }
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            }
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
        return false;
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a file";
        }
    }

    private static String tooLarge(String size, int maxBytes, String kind) {
        return "the file " + size + "; " + kind + " may have at most " + maxBytes + " bytes";
    }

    /** The kind of a file that is not regular, as precisely as the file system tells. */
    private static String kind(Path path, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        try {
            // the file type bits of st_mode, where the file system has them
            return switch ((Integer) Files.getAttribute(path, "unix:mode") & 0170000) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // a file system without unix modes: the general word will do
        }
        return "a special file";
    }

    /** A document file that is not read, or not beyond its bound; the message says why, in words for a user. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}
