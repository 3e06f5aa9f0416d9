package nl.innovatiewijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.ProjectFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words around the advice (headings, labels, the order of factors and duties) come from rules/, not from Java. */
class WordsFromRulesTest {

    private static final ProjectFacts SCHOOL = ProjectFacts.read(Path.of("facts/voortijdig-schoolverlaten.yaml"));

    @TempDir
    Path rules;

    @Test
    void everyLabelTheReportUsesIsWrittenInRulesInDutchAndEnglish() {
        for (Language language : Language.values()) {
            var words = Examples.labels(language).words();
            List<String> missing = Stream.of(Label.values()).map(Label::id).filter(id -> !words.containsKey(id)).toList();
            assertEquals(List.of(), missing, "labels missing from rules/report.yaml in " + language);
        }
    }

    @Test
    void aHeadingAnAdviserChangesInRulesShowsInEveryReport() throws IOException {
        copyShippedRules();
        replace("report.yaml", "factors: {nl: \"Succesfactoren\"", "factors: {nl: \"De negen factoren\"");

        Assessment assessment = Advisor.fromDirectory(rules).assess(SCHOOL);

        for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
            String report = format.renderer().assessment(assessment);
            assertTrue(report.contains("De negen factoren"), format + ":\n" + report);
            assertTrue(!report.contains("Succesfactoren"), format + ":\n" + report);
        }
    }

    @Test
    void dutiesAreListedInTheOrderTheObligationTextsAreWritten() throws IOException {
        List<String> shipped = Advisor.withDefaultRules().assess(SCHOOL).obligations().stream()
                .map(Obligation::id).toList();
        copyShippedRules();
        moveToTop("obligations.yaml", "  algorithmRegister:", 3);

        List<String> reordered = Advisor.fromDirectory(rules).assess(SCHOOL).obligations().stream()
                .map(Obligation::id).toList();

        assertEquals(List.of("dpia", "iama", "algorithmRegister"), shipped);
        assertEquals(List.of("algorithmRegister", "dpia", "iama"), reordered);
    }

    @Test
    void theFactorsAreTheOnesTheTextsName() {
        Assessment assessment = Advisor.withDefaultRules().assess(SCHOOL, Language.EN);

        assertEquals(List.of("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"),
                assessment.factors().stream().map(f -> f.id()).toList());
        assertEquals("Skilled project leader and driven team", assessment.factors().get(0).title());
    }

    private void copyShippedRules() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
    }

    private void replace(String file, String text, String by) throws IOException {
        String content = Files.readString(rules.resolve(file));
        assertTrue(content.contains(text), file + " holds " + text);
        Files.writeString(rules.resolve(file), content.replace(text, by));
    }

    /** Moves the {@code lines} lines that start with {@code first} to just below the section's heading. */
    private void moveToTop(String file, String first, int lines) throws IOException {
        List<String> content = new ArrayList<>(Files.readAllLines(rules.resolve(file)));
        int at = content.indexOf(first);
        List<String> moved = new ArrayList<>(content.subList(at, at + lines));
        content.subList(at, at + lines).clear();
        content.addAll(content.indexOf("obligations:") + 1, moved);
        Files.write(rules.resolve(file), content);
    }
}
