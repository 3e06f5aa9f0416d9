package nl.innovatiewijzer.workbench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the workbench answers a request with: a status, a JSON body and the headers of its own.
 *
 * @param status  the HTTP status
 * @param json    the body, a JSON document
 * @param headers headers besides those every answer carries
 */
record Answer(int status, String json, Map<String, String> headers) {

    Answer {
        headers = Map.copyOf(headers);
    }

    static Answer ok(String json) {
        return new Answer(200, json, Map.of());
    }

    /** An answer that says what went wrong, in one sentence: {@code {"message": "..."}}. */
    static Answer message(int status, String message) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("message", message);
        return new Answer(status, Json.write(body), Map.of());
    }

    Answer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Answer(status, json, more);
    }
}
