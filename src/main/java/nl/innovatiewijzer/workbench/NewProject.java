package nl.innovatiewijzer.workbench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;

/**
 * A new project made from its name alone: a facts file {@code <id>.yaml} whose id comes from the
 * name ("Slimme afvalinzameling" gives {@code slimme-afvalinzameling}, with {@code -2} and on when
 * that is taken), saved as its first version.
 */
final class NewProject {

    private final ProjectsFolder projects;
    private final Supplier<Advisor> advisor;
    private final Clock clock;

    NewProject(ProjectsFolder projects, Supplier<Advisor> advisor, Clock clock) {
        this.projects = projects;
        this.advisor = advisor;
        this.clock = clock;
    }

    /** The outcome: the new project's id, or the words that say why none was made. */
    record Outcome(ProjectId id, String problem) {
    }

    /** Makes the project named in the form field {@code name}. */
    Outcome make(Request request, Language lang) throws IOException, Request.BodyTooLarge {
        String name = Request.form(new String(request.body(), StandardCharsets.UTF_8)).getOrDefault("name", "").strip();
        var words = advisor.get().texts(lang).labels();
        if (name.isEmpty()) {
            return new Outcome(null, words.text("workbench-new-no-name"));
        }
        ObjectNode facts = Json.MAPPER.createObjectNode();
        facts.putObject("project").put("name", name);
        ProjectFacts read;
        try {
            read = ProjectFacts.fromJson("name", Json.write(facts));
        } catch (InvalidFactsException e) {
            return new Outcome(null, words.text("workbench-new-refused", e.problems().get(0).message()));
        }
        String stem = stem(name);
        synchronized (projects) {
            ProjectId id = new ProjectId(stem);
            for (int n = 2; projects.read(id).isPresent(); n++) {
                id = new ProjectId(stem + "-" + n);
            }
            try {
                projects.save(id, FactsYaml.write(read).getBytes(StandardCharsets.UTF_8), null,
                        advisor.get().assess(read, lang).toJson(), clock.instant());
            } catch (StaleVersionException | AssessmentException e) {
                return new Outcome(null, words.text("workbench-new-refused", e.getMessage()));
            }
            return new Outcome(id, null);
        }
    }

    /** The id a name gives: lower case letters and digits, the rest one '-'; "project" when nothing is left. */
    static String stem(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > 90) {
            plain = plain.substring(0, 90).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "project" : plain;
    }
}
