package nl.innovatiewijzer.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What keeps other sites and other people out. A request must name the server itself in its
 * {@code Host} header, so that a page whose own name was made to point at this machine (DNS
 * rebinding) gets nothing; a request that changes something and comes from a browser must come
 * from the workbench's own pages ({@code Origin}); and when an access token is in force, every
 * request must carry it, in the header {@code Authorization: Bearer TOKEN}, the header
 * {@value #TOKEN_HEADER}, or the form field {@code token}. A browser gets it once in the address
 * ({@code ?token=TOKEN}), which puts it in a cookie that only this site's own pages send on; the
 * cookie lets a browser read, never change: a change needs the token in its form or header.
 */
final class Guard {

    static final String TOKEN_HEADER = "X-Innovatiewijzer-Token";
    static final String TOKEN_COOKIE = "innovatiewijzer-token";

    /** The {@code host:port} names the server answers to, lower case; empty when it answers to any (bound to all). */
    private final Set<String> hosts;
    private final byte[] token;

    Guard(Set<String> hosts, Optional<String> token) {
        this.hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    /** Why the request is refused, or empty when it may go on. */
    Optional<Answer> refusal(Request request) throws IOException, Request.BodyTooLarge {
        String host = request.header("Host");
        if (host == null || !hosts.isEmpty() && !hosts.contains(host.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Answer.message(403, "this server answers only to its own address, "
                    + "not to the host name this request was sent to"));
        }
        if (request.changesState() && !ownOrigin(request, host.strip())) {
            return Optional.of(Answer.message(403, "a change must come from the workbench's own pages; "
                    + "this request came from another site"));
        }
        if (token != null && request.method().equals("GET") && request.query("token") != null
                && matches(request.query("token"))) {
            // the address with the token must not stay in the history or a bookmark: on to the page without it
            String page = request.path().replaceFirst("^/+", "/"); // never "//elsewhere"
            return Optional.of(Answer.message(303, "signed in; on to " + page)
                    .withHeader("Location", page)
                    .withHeader("Set-Cookie", TOKEN_COOKIE + "=" + new String(token, StandardCharsets.UTF_8)
                            + "; HttpOnly; SameSite=Strict; Path=/"));
        }
        if (token != null && !carriesToken(request)) {
            return Optional.of(Answer.message(401, "this workbench needs its access token: send it as "
                    + "'Authorization: Bearer TOKEN' (the token printed when it started, or $"
                    + Workbench.TOKEN_VARIABLE + ")")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"innovatiewijzer\""));
        }
        return Optional.empty();
    }

    /**
     * True when the request came from no browser page (no {@code Origin}), or from a page of this
     * server: same scheme, host and port as the request was sent to.
     */
    private static boolean ownOrigin(Request request, String host) {
        String site = request.header("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return false;
        }
        String origin = request.header("Origin");
        return origin == null || origin.strip().equalsIgnoreCase("http://" + host);
    }

    private boolean carriesToken(Request request) throws IOException, Request.BodyTooLarge {
        String authorization = request.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && matches(authorization.substring(7).strip())) {
            return true;
        }
        String header = request.header(TOKEN_HEADER);
        if (header != null && matches(header.strip())) {
            return true;
        }
        if (!request.changesState()) {
            String cookie = cookie(request);
            return cookie != null && matches(cookie);
        }
        if (request.contentType().equals("application/x-www-form-urlencoded")) {
            String field = Request.form(new String(request.body(), StandardCharsets.UTF_8)).get("token");
            return field != null && matches(field);
        }
        return false;
    }

    private static String cookie(Request request) {
        String cookies = request.header("Cookie");
        if (cookies == null) {
            return null;
        }
        for (String cookie : cookies.split(";")) {
            String[] pair = cookie.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals(TOKEN_COOKIE)) {
                return pair[1];
            }
        }
        return null;
    }

    private boolean matches(String given) {
        return MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }
}
