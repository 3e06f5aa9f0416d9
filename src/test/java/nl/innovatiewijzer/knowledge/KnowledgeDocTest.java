package nl.innovatiewijzer.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.RuleInfo;
import org.junit.jupiter.api.Test;

/**
 * docs/knowledge.md tells advisers what every rule checks and says. Its rule table is generated
 * from rules/; after changing a rule, regenerate it with
 * {@code mvn -B -o test -Dtest=KnowledgeDocTest -Dknowledge.doc.write=true}.
 */
class KnowledgeDocTest {

    private static final Path DOC = Path.of("docs/knowledge.md");
    private static final String REGENERATE = "mvn -B -o test -Dtest=KnowledgeDocTest -Dknowledge.doc.write=true";

    @Test
    void theAdvisersRuleTableListsEveryRuleAsTheRuleFilesSayIt() throws IOException {
        Advisor knowledge = Fired.knowledgeBase();
        String expected = KnowledgeDoc.ruleTable(knowledge.rules());
        String doc = Files.readString(DOC);
        int begin = doc.indexOf(KnowledgeDoc.BEGIN);
        int end = doc.indexOf(KnowledgeDoc.END);
        assertTrue(begin >= 0 && end > begin, DOC + " lacks the markers of the rule table");
        String table = doc.substring(begin + KnowledgeDoc.BEGIN.length(), end);

        if (Boolean.getBoolean("knowledge.doc.write")) {
            Files.writeString(DOC, doc.substring(0, begin + KnowledgeDoc.BEGIN.length()) + expected + doc.substring(end));
            return;
        }
        List<String> absent = knowledge.rules().stream().map(RuleInfo::name)
                .filter(name -> !table.contains("| " + name.replace("|", "\\|") + " |")).sorted().toList();
        assertTrue(absent.isEmpty(), () -> DOC + " misses these rules; regenerate it with " + REGENERATE + ":\n  "
                + absent.stream().collect(Collectors.joining("\n  ")));
        assertEquals(expected, table, DOC + " is out of date with rules/; regenerate it with " + REGENERATE);
    }
}
