package nl.innovatiewijzer.workbench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.RulesOnDisk;

/** A workbench started for a test on a free port, and the requests a client would send it. */
final class Served implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final Workbench workbench;
    final URI address;

    private Served(Workbench workbench) {
        this.workbench = workbench;
        this.address = workbench.address();
    }

    /** A workbench on {@code projects} with the rules in rules/, its clock a minute further at every save. */
    static Served on(Path projects) throws IOException {
        return on(Workbench.on(projects, RulesOnDisk::advisor).port(0).clock(minutes()));
    }

    static Served on(Path projects, Supplier<Advisor> advisor) throws IOException {
        return on(Workbench.on(projects, advisor).port(0));
    }

    static Served on(Workbench.Builder builder) throws IOException {
        return new Served(builder.stopWait(0).start());
    }

    /** A clock that starts on 2 December 2026 at 06:10 UTC and moves on a minute each time it is read. */
    static Clock minutes() {
        AtomicLong reads = new AtomicLong();
        Instant start = Instant.parse("2026-12-02T06:10:00Z");
        return new Clock() {
            @Override
            public Instant instant() {
                return start.plusSeconds(60 * reads.getAndIncrement());
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    HttpResponse<String> put(String path, String contentType, String body, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.build());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(address.resolve(path)).timeout(Duration.ofSeconds(30));
    }

    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * A request written by hand, for what an HTTP client will not send (a foreign Host header, a
     * body said to be larger than it is); the answer as text, its headers and its body, read as far
     * as its Content-Length says (the rest of a request body may never come).
     */
    String raw(String request) throws IOException {
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            while (true) {
                int next = in.read();
                if (next < 0) {
                    break;
                }
                answer.write(next);
                String text = answer.toString(StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                if (end >= 0) {
                    Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(text.substring(0, end));
                    int body = length.find() ? Integer.parseInt(length.group(1)) : 0;
                    return text + new String(in.readNBytes(body), StandardCharsets.UTF_8);
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** The host and port as a request names them in its Host header. */
    String authority() {
        return address.getHost() + ":" + address.getPort();
    }

    @Override
    public void close() {
        workbench.close();
    }
}
