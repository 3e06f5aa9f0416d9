package nl.innovatiewijzer.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Recommendation;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.facts.Domain;
import nl.innovatiewijzer.facts.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example projects in facts/ follow the contract, cover the domains and phases, and get sensible advice. */
class ExampleProjectsTest {

    private static final Advisor ADVISOR = Fired.knowledgeBase();

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            return files.filter(ProjectFacts::isFactsFile).sorted().toList();
        }
    }

    @Test
    void thereAreAtLeastEightExamplesIncludingTheOnesTheDocumentationUses() throws IOException {
        Set<String> names = examples().stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());

        assertTrue(names.size() >= 8, () -> "only " + names);
        assertTrue(names.containsAll(Set.of("slimme-afvalinzameling.yaml", "sterk-voorbeeldproject.yaml",
                "alleen-een-naam.yaml")), () -> "missing examples among " + names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleFollowsTheFactsContractAndIsAssessed(Path file) {
        Assessment assessment = ADVISOR.assess(ProjectFacts.read(file));

        assertEquals(9, assessment.factors().size());
        assertFalse(assessment.toJson().isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleSaysWhatProjectItDescribes(Path file) throws IOException {
        String text = Files.readString(file);

        if (file.toString().endsWith(".json")) {
            String description = ProjectFacts.read(file).project().description();
            assertTrue(description != null && !description.isBlank(), "a JSON example describes itself in project.description");
        } else {
            assertTrue(text.startsWith("# "), "a YAML example starts with a comment describing the project");
        }
    }

    @Test
    void theExamplesSpanTheFourDomainsAndTheFivePhases() throws IOException {
        List<ProjectFacts> projects = examples().stream().map(ProjectFacts::read).toList();

        Set<Domain> domains = projects.stream().map(p -> p.project().domain()).filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Domain.class)));
        Set<Phase> phases = projects.stream().map(p -> p.project().phase()).filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Phase.class)));
        assertEquals(EnumSet.allOf(Domain.class), domains);
        assertEquals(EnumSet.allOf(Phase.class), phases);
    }

    @Test
    void theOrganisedCrimeExperimentStillOwesADpiaAnIamaAndARegisterEntry() {
        Assessment assessment = ADVISOR.assess(ProjectFacts.read(Path.of("facts/ondermijning-data-aanpak.yaml")));

        assertEquals(List.of(ObligationState.TODO, ObligationState.TODO, ObligationState.TODO),
                Stream.of("dpia", "iama", "algorithmRegister")
                        .map(id -> assessment.obligation(id).orElseThrow().state()).toList());
        assertEquals(Status.RISK, assessment.status("F5"));
        assertEquals(Priority.HIGH, assessment.recommendation("F5-add-privacy-officer").orElseThrow().priority());
    }

    @Test
    void theDogNuisanceIdeaHasNoLeaderYetAndIsAskedHowItWillWork() {
        Assessment assessment = ADVISOR.assess(ProjectFacts.read(Path.of("facts/hondenoverlast.yaml")));

        assertEquals(Status.RISK, assessment.status("F1"));
        assertEquals(Status.UNKNOWN, assessment.status("F4"));
        assertTrue(assessment.missingFacts().stream().map(MissingFact::field)
                .anyMatch("workingMethod.cycleLengthWeeks"::equals));
        assertTrue(assessment.missingFacts().stream().map(MissingFact::field)
                .noneMatch(field -> field.startsWith("projectLeader.")), "no questions about a leader who is not there");
    }

    @Test
    void theStreetSweepingScaleUpIsLockedInWithItsSupplier() {
        Assessment assessment = ADVISOR.assess(ProjectFacts.read(Path.of("facts/slim-straatvegen.yaml")));

        assertEquals(Status.RISK, assessment.status("F6"));
        Recommendation ownership = assessment.recommendation("F6-agree-data-ownership").orElseThrow();
        assertEquals(Priority.HIGH, ownership.priority());
        assertEquals(List.of("Markt, eigendom van data afgesproken: nee."), ownership.because());
        assertTrue(assessment.recommendation("F9-write-lessons-for-adopters").isPresent(),
                "it shares its results without written lessons");
    }

    @Test
    void theFoundationRiskPilotDoesNotSayWhetherItsIamaWasDone() {
        Assessment assessment = ADVISOR.assess(ProjectFacts.read(Path.of("facts/funderingsrisico.yaml")));

        assertEquals(ObligationState.UNKNOWN, assessment.obligation("iama").orElseThrow().state());
        assertEquals(ObligationState.DONE, assessment.obligation("dpia").orElseThrow().state());
        assertEquals(Priority.HIGH, assessment.recommendation("F8-involve-affected-residents").orElseThrow().priority());
    }
}
