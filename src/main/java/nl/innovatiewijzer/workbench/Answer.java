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
     * The kinds of body the workbench sends, each with the content security policy it needs: a page
     * may run only the workbench's own script file and use only its own style sheet, and may send
     * requests only to the workbench; a report, made to be saved and printed, carries its style inside.
     */
    enum Kind {
        JSON("application/json; charset=utf-8", "default-src 'none'; frame-ancestors 'none'"),
        HTML("text/html; charset=utf-8", "default-src 'none'; script-src 'self'; connect-src 'self'; "
                + "style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
        /** A page part drawn into a page by its script: the page's own policy holds for it. */
        FRAGMENT("text/html; charset=utf-8", "default-src 'none'; frame-ancestors 'none'"),
        REPORT("text/html; charset=utf-8", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
        CSS("text/css; charset=utf-8", "default-src 'none'; frame-ancestors 'none'"),
        SCRIPT("text/javascript; charset=utf-8", "default-src 'none'; frame-ancestors 'none'"),
        YAML("application/yaml; charset=utf-8", "default-src 'none'; frame-ancestors 'none'");

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

    Answer withStatus(int other) {
        return new Answer(other, kind, body, headers);
    }

    Answer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Answer(status, kind, body, more);
    }
}
