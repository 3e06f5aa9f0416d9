package nl.innovatiewijzer.workbench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the workbench answers a request with: a status, a body of a kind and the headers of its own.
 *
 * @param status  the HTTP status
 * @param kind    what the body is
 * @param body    the body
 * @param headers headers besides those every answer carries
 */
record Answer(int status, Kind kind, String body, Map<String, String> headers) {

    /**
     * The kinds of body the workbench sends, each with the content security policy it needs: none
     * may run a script; a page may use only the workbench's own style sheet.
     */
    enum Kind {
        JSON("application/json; charset=utf-8", "default-src 'none'; frame-ancestors 'none'"),
        HTML("text/html; charset=utf-8", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                + "base-uri 'none'; frame-ancestors 'none'"),
        CSS("text/css; charset=utf-8", "default-src 'none'; frame-ancestors 'none'");

        final String contentType;
        final String policy;

        Kind(String contentType, String policy) {
            this.contentType = contentType;
            this.policy = policy;
        }
    }

    Answer {
        headers = Map.copyOf(headers);
    }

    Answer(int status, String json, Map<String, String> headers) {
        this(status, Kind.JSON, json, headers);
    }

    static Answer ok(String json) {
        return new Answer(200, Kind.JSON, json, Map.of());
    }

    /** An answer that says what went wrong, in one sentence: {@code {"message": "..."}}. */
    static Answer message(int status, String message) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("message", message);
        return new Answer(status, Kind.JSON, Json.write(body), Map.of());
    }

    Answer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Answer(status, kind, body, more);
    }
}
