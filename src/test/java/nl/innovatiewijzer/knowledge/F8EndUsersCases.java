package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static nl.innovatiewijzer.knowledge.RuleCase.asks;
import static nl.innovatiewijzer.knowledge.RuleCase.rates;
import static nl.innovatiewijzer.knowledge.RuleCase.recommends;

import java.util.List;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Status;

/** The rules of rules/f8-end-users.drl, each with a project it fires on and a near miss. */
final class F8EndUsersCases {

    private F8EndUsersCases() {
    }

    static List<RuleCase> cases() {
        ProjectVariant withoutEndUserInTeam = strong().with("team.members", F5MultidisciplinaryTeamCases.WITHOUT_SECURITY_OFFICER);
        return List.of(
                // judged on what is known: one key fact open, the others good
                rates("What is known of the end users shows no weakness, but not all is known", "F8", Status.ATTENTION,
                        strong().without("endUsers.feedbackEveryCycle"),
                        strong()),
                rates("Known end users test or co-create and give feedback every cycle", "F8", Status.STRONG,
                        strong(),
                        strong().with("endUsers.involvement", "consulted")),
                rates("The end users are not identified", "F8", Status.RISK,
                        strong().with("endUsers.identified", "false"),
                        strong().without("endUsers.identified")),
                rates("End users are not involved or only informed", "F8", Status.RISK,
                        strong().with("endUsers.involvement", "informed"),
                        strong().with("endUsers.involvement", "consulted")),
                rates("End users are consulted but do not test", "F8", Status.ATTENTION,
                        strong().with("endUsers.involvement", "consulted"),
                        strong().with("endUsers.involvement", "testing")),
                rates("End users who take part do not give feedback every cycle", "F8", Status.ATTENTION,
                        strong().with("endUsers.feedbackEveryCycle", "false").with("endUsers.involvement", "consulted"),
                        strong().with("endUsers.feedbackEveryCycle", "false").with("endUsers.involvement", "informed")),

                recommends("Identify who will use the result", "F8-identify-end-users", Priority.HIGH,
                        strong().with("endUsers.identified", "false"),
                        strong().without("endUsers.identified")),
                recommends("Let end users test when they are not involved", "F8-let-end-users-test", Priority.HIGH,
                        strong().with("endUsers.involvement", "none"),
                        strong().with("endUsers.involvement", "consulted")),
                recommends("Let consulted end users test the result", "F8-let-end-users-test", Priority.MEDIUM,
                        strong().with("endUsers.involvement", "consulted"),
                        strong().with("endUsers.involvement", "testing")),
                recommends("Collect feedback every cycle from end users who take part", "F8-collect-feedback-every-cycle",
                        Priority.MEDIUM,
                        strong().with("endUsers.feedbackEveryCycle", "false").with("endUsers.involvement", "testing"),
                        strong().with("endUsers.feedbackEveryCycle", "false").with("endUsers.involvement", "informed")),
                recommends("Take an end-user representative into the team", "F8-add-end-user-to-team", Priority.LOW,
                        withoutEndUserInTeam.with("project.phase", "pilot").with("endUsers.involvement", "testing"),
                        withoutEndUserInTeam.with("project.phase", "pilot").with("endUsers.involvement", "coCreation")),
                recommends("Review earlier choices with end users who joined late", "F8-review-early-choices-with-users",
                        Priority.LOW,
                        strong().with("endUsers.involvedSincePhase", "pilot"),
                        strong().with("endUsers.involvedSincePhase", "experiment")),

                asks("Ask whether the end users are identified", "endUsers.identified",
                        strong().without("endUsers.identified"),
                        strong()),
                asks("Ask how end users are involved", "endUsers.involvement",
                        strong().without("endUsers.involvement"),
                        strong()),
                asks("Ask whether end users give feedback every cycle", "endUsers.feedbackEveryCycle",
                        strong().without("endUsers.feedbackEveryCycle"),
                        strong().without("endUsers.feedbackEveryCycle").with("endUsers.involvement", "informed")));
    }
}
