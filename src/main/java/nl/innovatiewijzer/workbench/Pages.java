package nl.innovatiewijzer.workbench;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Reload;
import nl.innovatiewijzer.scenario.ScenarioFile;

/**
 * The workbench's pages for the browser, made on the server from templates that escape every
 * value. Their one script and one style sheet are files served from the jar, so they work offline
 * and the pages hold no script of their own.
 */
final class Pages {

    /** The templates, compiled at build time into this package. */
    static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), Pages.class.getPackageName());
    private static final Map<String, Answer> ASSETS = Map.of(
            "workbench.css", new Answer(200, Answer.Kind.CSS, resource("workbench.css"), Map.of()),
            "workbench.js", new Answer(200, Answer.Kind.SCRIPT, resource("workbench.js"), Map.of()));

    private final Api api;
    private final Supplier<Advisor> advisor;
    private final ProjectPages project;
    private final NewProject newProject;
    private final String token;

    private final Supplier<List<ScenarioFile>> scenarios;
    private final Supplier<Optional<Reload>> refused;
    private final Map<String, KnowledgeView.Outcome> scenarioRuns = new ConcurrentHashMap<>();

    Pages(Api api, ProjectsFolder projects, Supplier<Advisor> advisor, String token, Clock clock,
          Supplier<List<ScenarioFile>> scenarios, Supplier<Optional<Reload>> refused) {
        this.api = api;
        this.scenarios = scenarios;
        this.refused = refused;
        this.token = token;
        this.advisor = advisor;
        this.project = new ProjectPages(TEMPLATES, projects, advisor, token);
        this.newProject = new NewProject(projects, advisor, clock);
    }

    /** The page or asset at the request's address; 404 when there is none. */
    Answer answer(Request request) throws IOException, Request.BodyTooLarge {
        List<String> path = request.segments();
        Language lang;
        try {
            lang = api.language(request);
        } catch (IllegalArgumentException e) {
            return Answer.message(400, "lang: " + e.getMessage());
        }
        if (path.isEmpty()) {
            return get(request) ? portfolio(request, lang, "") : notAllowed(request, "GET");
        }
        if (path.size() == 1 && ASSETS.containsKey(path.get(0))) {
            return get(request) ? ASSETS.get(path.get(0)) : notAllowed(request, "GET");
        }
        if (path.equals(List.of("knowledge"))) {
            return get(request) ? knowledge(lang) : notAllowed(request, "GET");
        }
        if (path.equals(List.of("assessment"))) {
            return request.method().equals("POST") ? project.panel(request, lang) : notAllowed(request, "POST");
        }
        if (path.equals(List.of("projects"))) {
            if (!request.method().equals("POST")) {
                return notAllowed(request, "POST");
            }
            NewProject.Outcome made = newProject.make(request, lang);
            return made.id() != null
                    ? Answer.message(303, "made " + made.id()).withHeader("Location",
                            "/projects/" + made.id() + "?lang=" + lang.code())
                    : portfolio(request, lang, made.problem()).withStatus(400);
        }
        if (path.size() >= 2 && path.size() <= 3 && path.get(0).equals("projects")) {
            if (!ProjectId.isValid(path.get(1))) {
                return Answer.message(404, "not a project id: " + ProjectId.RULE);
            }
            if (!get(request)) {
                return notAllowed(request, "GET");
            }
            ProjectId id = new ProjectId(path.get(1));
            String tail = path.size() == 3 ? path.get(2) : "";
            return switch (tail) {
                case "" -> project.page(id, lang);
                case "report" -> project.report(id, lang);
                case "facts.yaml" -> project.factsFile(id);
                case "compare" -> project.compare(id, request, lang);
                default -> Api.notFound(request);
            };
        }
        return Api.notFound(request);
    }

    private Answer portfolio(Request request, Language lang, String problem) throws IOException {
        PortfolioView view = new PortfolioView(lang, advisor.get().texts(lang).labels(), api.assessed().all(lang),
                PortfolioFilter.of(request), problem, token);
        StringOutput page = new StringOutput();
        TEMPLATES.render("portfolio.jte", Map.of("v", view), page);
        return new Answer(200, Answer.Kind.HTML, page.toString(), Map.of());
    }

    private Answer knowledge(Language lang) {
        KnowledgeView view = KnowledgeView.of(advisor.get(), lang, scenarios, refused.get(), scenarioRuns);
        StringOutput page = new StringOutput();
        TEMPLATES.render("knowledge.jte", Map.of("v", view), page);
        return new Answer(200, Answer.Kind.HTML, page.toString(), Map.of());
    }

    private static boolean get(Request request) {
        return request.method().equals("GET");
    }

    private static Answer notAllowed(Request request, String allowed) {
        return Answer.message(405, request.method() + " is not allowed here; use " + allowed)
                .withHeader("Allow", allowed);
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
