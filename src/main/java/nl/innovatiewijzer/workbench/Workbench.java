package nl.innovatiewijzer.workbench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Reload;
import nl.innovatiewijzer.scenario.ScenarioFile;
import nl.innovatiewijzer.scenario.ScenarioFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench: a local web server for advisers on a folder of projects, with the HTTP API of
 * the interfaces contract. It binds to 127.0.0.1 unless told otherwise; bound to any other
 * address it needs an access token with every request. It answers only requests that name it in
 * their {@code Host} header, takes changes only from its own pages, and reads no body over 1 MiB.
 * Start one with {@link #on(Path, Supplier)}; close it to stop.
 */
public final class Workbench implements AutoCloseable {

    /** The environment variable that gives the access token instead of a new one at every start. */
    public static final String TOKEN_VARIABLE = "INNOVATIEWIJZER_TOKEN";
    /** The port the workbench listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 8150;

    private static final Logger LOG = LoggerFactory.getLogger(Workbench.class);

    private final HttpServer server;
    private final ExecutorService threads;
    private final URI address;
    private final String token;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** How long closing waits for requests under way, in seconds. */
    private final int stopWait;

    private Workbench(HttpServer server, ExecutorService threads, URI address, String token, int stopWait) {
        this.stopWait = stopWait;
        this.server = server;
        this.threads = threads;
        this.address = address;
        this.token = token;
    }

    /**
     * A workbench on the projects in {@code projects}, assessing with whatever advisor
     * {@code advisor} gives at the moment of each request (so that a reloaded knowledge base serves
     * at once).
     */
    public static Builder on(Path projects, Supplier<Advisor> advisor) {
        return new Builder(projects, advisor);
    }

    /** Where the workbench is reached, e.g. {@code http://127.0.0.1:8150/}. */
    public URI address() {
        return address;
    }

    /**
     * The address to open in a browser: with the access token in it when one is in force, which
     * the workbench then keeps in a cookie for its own pages.
     */
    public URI browserAddress() {
        return token == null ? address : address.resolve("/?token=" + token);
    }

    /** The access token every request must carry, when one is in force. */
    public Optional<String> token() {
        return Optional.ofNullable(token);
    }

    /** Stops answering, and lets requests under way finish for at most a second. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        server.stop(stopWait);
        threads.shutdownNow();
    }

    /** The settings of a workbench before it starts. */
    public static final class Builder {
        private final Path projects;
        private final Supplier<Advisor> advisor;
        private String host = "127.0.0.1";
        private int port = DEFAULT_PORT;
        private Language language = Language.NL;
        private String token;
        private Clock clock = Clock.systemUTC();
        private int stopWait = 1;
        private Supplier<List<ScenarioFile>> scenarios = ScenarioFiles::shipped;
        private Supplier<Optional<Reload>> refused = Optional::empty;

        private Builder(Path projects, Supplier<Advisor> advisor) {
            this.projects = Objects.requireNonNull(projects, "projects");
            this.advisor = Objects.requireNonNull(advisor, "advisor");
        }

        /** The address to bind to: a name or an IP address; default 127.0.0.1. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port to listen on; 0 lets the system choose a free one. Default {@value Workbench#DEFAULT_PORT}. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is not a port; give 0 to 65535");
            }
            this.port = port;
            return this;
        }

        /** The language of the assessments when a request does not ask for one with {@code ?lang=}. */
        public Builder language(Language language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * The access token every request must carry; null for none, which is allowed only on a
         * loopback address: on any other a new token is made at the start.
         *
         * @throws IllegalArgumentException when it is shorter than 16 characters or holds others than
         *                                  letters, digits, '-', '_', '.' and '~' (it goes in an address and a cookie)
         */
        public Builder token(String token) {
            String given = token == null || token.isBlank() ? null : token.strip();
            if (given != null && !given.matches("[A-Za-z0-9._~-]{16,256}")) {
                throw new IllegalArgumentException("an access token has 16 to 256 letters, digits, '-', '_', '.' "
                        + "or '~'");
            }
            this.token = given;
            return this;
        }

        /**
         * What the knowledge page ({@code /knowledge}) shows besides the rules: the scenarios to run
         * against them (default: those shipped in the jar), and the last change of the rules that
         * was refused because it did not compile (default: none, as for rules that are not watched).
         */
        public Builder knowledge(Supplier<List<ScenarioFile>> scenarios, Supplier<Optional<Reload>> refused) {
            this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
            this.refused = Objects.requireNonNull(refused, "refused");
            return this;
        }

        /** How long closing waits for requests under way: for tests, which need not wait. */
        Builder stopWait(int seconds) {
            this.stopWait = seconds;
            return this;
        }

        /** The clock that dates the saved versions: for tests. */
        Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Starts listening.
         *
         * @throws java.net.BindException when the port is taken or the address is not this machine's
         * @throws java.net.UnknownHostException when the host name is not known
         * @throws IOException when the server cannot start for another reason
         */
        public Workbench start() throws IOException {
            InetAddress bound = InetAddress.getByName(host);
            String access = token != null || bound.isLoopbackAddress() ? token : newToken();
            HttpServer server = HttpServer.create(new InetSocketAddress(bound, port), 64);
            int actualPort = server.getAddress().getPort();
            Guard guard = new Guard(hosts(bound, actualPort), Optional.ofNullable(access));
            ProjectsFolder folder = new ProjectsFolder(projects);
            Api api = new Api(folder, advisor, language, clock);
            AtomicInteger count = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(4, work -> {
                Thread thread = new Thread(work, "innovatiewijzer-workbench-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(threads);
            Pages pages = new Pages(api, folder, advisor, access, clock, scenarios, refused);
            server.createContext("/", exchange -> handle(exchange, guard, api, pages));
            server.start();
            URI address = URI.create("http://" + hostInAddress(bound, host) + ":" + actualPort + "/");
            LOG.info("workbench on {} for the projects in {}", address, projects.toAbsolutePath());
            return new Workbench(server, threads, address, access, stopWait);
        }

        /** The {@code host:port} names a request may give; empty (any) when bound to every address. */
        private Set<String> hosts(InetAddress bound, int port) {
            Set<String> hosts = new LinkedHashSet<>();
            if (bound.isAnyLocalAddress()) {
                return hosts; // no one name is the server's; the token keeps others out
            }
            if (bound.isLoopbackAddress()) {
                hosts.add("127.0.0.1:" + port);
                hosts.add("localhost:" + port);
                hosts.add("[::1]:" + port);
            }
            hosts.add(hostInAddress(bound, host) + ":" + port);
            return hosts;
        }

        private static String hostInAddress(InetAddress bound, String host) {
            String name = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            return bound.isAnyLocalAddress() ? "127.0.0.1" : name;
        }

        private static String newToken() {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
    }

    /** Answers one request: refused by the guard, or by the API; never with a stack trace. */
    private static void handle(HttpExchange exchange, Guard guard, Api api, Pages pages) {
        Answer answer;
        try {
            Request request = new Request(exchange);
            try {
                Optional<Answer> refusal = guard.refusal(request);
                if (refusal.isPresent()) {
                    answer = refusal.get();
                } else if (request.segments().isEmpty() || !request.segments().get(0).equals("api")) {
                    answer = pages.answer(request);
                } else {
                    answer = api.answer(request);
                }
            } catch (Request.BodyTooLarge e) {
                answer = Answer.message(413, e.getMessage()).withHeader("Connection", "close");
            } catch (IllegalArgumentException e) {
                answer = Answer.message(400, "the address is not well formed: " + e.getMessage());
            }
        } catch (ThreadDeath e) {
            throw e;
        } catch (Throwable e) {
            LOG.error("internal error answering {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            answer = Answer.message(500, "internal error; the server's log says more");
        }
        send(exchange, answer);
    }

    private static void send(HttpExchange exchange, Answer answer) {
        try (exchange) {
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            var headers = exchange.getResponseHeaders();
            headers.set("Content-Type", answer.kind().contentType);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Cache-Control", "no-store");
            headers.set("Content-Security-Policy", answer.kind().policy);
            // no address goes to another site; within the workbench a browser names the page's origin,
            // which "no-referrer" would make "null" on a form's post, and the guard would refuse it
            headers.set("Referrer-Policy", "same-origin");
            answer.headers().forEach(headers::set);
            boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
            exchange.sendResponseHeaders(answer.status(), head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            LOG.debug("the client went away before the answer was sent: {}", e.getMessage());
        }
    }
}
