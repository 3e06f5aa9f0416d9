package nl.innovatiewijzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding example in the README is what a developer copies first; it has to compile. */
class ReadmeExampleTest {

    @TempDir
    Path dir;

    @Test
    void theEmbeddingExampleInTheReadmeCompilesAgainstTheLibrary() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher example = Pattern.compile("### Embed the advisor\\s+```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertNotNull(example.find() ? example.group(1) : null, "README.md has a java example under 'Embed the advisor'");
        Path source = Files.writeString(dir.resolve("Example.java"), example.group(1));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();

        boolean compiled = javac.getTask(messages, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString()), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(source.toFile())).call();

        assertEquals("", messages.toString());
        assertTrue(compiled, messages.toString());
    }
}
