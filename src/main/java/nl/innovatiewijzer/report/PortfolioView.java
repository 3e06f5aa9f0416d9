package nl.innovatiewijzer.report;

import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.Status;

/**
 * What the HTML template of a portfolio summary ({@code src/main/jte/portfolio.jte}) is given.
 *
 * @param portfolio the portfolio shown
 * @param explain   whether the ids of actions are shown
 */
record PortfolioView(Portfolio portfolio, boolean explain) {

    String word(Label label, Object... values) {
        return label.in(portfolio.labels(), values);
    }

    String title() {
        return word(Label.PORTFOLIO) + ": " + Label.projects(portfolio.labels(), portfolio.size());
    }

    String status(Status status) {
        return word(Label.of(status));
    }

    /** The chart of statuses per factor, as SVG whose every text is escaped where it is drawn. */
    String chart() {
        return StatusChart.portfolio(portfolio, portfolio.labels());
    }

    List<Portfolio.RecommendationTally> frequent() {
        return portfolio.recommendations().stream().limit(Portfolio.SHOWN_RECOMMENDATIONS).toList();
    }

    String shownOf() {
        return word(Label.SHOWN_OF, frequent().size(), portfolio.recommendations().size());
    }

    String priority(Portfolio.RecommendationTally tally) {
        return word(Label.word(tally.priority()));
    }

    String reason(Portfolio.LeftOut file) {
        return word(Label.of(file.reason()));
    }

    /** The problems of a file left out, the first few, then how many more. */
    List<String> problems(Portfolio.LeftOut file) {
        List<String> shown = new ArrayList<>(file.problems().stream().limit(Portfolio.SHOWN_PROBLEMS)
                .map(Object::toString).toList());
        if (file.problems().size() > Portfolio.SHOWN_PROBLEMS) {
            shown.add(word(Label.MORE_PROBLEMS, file.problems().size() - Portfolio.SHOWN_PROBLEMS));
        }
        return shown;
    }
}
