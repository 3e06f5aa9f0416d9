package org.example.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.ProjectFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/** What an application gets that depends on the library and logs through logback. */
class EmbeddingTest {

    /** What SLF4J printed while it chose its provider, such as "multiple SLF4J providers". */
    private static String slf4jStartup;

    @BeforeAll
    static void startLogging() {
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            LoggerFactory.getILoggerFactory();
        } finally {
            System.setErr(err);
        }
        slf4jStartup = printed.toString(StandardCharsets.UTF_8);
        System.err.print(slf4jStartup);
    }

    @Test
    void assessesAProjectThroughTheLibrary() {
        Advisor advisor = Advisor.withDefaultRules();
        Assessment built = advisor.assess(ProjectFacts.builder("Slimme lantaarnpalen").build());
        assertTrue(built.toJson().contains("\"Slimme lantaarnpalen\""), built.toJson());

        Assessment read = advisor.assess(ProjectFacts.fromYaml("pilot.yaml", "project:\n  name: Slimme afvalinzameling\n"));
        assertEquals(9, read.factors().size(), read.toJson());
    }

    @Test
    void theApplicationKeepsItsOwnLogging() {
        assertEquals("", slf4jStartup, "SLF4J warned at start");
        List<String> providers = new ArrayList<>();
        ServiceLoader.load(SLF4JServiceProvider.class).forEach(p -> providers.add(p.getClass().getName()));
        assertEquals(List.of("ch.qos.logback.classic.spi.LogbackServiceProvider"), providers);
        assertInstanceOf(LoggerContext.class, LoggerFactory.getILoggerFactory());

        Logger log = LoggerFactory.getLogger(EmbeddingTest.class);
        Advisor.withDefaultRules().assess(ProjectFacts.builder("Slimme lantaarnpalen").build());
        log.info("assessed {}", "Slimme lantaarnpalen");

        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> lines = (ListAppender<ILoggingEvent>) root.getAppender("LIST");
        assertTrue(lines.list.stream().anyMatch(e -> e.getLoggerName().equals(EmbeddingTest.class.getName())
                && e.getFormattedMessage().equals("assessed Slimme lantaarnpalen")), "the application's INFO line is lost");
    }

    @Test
    void theCommandLinesDependenciesStayOut() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("picocli.CommandLine"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.simple.SimpleServiceProvider"));
        assertNull(getClass().getClassLoader().getResource("simplelogger.properties"));
    }

    @Test
    void everyClassIsOnTheClassPathOnce() throws IOException {
        Map<String, List<String>> where = new TreeMap<>();
        List<String> entries = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        for (String entry : entries) {
            for (String name : classFiles(Path.of(entry))) {
                where.computeIfAbsent(name, n -> new ArrayList<>()).add(entry);
            }
        }
        assertTrue(where.containsKey("nl/innovatiewijzer/Advisor.class"), "the library is not on the class path: " + entries);
        assertTrue(where.containsKey("org/drools/core/impl/KnowledgeBaseImpl.class"), "Drools is not on the class path: " + entries);
        List<String> twice = new ArrayList<>();
        where.forEach((name, in) -> {
            if (in.size() > 1) {
                twice.add(name + " in " + in);
            }
        });
        assertTrue(twice.isEmpty(), twice.size() + " classes are on the class path more than once, such as:\n"
                + String.join("\n", twice.subList(0, Math.min(20, twice.size()))));
    }

    /** The class files a class path entry holds, without module descriptors and Java-version-specific copies. */
    private static List<String> classFiles(Path entry) throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(entry)) {
            try (Stream<Path> files = Files.walk(entry)) {
                files.filter(Files::isRegularFile)
                        .map(f -> entry.relativize(f).toString().replace(File.separatorChar, '/'))
                        .filter(EmbeddingTest::isClass)
                        .forEach(names::add);
            }
        } else if (Files.isRegularFile(entry)) {
            try (JarFile jar = new JarFile(entry.toFile())) {
                jar.stream().map(e -> e.getName()).filter(EmbeddingTest::isClass).forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(entry.toString(), e);
            }
        }
        return names;
    }

    private static boolean isClass(String name) {
        return name.endsWith(".class") && !name.endsWith("module-info.class") && !name.startsWith("META-INF/");
    }
}
