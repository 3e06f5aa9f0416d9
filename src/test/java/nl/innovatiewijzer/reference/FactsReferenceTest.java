package nl.innovatiewijzer.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.RulesOnDisk;
import org.junit.jupiter.api.Test;

/**
 * The facts reference in docs/ and the JSON Schema beside it are made from the fact model and the
 * words in rules/facts.yaml. After a change to either, write them anew with the jar
 * ({@code document --facts}) or with {@code mvn -B -o test -Dtest=FactsReferenceTest -Dfacts.reference.write=true}.
 */
class FactsReferenceTest {

    private static final String REGENERATE = "java -jar target/innovatiewijzer.jar document --facts --rules rules "
            + "--lang en --out docs/facts.md (--lang nl --out docs/facts.nl.md; --lang en --out docs/facts.schema.json), "
            + "or mvn -B -o test -Dtest=FactsReferenceTest -Dfacts.reference.write=true";

    @Test
    void everyFieldAndEveryValueHasANameAndAMeaningInBothLanguages() {
        for (Language language : Language.values()) {
            Labels words = RulesOnDisk.advisor().texts(language).labels();
            List<String> missing = FactsReference.labelIds().stream()
                    .filter(id -> !words.words().containsKey(id)).toList();
            assertEquals(List.of(), missing, "fields and values without words in rules/facts.yaml (" + language + ")");
        }
    }

    @Test
    void theReferenceNamesEveryFieldWithItsMeaningAndItsAllowedValues() {
        String reference = FactsReference.markdown(RulesOnDisk.advisor().texts(Language.EN).labels());

        assertTrue(reference.contains("| `workingMethod.cycleLengthWeeks` | Weeks per cycle | whole number from 1 to 104 | "
                + "How long one work cycle takes, in weeks. |"), reference);
        assertTrue(reference.contains("| `project.name` | Name | text, at most 200 characters (**required**) |"), reference);
        assertTrue(reference.contains("`privacyOfficer` (privacy adviser)"), reference);
        assertTrue(reference.contains("### Team members (`team.members`)"), reference);
        assertTrue(!reference.matches("(?s).*\\[(fact|value|reference)\\..*"), "a word is missing: " + reference);
    }

    @Test
    void theReferenceInDutchSpeaksDutch() {
        String reference = FactsReference.markdown(RulesOnDisk.advisor().texts(Language.NL).labels());

        assertTrue(reference.startsWith("# Feitenreferentie"), reference);
        assertTrue(reference.contains("| `workingMethod.cycleLengthWeeks` | Weken per cyclus | geheel getal van 1 tot en met 104 |"),
                reference);
    }

    @Test
    void theDocumentsInDocsAreCurrent() throws IOException {
        Map<Path, String> expected = Map.of(
                Path.of("docs/facts.md"), FactsReference.markdown(RulesOnDisk.advisor().texts(Language.EN).labels()),
                Path.of("docs/facts.nl.md"), FactsReference.markdown(RulesOnDisk.advisor().texts(Language.NL).labels()),
                Path.of(FactsReference.SCHEMA), FactsSchema.json(RulesOnDisk.advisor().texts(Language.EN).labels()));
        for (Map.Entry<Path, String> document : expected.entrySet()) {
            if (Boolean.getBoolean("facts.reference.write")) {
                Files.writeString(document.getKey(), document.getValue());
            }
            assertTrue(Files.exists(document.getKey()), document.getKey() + " is missing; write it with " + REGENERATE);
            assertEquals(document.getValue(), Files.readString(document.getKey()),
                    document.getKey() + " is out of date with the fact model or rules/facts.yaml; write it anew with "
                            + REGENERATE);
        }
    }
}
