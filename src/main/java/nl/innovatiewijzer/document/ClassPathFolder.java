package nl.innovatiewijzer.document;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * A folder that travels on the class path, such as the shipped {@code rules/} and
 * {@code scenarios/}: a plain folder when running from a build, a folder inside the jar otherwise.
 */
public final class ClassPathFolder {

    private ClassPathFolder() {
    }

    /**
     * The folder with this name at the root of the class path, or null when there is none.
     *
     * @throws IOException when the jar that holds it cannot be opened
     */
    public static Path find(String name) throws IOException {
        URL url = ClassPathFolder.class.getClassLoader().getResource(name);
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            return jar.getPath("/" + name);
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate " + name + ": " + e.getMessage(), e);
        }
    }
}
