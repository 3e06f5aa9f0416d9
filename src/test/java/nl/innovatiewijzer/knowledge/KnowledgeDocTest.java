package nl.innovatiewijzer.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.innovatiewijzer.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * docs/knowledge.md tells advisers what every rule checks and says. It is the output of the
 * command {@code document} for the rules in {@code rules/}, so it is made, never edited by hand,
 * and this test fails while it is out of date with the rules.
 */
class KnowledgeDocTest {

    private static final Path DOC = Path.of("docs/knowledge.md");
    static final String MAKE_IT = "java -jar target/innovatiewijzer.jar document --rules rules --lang en --out " + DOC;

    @Test
    void docsKnowledgeIsTheOverviewTheDocumentCommandMakesOfTheRules() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(new String[] {"document", "--rules", "rules", "--lang", "en"}, new PrintWriter(out),
                new PrintWriter(err));

        assertEquals(0, exit, err.toString());
        assertEquals(out.toString(), Files.readString(DOC),
                DOC + " is out of date with rules/; make it again with: " + MAKE_IT);
    }
}
