package nl.innovatiewijzer.knowledge;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every rule of the knowledge base with a project it fires on and a near miss: the one table that
 * the rule-by-rule tests and the coverage check share.
 */
final class RuleCases {

    private RuleCases() {
    }

    /** The cases, made once: they are immutable, and several test classes walk all of them. */
    static List<RuleCase> all() {
        return Table.ALL;
    }

    private static final class Table {
        static final List<RuleCase> ALL = Stream.of(
                        F1ProjectLeaderCases.cases(),
                        F2RoomTrustBudgetCases.cases(),
                        F3DomainQuestionsCases.cases(),
                        F4ShortCyclesCases.cases(),
                        F5MultidisciplinaryTeamCases.cases(),
                        F6MarketCases.cases(),
                        F7NetworkCases.cases(),
                        F8EndUsersCases.cases(),
                        F9LearningCases.cases(),
                        CombinationCases.cases(),
                        ObligationCases.cases())
                .flatMap(List::stream)
                .toList();
    }
}
