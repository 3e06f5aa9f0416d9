package nl.innovatiewijzer.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;

/**
 * The projects of the folder with their assessments by the rules that serve now. An assessment is
 * kept while neither the project's file nor the rules change, so that a page of many projects
 * does not assess them all again at every request.
 */
final class AssessedProjects {

    private final ProjectsFolder projects;
    private final Supplier<Advisor> advisor;
    /** The last assessment of each project per language. */
    private final Map<String, Assessed> assessed = new ConcurrentHashMap<>();

    AssessedProjects(ProjectsFolder projects, Supplier<Advisor> advisor) {
        this.projects = projects;
        this.advisor = advisor;
    }

    /** Every project in the folder, by id, assessed; one whose file is not valid facts with its problems instead. */
    List<Listed> all(Language lang) throws IOException {
        List<Listed> listed = new ArrayList<>();
        for (ProjectId id : projects.ids()) {
            Optional<ProjectsFolder.StoredFacts> stored = projects.read(id);
            if (stored.isEmpty()) { // removed while the list was made
                continue;
            }
            try {
                listed.add(new Listed(id, of(stored.get(), lang), List.of()));
            } catch (InvalidFactsException | AssessmentException e) {
                listed.add(new Listed(id, null, e.problems()));
            }
        }
        return listed;
    }

    /**
     * The assessment of a stored project.
     *
     * @throws InvalidFactsException when its file does not follow the facts contract
     * @throws AssessmentException   when a rule fails on it
     */
    Assessment of(ProjectsFolder.StoredFacts stored, Language lang) {
        Advisor current = advisor.get();
        String fingerprint = current.knowledgeBase().fingerprint();
        String key = stored.id().value() + "/" + lang.code();
        Assessed last = assessed.get(key);
        if (last != null && last.version().equals(stored.version()) && last.fingerprint().equals(fingerprint)) {
            return last.assessment();
        }
        Assessment assessment = current.assess(facts(stored), lang);
        assessed.put(key, new Assessed(stored.version(), fingerprint, assessment));
        return assessment;
    }

    /**
     * The facts of a stored project, its file named in any problem.
     *
     * @throws InvalidFactsException when its file does not follow the facts contract
     */
    static ProjectFacts facts(ProjectsFolder.StoredFacts stored) {
        return ProjectFacts.fromYaml(stored.file().getFileName().toString(),
                new String(stored.content(), StandardCharsets.UTF_8));
    }

    /**
     * One project of the folder as listed.
     *
     * @param assessment its assessment, or null when its file could not be assessed
     * @param problems   why it could not; empty when it was
     */
    record Listed(ProjectId id, Assessment assessment, List<Problem> problems) {
    }

    /** An assessment of one version of a project's file with one version of the rules. */
    private record Assessed(String version, String fingerprint, Assessment assessment) {
    }
}
