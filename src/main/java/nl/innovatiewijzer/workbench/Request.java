package nl.innovatiewijzer.workbench;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One request to the workbench, with its body read no further than the limit. */
final class Request {

    /** The largest body the workbench reads: a facts file is at most 1 MiB, and so is a request. */
    static final int BODY_LIMIT = 1024 * 1024;

    private final HttpExchange exchange;
    private byte[] body;

    Request(HttpExchange exchange) {
        this.exchange = exchange;
    }

    String method() {
        return exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    }

    /** True for a request that changes something: anything but GET, HEAD and OPTIONS. */
    boolean changesState() {
        return !List.of("GET", "HEAD", "OPTIONS").contains(method());
    }

    /** The path's segments, each decoded: {@code /api/projects/a%20b} gives {@code [api, projects, a b]}. */
    List<String> segments() {
        String raw = exchange.getRequestURI().getRawPath();
        List<String> segments = new ArrayList<>();
        for (String segment : raw.split("/", -1)) {
            if (!segment.isEmpty()) {
                segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return segments;
    }

    /** The path as sent, still encoded, without the query. */
    String path() {
        return exchange.getRequestURI().getRawPath();
    }

    /** The first value of a query parameter, or null. */
    String query(String name) {
        return form(exchange.getRequestURI().getRawQuery()).get(name);
    }

    /** The first value of a header, or null. */
    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The media type of the body, lower case and without parameters; empty when none is given. */
    String contentType() {
        String type = header("Content-Type");
        return type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The body, read at most once.
     *
     * @throws BodyTooLarge when it is longer than {@link #BODY_LIMIT}; then the rest is not read
     */
    byte[] body() throws IOException, BodyTooLarge {
        if (body != null) {
            return body;
        }
        String length = header("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > BODY_LIMIT) {
                    throw new BodyTooLarge();
                }
            } catch (NumberFormatException e) {
                // the server itself refuses a length that is no number; reading below still holds the limit
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] read = in.readNBytes(BODY_LIMIT + 1);
            if (read.length > BODY_LIMIT) {
                throw new BodyTooLarge();
            }
            body = read;
        }
        return body;
    }

    /** The fields of a form or a query string; the first value of each name. */
    static Map<String, String> form(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            String[] parts = pair.split("=", 2);
            fields.putIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }

    /** A body longer than the workbench reads. */
    static final class BodyTooLarge extends Exception {
        BodyTooLarge() {
            super("the body is larger than " + BODY_LIMIT / 1024 + " KiB; a facts file is at most 1 MiB");
        }
    }
}
