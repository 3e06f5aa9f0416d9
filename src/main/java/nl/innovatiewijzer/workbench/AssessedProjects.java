package nl.innovatiewijzer.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
    /** The last judgement of each project per language, without the order of its questions: what a list needs. */
    private final Map<String, Assessed> judged = new ConcurrentHashMap<>();

    AssessedProjects(ProjectsFolder projects, Supplier<Advisor> advisor) {
        this.projects = projects;
        this.advisor = advisor;
    }

    /**
     * Every project in the folder, by id, judged (statuses, duties, advice; its open questions not
     * ordered by value, which a list does not show); one whose file is not valid facts with its
     * problems instead.
     */
    List<Listed> all(Language lang) throws IOException {
        List<Listed> listed = new ArrayList<>();
        for (ProjectId id : projects.ids()) {
            Optional<ProjectsFolder.StoredFacts> stored = projects.read(id);
            if (stored.isEmpty()) { // removed while the list was made
                continue;
            }
            try {
                listed.add(new Listed(id, judged(stored.get(), lang), List.of()));
            } catch (InvalidFactsException | AssessmentException e) {
                listed.add(new Listed(id, null, e.problems()));
            }
        }
        return listed;
    }

    /**
     * The judgement of a stored project, as {@link Advisor#judge} gives it: a list of many projects
     * does not wait for the answers to every project's questions to be tried.
     *
     * @throws InvalidFactsException when its file does not follow the facts contract
     * @throws AssessmentException   when a rule fails on it
     */
    Assessment judged(ProjectsFolder.StoredFacts stored, Language lang) {
        Assessed full = assessed.get(stored.id().value() + "/" + lang.code());
        Advisor current = advisor.get();
        String fingerprint = current.knowledgeBase().fingerprint();
        if (full != null && full.version().equals(stored.version()) && full.fingerprint().equals(fingerprint)) {
            return full.assessment(); // assessed in full already, for its page
        }
        return remembered(judged, stored, lang, fingerprint, facts -> current.judge(facts, lang));
    }

    /**
     * The assessment of a stored project.
     *
     * @throws InvalidFactsException when its file does not follow the facts contract
     * @throws AssessmentException   when a rule fails on it
     */
    Assessment of(ProjectsFolder.StoredFacts stored, Language lang) {
        Advisor current = advisor.get();
        return remembered(assessed, stored, lang, current.knowledgeBase().fingerprint(), facts -> current.assess(facts, lang));
    }

    /** The assessment kept for the project's file and the rules as they are, or a new one, kept. */
    private static Assessment remembered(Map<String, Assessed> kept, ProjectsFolder.StoredFacts stored, Language lang,
                                         String fingerprint, Function<ProjectFacts, Assessment> assess) {
        String key = stored.id().value() + "/" + lang.code();
        Assessed last = kept.get(key);
        if (last != null && last.version().equals(stored.version()) && last.fingerprint().equals(fingerprint)) {
            return last.assessment();
        }
        Assessment assessment = assess.apply(facts(stored));
        kept.put(key, new Assessed(stored.version(), fingerprint, assessment));
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
