package nl.innovatiewijzer.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Comparison;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;

/** The JSON of the workbench's answers; an assessment in them is the JSON of {@code assess --format json}. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answers hold only plain values", e);
        }
    }

    /** The factors' statuses by id, in the order F1..F9. */
    static ObjectNode statuses(Assessment assessment) {
        ObjectNode statuses = MAPPER.createObjectNode();
        for (FactorResult factor : assessment.factors()) {
            statuses.put(factor.id(), factor.status().name());
        }
        return statuses;
    }

    /** {@code {"problems": [{"field", "line", "column", "message"}], "message": ...}}: where the facts go wrong. */
    static ObjectNode problems(String message, List<Problem> problems) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("message", message);
        ArrayNode list = body.putArray("problems");
        for (Problem problem : problems) {
            ObjectNode item = list.addObject();
            item.put("field", problem.field());
            item.put("line", problem.line());
            item.put("column", problem.column());
            item.put("message", problem.message());
        }
        return body;
    }

    /** The facts as a facts file writes them: nested sections, unknown facts left out. */
    static Map<String, Object> facts(ProjectFacts facts) {
        return Comparison.factsAsFile(facts);
    }
}
