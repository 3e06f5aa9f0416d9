package nl.innovatiewijzer.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import nl.innovatiewijzer.ProjectFacts;

/** Facts written as a facts file in YAML, for facts that came as JSON: what the folder keeps is always YAML. */
final class FactsYaml {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private FactsYaml() {
    }

    static String write(ProjectFacts facts) {
        try {
            return YAML.writeValueAsString(Json.facts(facts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("facts hold only plain values", e);
        }
    }
}
