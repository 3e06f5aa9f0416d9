package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static nl.innovatiewijzer.knowledge.RuleCase.asks;
import static nl.innovatiewijzer.knowledge.RuleCase.rates;
import static nl.innovatiewijzer.knowledge.RuleCase.recommends;

import java.util.List;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Status;

/** The rules of rules/f2-room-trust-budget.drl, each with a project it fires on and a near miss. */
final class F2RoomTrustBudgetCases {

    private F2RoomTrustBudgetCases() {
    }

    static List<RuleCase> cases() {
        ProjectVariant pilotWithoutFollowUpMoney = strong().with("project.phase", "pilot")
                .with("budget.implementationBudgetReserved", "false");
        ProjectVariant experimentWithoutFollowUpMoney = strong().with("project.phase", "experiment")
                .with("budget.implementationBudgetReserved", "false");
        return List.of(
                // judged on what is known: one key fact open, the others good
                rates("What is known of room, trust and budget shows no weakness, but not all is known", "F2", Status.ATTENTION,
                        strong().without("mandate.trust"),
                        strong()),
                rates("A senior sponsor gives trust, room to fail and secured money", "F2", Status.STRONG,
                        strong(),
                        strong().with("mandate.sponsor", "manager")),
                rates("The experiment budget is not secured", "F2", Status.RISK,
                        strong().with("budget.secured", "false"),
                        strong().without("budget.secured")),
                rates("The project has no sponsor", "F2", Status.RISK,
                        strong().with("mandate.sponsor", "none"),
                        strong().with("mandate.sponsor", "manager")),
                rates("Management gives the team little trust", "F2", Status.RISK,
                        strong().with("mandate.trust", "low"),
                        strong().with("mandate.trust", "medium")),
                rates("A project in implementation or scaling has no money for structural use", "F2", Status.RISK,
                        strong().with("budget.implementationBudgetReserved", "false"),
                        pilotWithoutFollowUpMoney),
                rates("A pilot has no money reserved for structural use", "F2", Status.ATTENTION,
                        pilotWithoutFollowUpMoney,
                        experimentWithoutFollowUpMoney),
                rates("The sponsor is a manager, not a director or alderman", "F2", Status.ATTENTION,
                        strong().with("mandate.sponsor", "manager"),
                        strong().with("mandate.sponsor", "director")),
                rates("Management gives the team moderate trust", "F2", Status.ATTENTION,
                        strong().with("mandate.trust", "medium"),
                        strong().with("mandate.trust", "high")),
                rates("The experiment is not allowed to fail", "F2", Status.ATTENTION,
                        strong().with("mandate.failureAccepted", "false"),
                        strong().without("mandate.failureAccepted")),
                rates("The team carries a heavy reporting burden", "F2", Status.ATTENTION,
                        strong().with("mandate.reportingBurden", "high"),
                        strong().with("mandate.reportingBurden", "medium")),

                recommends("Secure the experiment budget", "F2-secure-experiment-budget", Priority.HIGH,
                        strong().with("budget.secured", "false"),
                        strong().without("budget.secured")),
                recommends("Find a sponsor for a project that has none", "F2-find-senior-sponsor", Priority.HIGH,
                        strong().with("mandate.sponsor", "none"),
                        strong().with("mandate.sponsor", "manager")),
                recommends("Raise sponsorship from a manager to a director or alderman", "F2-find-senior-sponsor",
                        Priority.MEDIUM,
                        strong().with("mandate.sponsor", "manager"),
                        strong().with("mandate.sponsor", "director")),
                recommends("Earn trust by showing results when trust is low", "F2-earn-trust-with-results", Priority.HIGH,
                        strong().with("mandate.trust", "low"),
                        strong().with("mandate.trust", "medium")),
                recommends("Earn more trust by showing results when trust is moderate", "F2-earn-trust-with-results",
                        Priority.MEDIUM,
                        strong().with("mandate.trust", "medium"),
                        strong().with("mandate.trust", "high")),
                recommends("Agree that the experiment may fail", "F2-agree-room-to-fail", Priority.MEDIUM,
                        strong().with("mandate.failureAccepted", "false"),
                        strong().without("mandate.failureAccepted")),
                recommends("Lighten a heavy reporting burden", "F2-earn-trust-with-results", Priority.MEDIUM,
                        strong().with("mandate.reportingBurden", "high"),
                        strong().with("mandate.reportingBurden", "medium")),
                recommends("Reserve money for structural use in implementation or scaling",
                        "F2-reserve-implementation-budget", Priority.HIGH,
                        strong().with("project.phase", "scaling").with("budget.implementationBudgetReserved", "false"),
                        pilotWithoutFollowUpMoney),
                recommends("Reserve money for structural use during the pilot", "F2-reserve-implementation-budget",
                        Priority.MEDIUM,
                        pilotWithoutFollowUpMoney,
                        experimentWithoutFollowUpMoney),
                recommends("Spread the budget over more than one year once the pilot starts", "F2-make-budget-multi-year",
                        Priority.LOW,
                        strong().with("budget.multiYear", "false"),
                        strong().with("budget.multiYear", "false").with("project.phase", "experiment")),

                asks("Ask whether the experiment budget is secured", "budget.secured",
                        strong().without("budget.secured"),
                        strong()),
                asks("Ask who sponsors the project", "mandate.sponsor",
                        strong().without("mandate.sponsor"),
                        strong()),
                asks("Ask how much trust management gives the team", "mandate.trust",
                        strong().without("mandate.trust"),
                        strong()),
                asks("Ask whether the experiment may fail", "mandate.failureAccepted",
                        strong().without("mandate.failureAccepted"),
                        strong()),
                asks("Ask whether money is reserved for structural use from the pilot on",
                        "budget.implementationBudgetReserved",
                        strong().without("budget.implementationBudgetReserved"),
                        strong().without("budget.implementationBudgetReserved").with("project.phase", "experiment")),
                asks("Ask the project's phase when no money for structural use is known", "project.phase",
                        strong().without("project.phase").without("budget.implementationBudgetReserved"),
                        strong().without("project.phase")));
    }
}
