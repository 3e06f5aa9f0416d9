package nl.innovatiewijzer.report;

import static nl.innovatiewijzer.Status.ATTENTION;
import static nl.innovatiewijzer.Status.RISK;
import static nl.innovatiewijzer.Status.STRONG;
import static nl.innovatiewijzer.Status.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.innovatiewijzer.Priority;
import org.junit.jupiter.api.Test;

class PortfolioTest {

    @Test
    void eachFactorCountsHowManyProjectsHaveEachStatus() {
        Portfolio portfolio = Portfolio.of(List.of(
                Examples.withStatuses("A", List.of(STRONG, RISK, UNKNOWN, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG)),
                Examples.withStatuses("B", List.of(STRONG, ATTENTION, UNKNOWN, RISK, STRONG, STRONG, STRONG, STRONG, RISK)),
                Examples.withStatuses("C", List.of(RISK, ATTENTION, UNKNOWN, ATTENTION, STRONG, STRONG, STRONG, STRONG,
                        UNKNOWN))));

        Portfolio.FactorTally f1 = portfolio.factors().get(0);
        assertEquals("F1", f1.id());
        assertEquals(List.of(2, 0, 1, 0), counts(f1));
        assertEquals(List.of(0, 2, 1, 0), counts(portfolio.factors().get(1)));
        assertEquals(List.of(0, 0, 0, 3), counts(portfolio.factors().get(2)));
        assertEquals(List.of(1, 1, 1, 0), counts(portfolio.factors().get(3)));
        assertEquals(List.of(1, 0, 1, 1), counts(portfolio.factors().get(8)));
        assertEquals(9, portfolio.factors().size());
    }

    @Test
    void theMostFrequentRecommendationComesFirst() {
        Portfolio portfolio = Portfolio.of(List.of(
                Examples.withStatuses("A", List.of(STRONG, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG),
                        "F2-secure-budget"),
                Examples.withStatuses("B", List.of(STRONG, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG),
                        "F1-appoint", "F2-secure-budget"),
                Examples.withStatuses("C", List.of(STRONG, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG),
                        "F2-secure-budget", "F9-share")));

        List<Portfolio.RecommendationTally> frequent = portfolio.recommendations();

        assertEquals(List.of("F2-secure-budget", "F1-appoint", "F9-share"),
                frequent.stream().map(Portfolio.RecommendationTally::id).toList());
        assertEquals(3, frequent.get(0).projects());
        assertEquals(Priority.HIGH, frequent.get(0).priority());
    }

    @Test
    void projectsAreRankedByRiskFactorsThenHighRecommendationsAndOtherwiseKeepTheirOrder() {
        Portfolio portfolio = Portfolio.of(List.of(
                Examples.withStatuses("Kalm", List.of(STRONG, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG,
                        STRONG)),
                Examples.withStatuses("Een risico", List.of(RISK, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG,
                        STRONG)),
                Examples.withStatuses("Een risico en werk", List.of(RISK, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG,
                        STRONG, STRONG), "F1-appoint"),
                Examples.withStatuses("Twee risico's", List.of(RISK, RISK, STRONG, STRONG, STRONG, STRONG, STRONG,
                        STRONG, STRONG)),
                Examples.withStatuses("Ook kalm", List.of(STRONG, STRONG, STRONG, STRONG, STRONG, STRONG, STRONG,
                        STRONG, STRONG))));

        assertEquals(List.of("Twee risico's", "Een risico en werk", "Een risico", "Kalm", "Ook kalm"),
                portfolio.ranking().stream().map(r -> r.project().name()).toList());
        assertEquals(2, portfolio.ranking().get(0).risks());
        assertEquals(1, portfolio.ranking().get(1).highRecommendations());
    }

    @Test
    void aPortfolioNeedsAtLeastOneProject() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Portfolio.of(List.of()));

        assertEquals("a portfolio needs at least one assessment", e.getMessage());
    }

    @Test
    void aPortfolioIsInOneLanguage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Portfolio.of(List.of(Examples.pilot("NL"), Examples.pilotInEnglish("EN"))));

        assertEquals("the assessments of a portfolio are all in one language", e.getMessage());
    }

    private static List<Integer> counts(Portfolio.FactorTally tally) {
        return List.of(tally.count(STRONG), tally.count(ATTENTION), tally.count(RISK), tally.count(UNKNOWN));
    }
}
