package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped rules are built from the executable model the build generated for them, and an
 * assessment from it is the classic engine's, word for word: the same rules in a folder whose
 * files differ by one comment are compiled by the classic engine, for comparison.
 */
class ShippedModelTest {

    @TempDir
    static Path dir;

    private static DroolsKnowledgeBase model;
    private static DroolsKnowledgeBase classic;
    private static Path copy;

    @BeforeAll
    static void compileTheShippedRulesBothWays() throws IOException {
        model = DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(Path.of("rules")));
        copy = dir.resolve("same-rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(Path.of("rules").relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        Files.writeString(copy.resolve("plan.drl"), Files.readString(copy.resolve("plan.drl"))
                + "\n// the same rules, in files of another fingerprint\n");
        classic = DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(copy));
    }

    @Test
    void theShippedRulesAreBuiltFromTheirModelAndOtherFilesAreCompiled() {
        assertTrue(model.builtFromModel());
        assertFalse(classic.builtFromModel());
        assertEquals(model.rules().size(), classic.rules().size());
    }

    @Test
    void everyExampleProjectIsAssessedAsTheClassicEngineAssessesIt() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            examples = files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json")).sorted()
                    .toList();
        }
        assertTrue(examples.size() >= 10, examples.toString());
        for (Path example : examples) {
            ProjectFacts facts = ProjectFacts.read(example);
            for (Language language : Language.values()) {
                assertEquals(asShipped(classic.assess(facts, language).toJson()), model.assess(facts, language).toJson(),
                        example + " in " + language);
            }
        }
    }

    @Test
    void generatedProjectsAssessedOnFourThreadsAtOnceAreAssessedAsOneByOne() throws Exception {
        // given two hundred projects of every kind, assessed one by one by the classic engine
        TrialValues values = TrialValues.of(RuleFiles.fromDirectory(Path.of("rules")).files());
        List<ProjectFacts> projects = new ArrayList<>();
        for (ProjectDraft draft : GeneratedProjects.make(200, values)) {
            ProjectFacts facts = draft.facts();
            if (facts != null) {
                projects.add(facts);
            }
        }
        List<String> oneByOne = new ArrayList<>();
        for (ProjectFacts facts : projects) {
            oneByOne.add(asShipped(classic.assess(facts, Language.NL).toJson()));
        }

        // when the model assesses them on four threads at once, each also trying its answers on spare cores
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<String>> atOnce = new ArrayList<>();
        try {
            for (ProjectFacts facts : projects) {
                atOnce.add(threads.submit(() -> model.assess(facts, Language.NL).toJson()));
            }
            // then every assessment is the same: no session hands its facts or its advice to another
            for (int i = 0; i < projects.size(); i++) {
                assertEquals(oneByOne.get(i), atOnce.get(i).get(), "project " + i);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aModelIsOnlyUsedForTheRulesItWasMadeOf() {
        assertTrue(ShippedModel.base("sha256:0000").isEmpty());
        assertNull(ShippedModel.inOrder(List.of(), List.of("A rule that is not there")));
    }

    /** The classic engine's assessment as the shipped rules' would read: the copy's folder and fingerprint replaced. */
    private static String asShipped(String json) {
        return json.replace(copy.toString().replace('\\', '/'), "rules")
                .replace(classic.info().fingerprint(), model.info().fingerprint());
    }
}
