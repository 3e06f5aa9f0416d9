package nl.innovatiewijzer.workbench;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.Comparison;
import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.report.ComparisonReport;
import nl.innovatiewijzer.report.ReportFormat;

/**
 * The pages of one project: its questions with the assessment beside them, the assessment drawn
 * again for answers not yet saved, the report and the facts file to download, and what changed
 * between two saved versions.
 */
final class ProjectPages {

    private final TemplateEngine templates;
    private final ProjectsFolder projects;
    private final Supplier<Advisor> advisor;
    private final String token;

    ProjectPages(TemplateEngine templates, ProjectsFolder projects, Supplier<Advisor> advisor, String token) {
        this.templates = templates;
        this.projects = projects;
        this.advisor = advisor;
        this.token = token;
    }

    /** The project page: its questions, and beside them its assessment with the improvement paths. */
    Answer page(ProjectId id, Language lang) throws IOException {
        Optional<ProjectsFolder.StoredFacts> stored = projects.read(id);
        if (stored.isEmpty()) {
            return Answer.message(404, "no project " + id + " in the projects folder");
        }
        ProjectFacts facts;
        try {
            facts = AssessedProjects.facts(stored.get());
        } catch (InvalidFactsException e) {
            return Answer.message(422, "the facts file " + stored.get().file().getFileName()
                    + " does not follow the facts contract; correct it in the file: " + e.getMessage());
        }
        Advisor current = advisor.get();
        Assessment assessment = improved(current, facts, lang);
        ProjectView view = new ProjectView(id, stored.get().version(), lang, current.texts(lang).labels(),
                Json.facts(facts), new AssessmentPanel(assessment, current.texts(lang).labels()),
                projects.history(id), token);
        return new Answer(200, Answer.Kind.HTML, render("project.jte", Map.of("v", view)), Map.of());
    }

    /**
     * The assessment part of a project page for facts sent as JSON, not stored: what the page's
     * script draws after an answer. Facts that do not follow the contract get the API's 400 with
     * the problems by field, so the page can say each at its question. With {@code ?part=improvements}
     * only the improvement paths, which take longer.
     */
    Answer panel(Request request, Language lang) throws IOException, Request.BodyTooLarge {
        String text = new String(request.body(), StandardCharsets.UTF_8);
        try {
            Advisor current = advisor.get();
            ProjectFacts facts = ProjectFacts.fromJson("facts", text);
            // the improvement paths take many trial assessments: the page asks for them after the rest
            boolean paths = "improvements".equals(request.query("part"));
            Assessment assessment = paths ? improved(current, facts, lang) : current.assess(facts, lang);
            String panel = render(paths ? "improvements.jte" : "panel.jte",
                    Map.of("p", new AssessmentPanel(assessment, current.texts(lang).labels())));
            return new Answer(200, Answer.Kind.FRAGMENT, panel, Map.of());
        } catch (InvalidFactsException e) {
            return new Answer(400, Json.write(Json.problems("the facts do not follow the facts contract",
                    e.problems())), Map.of());
        } catch (AssessmentException e) {
            return new Answer(500, Json.write(Json.problems("the rules failed on these facts", e.problems())),
                    Map.of());
        }
    }

    /** The HTML report of the saved project, printable, as {@code assess --format html --improve} makes it. */
    Answer report(ProjectId id, Language lang) throws IOException {
        Optional<ProjectsFolder.StoredFacts> stored = projects.read(id);
        if (stored.isEmpty()) {
            return Answer.message(404, "no project " + id + " in the projects folder");
        }
        try {
            Assessment assessment = improved(advisor.get(), AssessedProjects.facts(stored.get()), lang);
            return new Answer(200, Answer.Kind.REPORT, ReportFormat.HTML.renderer().assessment(assessment), Map.of());
        } catch (InvalidFactsException | AssessmentException e) {
            return Answer.message(422, e.getMessage());
        }
    }

    /** The saved facts file itself, to download. */
    Answer factsFile(ProjectId id) throws IOException {
        Optional<ProjectsFolder.StoredFacts> stored = projects.read(id);
        if (stored.isEmpty()) {
            return Answer.message(404, "no project " + id + " in the projects folder");
        }
        return new Answer(200, Answer.Kind.YAML, new String(stored.get().content(), StandardCharsets.UTF_8),
                Map.of("Content-Disposition", "attachment; filename=\"" + id + ProjectsFolder.EXTENSION + "\""));
    }

    /** What changed between two saved versions ({@code ?from=} and {@code ?to=}, their times), as the comparison report. */
    Answer compare(ProjectId id, Request request, Language lang) throws IOException {
        Optional<SavedVersion> from = version(id, request.query("from"));
        Optional<SavedVersion> to = version(id, request.query("to"));
        if (from.isEmpty() || to.isEmpty()) {
            return Answer.message(404, "project " + id + " has no saved version at the time given in from or to; "
                    + "give two times from its history");
        }
        try {
            Advisor current = advisor.get();
            ProjectFacts before = ProjectFacts.read(from.get().facts());
            ProjectFacts after = ProjectFacts.read(to.get().facts());
            Comparison comparison = Comparison.of(before, current.assess(before, lang), after,
                    current.assess(after, lang));
            return new Answer(200, Answer.Kind.REPORT, ComparisonReport.render(comparison, ReportFormat.HTML), Map.of());
        } catch (InvalidFactsException | AssessmentException e) {
            return Answer.message(422, e.getMessage());
        }
    }

    private Optional<SavedVersion> version(ProjectId id, String savedAt) throws IOException {
        if (savedAt == null) {
            return Optional.empty();
        }
        try {
            Instant at = Instant.parse(savedAt);
            return projects.history(id).stream()
                    .filter(v -> v.savedAt().equals(at) && Files.isRegularFile(v.facts())).findFirst();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Assessment improved(Advisor advisor, ProjectFacts facts, Language lang) {
        return advisor.assess(facts, lang).withImprovements(advisor.improvements(facts, lang));
    }

    private String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        return out.toString();
    }
}
