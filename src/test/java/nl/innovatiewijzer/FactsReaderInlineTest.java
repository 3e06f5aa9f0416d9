package nl.innovatiewijzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.document.DocumentParser;
import nl.innovatiewijzer.document.Node;
import org.junit.jupiter.api.Test;

class FactsReaderInlineTest {

    private static final String SCENARIO = """
            name: Nobody leads
            facts:
              project: {name: Slimme afvalinzameling}
              projectLeader: {assigned: false, hoursPerWeek: 99}
              team: {motivation: huge}
            """;

    private static Node factsOf(String yaml) {
        Node.MapNode document = (Node.MapNode) DocumentParser.parse("s.scenario.yaml",
                yaml.getBytes(StandardCharsets.UTF_8), false, new ArrayList<>());
        return document.entries().get("facts").value();
    }

    @Test
    void factsInsideALargerDocumentAreReadLikeAFactsFile() {
        Node facts = factsOf("""
                name: Nobody leads
                facts:
                  project: {name: Slimme afvalinzameling}
                  projectLeader: {assigned: false}
                """);

        ProjectFacts read = FactsReader.read("s.scenario.yaml", facts);

        assertEquals("Slimme afvalinzameling", read.project().name());
        assertEquals(false, read.projectLeader().assigned());
    }

    @Test
    void problemsInFactsInsideALargerDocumentPointAtLinesOfThatDocument() {
        InvalidFactsException e = assertThrows(InvalidFactsException.class,
                () -> FactsReader.read("s.scenario.yaml", factsOf(SCENARIO)));

        assertEquals(List.of(
                "s.scenario.yaml:4:50: projectLeader.hoursPerWeek: is 99; expected a number from 0 to 80",
                "s.scenario.yaml:5:22: team.motivation: unknown value \"huge\"; expected one of low, medium, high"),
                e.problems().stream().map(Problem::toString).toList());
    }
}
