package nl.innovatiewijzer.report;

import static nl.innovatiewijzer.Status.ATTENTION;
import static nl.innovatiewijzer.Status.RISK;
import static nl.innovatiewijzer.Status.STRONG;
import static nl.innovatiewijzer.Status.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.DutyKind;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectSummary;
import nl.innovatiewijzer.Status;
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

    @Test
    void aFileLeftOutIsListedWithWhyAndItsProblemsEscapedInEveryFormat() {
        Portfolio portfolio = Portfolio.builder().add(Examples.pilot("Eerste"))
                .leaveOut(new Portfolio.LeftOut("facts/" + Examples.HOSTILE_SCRIPT + ".yaml",
                        Portfolio.LeftOut.Reason.INVALID,
                        List.of(new Problem("facts/x.yaml", 3, 10, "project.phase", "unknown value \"pilott\""))))
                .build();

        String html = ReportFormat.HTML.renderer().portfolio(portfolio);
        String markdown = ReportFormat.MARKDOWN.renderer().portfolio(portfolio);
        String text = ReportFormat.TEXT.renderer().portfolio(portfolio);

        assertTrue(html.contains("<h2>Niet meegeteld</h2>"), html);
        assertTrue(html.contains("<li><code>facts/&lt;script&gt;alert(1)&lt;/script&gt;.yaml</code>: niet te lezen als "
                + "feitenbestand<ul><li>facts/x.yaml:3:10: project.phase: unknown value \"pilott\"</li></ul>"), html);
        assertFalse(html.contains(Examples.HOSTILE_SCRIPT), html);
        assertTrue(markdown.contains("## Niet meegeteld\n"), markdown);
        assertTrue(markdown.contains("- **facts/\\<script\\>alert\\(1\\)\\</script\\>.yaml**: niet te lezen als "
                + "feitenbestand\n"), markdown);
        assertTrue(text.contains("  - facts/<script>alert(1)</script>.yaml: niet te lezen als feitenbestand\n"
                + "      facts/x.yaml:3:10: project.phase: unknown value \"pilott\"\n"), text);
    }

    @Test
    void aFileWithManyProblemsShowsTheFirstFiveAndCountsTheRest() {
        List<Problem> problems = java.util.stream.IntStream.rangeClosed(1, 7)
                .mapToObj(line -> new Problem("p.yaml", line, 1, "", "wrong")).toList();
        Portfolio portfolio = Portfolio.builder().add(Examples.pilot("Eerste"))
                .leaveOut(new Portfolio.LeftOut("p.yaml", Portfolio.LeftOut.Reason.INVALID, problems)).build();

        String text = ReportFormat.TEXT.renderer().portfolio(portfolio);

        assertTrue(text.contains("      p.yaml:5:1: wrong\n      (en nog 2)\n"), text);
        assertFalse(text.contains("p.yaml:6:1"), text);
    }

    private static List<Integer> counts(Portfolio.FactorTally tally) {
        return List.of(tally.count(STRONG), tally.count(ATTENTION), tally.count(RISK), tally.count(UNKNOWN));
    }

    @Test
    void aProjectWithADutyToDoRanksBeforeAnAllStrongProject() {
        List<Status> strong = List.of(Status.STRONG, Status.STRONG, Status.STRONG, Status.STRONG, Status.STRONG,
                Status.STRONG, Status.STRONG, Status.STRONG, Status.STRONG);
        Assessment allStrong = Examples.withStatuses("Alles sterk", strong);
        Assessment selfLearning = new Assessment(new ProjectSummary("Zelflerend model over kinderen", null),
                Language.NL, allStrong.knowledgeBase(), allStrong.factors(), List.of(), List.of(),
                List.of(new Obligation("iama", "Impact Assessment Mensenrechten en Algoritmes (IAMA)", ObligationState.TODO,
                        List.of("Het algoritme raakt kinderen."), List.of(), DutyKind.POLICY, "Motie", null, true)),
                List.of(), Examples.labels(Language.NL));

        Portfolio portfolio = Portfolio.of(List.of(allStrong, selfLearning));

        assertEquals(List.of("Zelflerend model over kinderen", "Alles sterk"),
                portfolio.ranking().stream().map(r -> r.project().name()).toList());
        assertEquals(1, portfolio.ranking().get(0).dutiesToDo());
        assertTrue(ReportFormat.TEXT.renderer().portfolio(portfolio).contains(
                " 1. Zelflerend model over kinderen: Factoren met risico: 0, Verplichtingen te doen: 1, Aanbevelingen hoog: 0"));
    }

    @Test
    void aDutyNotInForceYetIsNoDutyToDoInTheRanking() {
        Assessment allStrong = Examples.withStatuses("Alles sterk", List.of(Status.STRONG, Status.STRONG, Status.STRONG,
                Status.STRONG, Status.STRONG, Status.STRONG, Status.STRONG, Status.STRONG, Status.STRONG));
        Assessment later = new Assessment(new ProjectSummary("Later", null), Language.NL, allStrong.knowledgeBase(),
                allStrong.factors(), List.of(), List.of(),
                List.of(new Obligation("humanOversight", "Menselijk toezicht", ObligationState.TODO, List.of(), List.of(),
                        DutyKind.LAW, "AI-verordening", java.time.LocalDate.of(2027, 8, 2), false)),
                List.of(), Examples.labels(Language.NL));

        Portfolio portfolio = Portfolio.of(List.of(allStrong, later));

        assertEquals(List.of("Alles sterk", "Later"), portfolio.ranking().stream().map(r -> r.project().name()).toList());
        assertEquals(0, portfolio.ranking().get(1).dutiesToDo());
    }
}
