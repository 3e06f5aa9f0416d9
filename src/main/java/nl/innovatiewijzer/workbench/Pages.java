package nl.innovatiewijzer.workbench;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Language;

/**
 * The workbench's pages for the browser, made on the server from templates that escape every
 * value, with no script; the one style sheet is served from the jar, so they work offline.
 */
final class Pages {

    /** The templates, compiled at build time into this package. */
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), Pages.class.getPackageName());
    private static final String STYLE = resource("workbench.css");

    private final Api api;
    private final Supplier<Advisor> advisor;

    Pages(Api api, Supplier<Advisor> advisor) {
        this.api = api;
        this.advisor = advisor;
    }

    /** The page or asset at the request's address; 404 when there is none. */
    Answer answer(Request request) throws IOException {
        List<String> path = request.segments();
        if (path.isEmpty()) {
            return get(request) ? portfolio(request) : notAllowed(request);
        }
        if (path.equals(List.of("workbench.css"))) {
            return get(request) ? new Answer(200, Answer.Kind.CSS, STYLE, Map.of()) : notAllowed(request);
        }
        return Api.notFound(request);
    }

    private Answer portfolio(Request request) throws IOException {
        Language lang;
        try {
            lang = api.language(request);
        } catch (IllegalArgumentException e) {
            return Answer.message(400, "lang: " + e.getMessage());
        }
        PortfolioView view = new PortfolioView(lang, advisor.get().texts(lang).labels(), api.assessed().all(lang));
        StringOutput page = new StringOutput();
        TEMPLATES.render("portfolio.jte", Map.of("v", view), page);
        return new Answer(200, Answer.Kind.HTML, page.toString(), Map.of());
    }

    private static boolean get(Request request) {
        return request.method().equals("GET");
    }

    private static Answer notAllowed(Request request) {
        return Answer.message(405, request.method() + " is not allowed here; use GET").withHeader("Allow", "GET");
    }

    private static String resource(String name) {
        try (InputStream in = Pages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
