package nl.innovatiewijzer.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Recommendation;
import nl.innovatiewijzer.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An expert gives a plan, not every rule that fired: no example project gets more than twelve
 * actions, half of them get eight or fewer, and a factor at risk always keeps an action of its own.
 */
class OneGapOneActionTest {

    private static final Advisor ADVISOR = Fired.knowledgeBase();
    private static final int MOST = 12;
    private static final double MEDIAN = 8;

    static List<Path> examples() throws IOException {
        return ExampleProjectsTest.examples();
    }

    private static List<Recommendation> recommendations(Path file) {
        return ADVISOR.assess(ProjectFacts.read(file)).recommendations();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void noExampleGetsMoreThanTwelveRecommendations(Path file) {
        List<Recommendation> recommendations = recommendations(file);

        assertTrue(recommendations.size() <= MOST, () -> file + " gets " + recommendations.size() + " recommendations: "
                + recommendations.stream().map(Recommendation::id).toList());
    }

    @Test
    void halfTheExamplesGetEightRecommendationsOrFewer() throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Path file : examples()) {
            counts.put(file.getFileName().toString(), recommendations(file).size());
        }
        List<Integer> sorted = new ArrayList<>(counts.values());
        sorted.sort(null);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;

        assertTrue(median <= MEDIAN, () -> "the median is " + median + ": " + counts);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyFactorAtRiskKeepsARecommendationOfItsOwn(Path file) {
        Assessment assessment = ADVISOR.assess(ProjectFacts.read(file));

        List<String> without = assessment.factors().stream().filter(factor -> factor.status() == Status.RISK)
                .map(FactorResult::id)
                .filter(factor -> assessment.recommendations().stream().noneMatch(r -> factor.equals(r.factor())))
                .toList();
        assertEquals(List.of(), without, () -> file + ": factors at risk without an action of their own");
    }
}
