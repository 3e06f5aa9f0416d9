package nl.innovatiewijzer.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API of the interfaces contract: the projects, one project with its facts and
 * assessment, saving a project's facts, assessing facts without storing them, and a project's
 * history. Every answer is JSON; an assessment in it is the JSON {@code assess --format json} prints.
 */
final class Api {

    private static final Logger LOG = LoggerFactory.getLogger(Api.class);
    private static final Set<String> YAML = Set.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml");
    private static final Set<String> JSON = Set.of("application/json", "");
    private static final String NOT_SAVED = "; nothing was saved";

    private final ProjectsFolder projects;
    private final Supplier<Advisor> advisor;
    private final Language language;
    private final Clock clock;
    private final AssessedProjects assessed;

    Api(ProjectsFolder projects, Supplier<Advisor> advisor, Language language, Clock clock) {
        this.projects = projects;
        this.advisor = advisor;
        this.language = language;
        this.clock = clock;
        this.assessed = new AssessedProjects(projects, advisor);
    }

    /** The projects of the folder, each with its assessment. */
    AssessedProjects assessed() {
        return assessed;
    }

    /** The answer to a request under {@code /api/}, which the guard has let through. */
    Answer answer(Request request) throws IOException, Request.BodyTooLarge {
        List<String> path = request.segments();
        Language lang;
        try {
            lang = language(request);
        } catch (IllegalArgumentException e) {
            return Answer.message(400, "lang: " + e.getMessage());
        }
        if (path.equals(List.of("api", "projects"))) {
            return only(request, "GET").orElseGet(() -> list(lang));
        }
        if (path.equals(List.of("api", "assess"))) {
            Optional<Answer> refused = only(request, "POST");
            return refused.isPresent() ? refused.get() : assess(request, lang);
        }
        if (path.size() >= 3 && path.size() <= 4 && path.get(0).equals("api") && path.get(1).equals("projects")) {
            String tail = path.size() == 4 ? path.get(3) : "";
            if (!Set.of("", "facts", "history").contains(tail)) {
                return notFound(request);
            }
            if (!ProjectId.isValid(path.get(2))) {
                return Answer.message(400, "not a project id: an id is the name of a facts file without .yaml ("
                        + ProjectId.RULE + ")");
            }
            ProjectId id = new ProjectId(path.get(2));
            return switch (tail) {
                case "" -> only(request, "GET").orElseGet(() -> project(id, lang));
                case "history" -> only(request, "GET").orElseGet(() -> history(id));
                default -> {
                    Optional<Answer> refused = only(request, "PUT");
                    yield refused.isPresent() ? refused.get() : save(request, id, lang);
                }
            };
        }
        return notFound(request);
    }

    /** 405 with the methods allowed, unless the request uses {@code method}. */
    private static Optional<Answer> only(Request request, String method) {
        if (request.method().equals(method)) {
            return Optional.empty();
        }
        return Optional.of(Answer.message(405, request.method() + " is not allowed here; use " + method)
                .withHeader("Allow", method));
    }

    static Answer notFound(Request request) {
        return Answer.message(404, "nothing here; the API is GET /api/projects, GET /api/projects/{id}, "
                + "PUT /api/projects/{id}/facts, GET /api/projects/{id}/history and POST /api/assess");
    }

    private Answer list(Language lang) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        try {
            for (AssessedProjects.Listed project : assessed.all(lang)) {
                ObjectNode item = list.addObject();
                item.put("id", project.id().value());
                if (project.assessment() != null) {
                    item.put("name", project.assessment().project().name());
                    item.set("statuses", Json.statuses(project.assessment()));
                    item.put("dutiesToDo", project.assessment().dutiesToDo().size());
                } else {
                    item.putNull("name");
                    item.set("problems", Json.problems("", project.problems()).get("problems"));
                }
            }
        } catch (IOException e) {
            return cannotRead(e);
        }
        return Answer.ok(Json.write(list));
    }

    /** The language a request asks for with {@code ?lang=}, else the workbench's. */
    Language language(Request request) {
        return request.query("lang") == null ? language : Language.of(request.query("lang"));
    }

    private Answer project(ProjectId id, Language lang) {
        try {
            Optional<ProjectsFolder.StoredFacts> stored = projects.read(id);
            if (stored.isEmpty()) {
                return noProject(id);
            }
            ProjectsFolder.StoredFacts facts = stored.get();
            ObjectNode body = Json.MAPPER.createObjectNode();
            body.put("id", id.value());
            body.put("version", facts.version());
            try {
                ProjectFacts read = AssessedProjects.facts(facts);
                body.set("facts", Json.MAPPER.valueToTree(Json.facts(read)));
                body.putRawValue("assessment", new RawValue(assessed.of(facts, lang).toJson().strip()));
            } catch (InvalidFactsException e) {
                ObjectNode problems = Json.problems("the facts file " + facts.file().getFileName()
                        + " does not follow the facts contract; correct it in the file", e.problems());
                problems.put("id", id.value());
                problems.put("version", facts.version());
                return new Answer(422, Json.write(problems), Map.of("ETag", etag(facts.version())));
            } catch (AssessmentException e) {
                return rulesFailed(e, "");
            }
            return Answer.ok(Json.write(body)).withHeader("ETag", etag(facts.version()));
        } catch (IOException e) {
            return cannotRead(e);
        }
    }

    private Answer save(Request request, ProjectId id, Language lang) throws IOException, Request.BodyTooLarge {
        byte[] body = request.body();
        String type = request.contentType();
        boolean yaml = YAML.contains(type);
        if (!yaml && !JSON.contains(type)) {
            return unsupported(type);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        ProjectFacts read;
        try {
            read = yaml ? ProjectFacts.fromYaml(id + ProjectsFolder.EXTENSION, text)
                    : ProjectFacts.fromJson(id + ProjectsFolder.EXTENSION, text);
        } catch (InvalidFactsException e) {
            return invalid(e, NOT_SAVED);
        }
        Assessment assessment;
        try {
            assessment = advisor.get().assess(read, lang);
        } catch (AssessmentException e) {
            return rulesFailed(e, NOT_SAVED);
        }
        // a YAML body is kept as it was written, comments and all; JSON becomes the YAML of a facts file
        byte[] file = yaml ? body : FactsYaml.write(read).getBytes(StandardCharsets.UTF_8);
        String version;
        try {
            version = projects.save(id, file, expectedVersion(request), assessment.toJson(), clock.instant());
        } catch (StaleVersionException e) {
            return Answer.message(409, e.getMessage());
        }
        LOG.info("saved project {}", id);
        return Answer.ok(assessment.toJson()).withHeader("ETag", etag(version));
    }

    private Answer assess(Request request, Language lang) throws IOException, Request.BodyTooLarge {
        String type = request.contentType();
        boolean yaml = YAML.contains(type);
        if (!yaml && !JSON.contains(type)) {
            return unsupported(type);
        }
        String text = new String(request.body(), StandardCharsets.UTF_8);
        try {
            ProjectFacts facts = yaml ? ProjectFacts.fromYaml("body", text) : ProjectFacts.fromJson("body", text);
            Advisor current = advisor.get();
            Assessment assessment = current.assess(facts, lang);
            if ("true".equals(request.query("improve"))) { // as assess --improve: the improvement paths too
                assessment = assessment.withImprovements(current.improvements(facts, lang));
            }
            return Answer.ok(assessment.toJson());
        } catch (InvalidFactsException e) {
            return invalid(e, "");
        } catch (AssessmentException e) {
            return rulesFailed(e, "");
        }
    }

    private Answer history(ProjectId id) {
        try {
            if (projects.read(id).isEmpty()) {
                return noProject(id);
            }
            ArrayNode list = Json.MAPPER.createArrayNode();
            for (SavedVersion version : projects.history(id)) {
                JsonNode saved;
                try {
                    saved = Json.MAPPER.readTree(version.assessment().toFile());
                } catch (IOException e) {
                    LOG.warn("cannot read the saved assessment {}: {}", version.assessment(), e.getMessage());
                    continue;
                }
                ObjectNode item = list.addObject();
                item.put("savedAt", version.savedAt().toString());
                ObjectNode statuses = item.putObject("statuses");
                saved.path("factors").forEach(f -> statuses.put(f.path("id").asText(), f.path("status").asText()));
                item.put("dutiesToDo", saved.path("summary").path("dutiesToDo").asInt());
            }
            return Answer.ok(Json.write(list));
        } catch (IOException e) {
            return cannotRead(e);
        }
    }

    /** The version a save names in {@code If-Match}, without quotes; null when it names none. */
    private static String expectedVersion(Request request) {
        String match = request.header("If-Match");
        if (match == null || match.isBlank()) {
            return null;
        }
        String version = match.strip();
        if (version.startsWith("W/")) {
            version = version.substring(2);
        }
        return version.replace("\"", "");
    }

    static String etag(String version) {
        return "\"" + version + "\"";
    }

    private static Answer invalid(InvalidFactsException e, String outcome) {
        return new Answer(400, Json.write(Json.problems("the facts do not follow the facts contract" + outcome,
                e.problems())), Map.of());
    }

    private static Answer rulesFailed(AssessmentException e, String outcome) {
        return new Answer(500, Json.write(Json.problems("the rules failed on these facts" + outcome, e.problems())),
                Map.of());
    }

    private static Answer unsupported(String type) {
        return Answer.message(415, "a body of type '" + type + "' cannot be read; send facts as application/json "
                + "or application/yaml");
    }

    private static Answer noProject(ProjectId id) {
        return Answer.message(404, "no project " + id + " in the projects folder");
    }

    private Answer cannotRead(IOException e) {
        LOG.error("cannot read the projects folder {}", projects.folder(), e);
        return Answer.message(500, "the projects folder cannot be read; see the server's log");
    }
}
