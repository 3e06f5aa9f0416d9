package nl.innovatiewijzer.engine;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of the compiled-rules cache, used only while it belongs to the user this process runs
 * as and nobody else may write it: compiled rules are code, and an entry that another user could
 * have written would run with this user's rights. An unsafe folder is not used, and said so once.
 */
final class CacheFolder {

    private static final Logger LOG = LoggerFactory.getLogger(CompileCache.class);

    /** The folders already warned about: a process that compiles often says it once per folder. */
    private static final Set<Path> WARNED = ConcurrentHashMap.newKeySet();

    /** The user this process runs as, looked up once. */
    private static volatile UserPrincipal user;

    private final Path path;

    CacheFolder(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    Path entry(String key) {
        return path.resolve(key + ".kb");
    }

    /**
     * True when the folder exists, or was just created for its owner only when {@code create}, and
     * is safe to read and write. A folder that cannot be made only costs speed; an unsafe one is
     * reported once.
     */
    boolean usable(boolean create) {
        try {
            if (create) {
                createPrivately(path);
            } else if (!Files.isDirectory(path)) {
                return false;
            }
            String unsafe = whyUnsafe();
            if (unsafe == null) {
                return true;
            }
            if (WARNED.add(path.toAbsolutePath().normalize())) {
                LOG.warn("The compiled-rules cache {} is not used: {}. The rules are compiled without it; make the"
                        + " folder yours and writable by you only (chmod 700), or remove it.", path, unsafe);
            }
            return false;
        } catch (IOException | RuntimeException e) {
            LOG.debug("The compiled-rules cache {} cannot be used: {}", path, e.toString());
            return false;
        }
    }

    /** Why an entry file is not to be read (not a plain file, another owner, writable by others), or null. */
    String whyUntrusted(Path file) throws IOException {
        FileSystem system = file.getFileSystem();
        if (system.supportedFileAttributeViews().contains("posix")) {
            PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? whyUnsafe(attributes, currentUser(system)) : "it is not a plain file";
        }
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()
                ? null : "it is not a plain file";
    }

    private String whyUnsafe() throws IOException {
        FileSystem system = path.getFileSystem();
        if (system.supportedFileAttributeViews().contains("posix")) {
            return whyUnsafe(Files.readAttributes(path, PosixFileAttributes.class), currentUser(system));
        }
        if (system.supportedFileAttributeViews().contains("owner")) {
            // without POSIX permissions (Windows ACLs) the owner is what can be checked
            UserPrincipal owner = Files.getOwner(path);
            UserPrincipal user = ownerOfNewFile();
            return owner.equals(user) ? null : "it belongs to " + owner.getName() + ", not to " + user.getName();
        }
        return null;
    }

    private static String whyUnsafe(PosixFileAttributes attributes, UserPrincipal user) {
        if (!attributes.owner().equals(user)) {
            return "it belongs to " + attributes.owner().getName() + ", not to " + user.getName();
        }
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
            return "other users may write it (" + PosixFilePermissions.toString(permissions) + ")";
        }
        return null;
    }

    private UserPrincipal currentUser(FileSystem system) throws IOException {
        boolean usual = system == FileSystems.getDefault();
        UserPrincipal known = usual ? user : null;
        if (known != null) {
            return known;
        }
        UserPrincipal found;
        try {
            found = system.getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
        } catch (UserPrincipalNotFoundException | UnsupportedOperationException e) {
            // a user without a name, as in some containers: the owner of what it creates is the user
            found = ownerOfNewFile();
        }
        if (usual) {
            user = found;
        }
        return found;
    }

    private UserPrincipal ownerOfNewFile() throws IOException {
        Path probe = Files.createTempFile(path, "owner", ".tmp");
        try {
            return Files.getOwner(probe);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /** Creates the folder readable and writable by its owner only, where the file system has owners. */
    private static void createPrivately(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }
}
