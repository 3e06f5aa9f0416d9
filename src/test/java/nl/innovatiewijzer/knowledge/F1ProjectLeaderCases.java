package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static nl.innovatiewijzer.knowledge.RuleCase.asks;
import static nl.innovatiewijzer.knowledge.RuleCase.rates;
import static nl.innovatiewijzer.knowledge.RuleCase.recommends;

import java.util.List;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Status;

/** The rules of rules/f1-project-leader.drl, each with a project it fires on and a near miss. */
final class F1ProjectLeaderCases {

    private F1ProjectLeaderCases() {
    }

    static List<RuleCase> cases() {
        return List.of(
                // judged on what is known: one key fact open, the others good
                rates("What is known of the leader and team shows no weakness, but not all is known", "F1", Status.ATTENTION,
                        strong().without("projectLeader.innovationProjectsLed"),
                        strong()),
                rates("An experienced project leader with time leads a driven team", "F1", Status.STRONG,
                        strong(),
                        strong().with("projectLeader.hoursPerWeek", "15")),
                rates("No project leader is assigned", "F1", Status.RISK,
                        strong().with("projectLeader.assigned", "false"),
                        strong().without("projectLeader.assigned")),
                rates("The team has little drive to innovate", "F1", Status.RISK,
                        strong().with("team.motivation", "low"),
                        strong().with("team.motivation", "medium")),
                rates("The project leader has too little time to carry the project", "F1", Status.RISK,
                        strong().with("projectLeader.hoursPerWeek", "7"),
                        strong().with("projectLeader.hoursPerWeek", "8")),
                rates("The project leader has time to keep up, but not to push", "F1", Status.ATTENTION,
                        strong().with("projectLeader.hoursPerWeek", "8"),
                        strong().with("projectLeader.hoursPerWeek", "16")),
                rates("The project leader has not led an innovation project before", "F1", Status.ATTENTION,
                        strong().with("projectLeader.innovationProjectsLed", "0"),
                        strong().with("projectLeader.innovationProjectsLed", "1")),
                rates("The project leader lacks stakeholder management", "F1", Status.ATTENTION,
                        strong().with("projectLeader.skills", "[changeManagement, dataLiteracy, politicalSensitivity]"),
                        strong().with("projectLeader.skills", "[stakeholderManagement, dataLiteracy, politicalSensitivity]")),
                rates("The project leader brings some of the skills asked for, but too few", "F1", Status.ATTENTION,
                        strong().with("projectLeader.skills", "[stakeholderManagement, dataLiteracy]"),
                        strong().with("projectLeader.skills", "[stakeholderManagement, dataLiteracy, communication]")),
                rates("The project leader brings none of the skills asked for", "F1", Status.ATTENTION,
                        strong().with("projectLeader.skills", "[]"),
                        strong().with("projectLeader.skills", "[stakeholderManagement]")),
                rates("The team's drive to innovate is moderate", "F1", Status.ATTENTION,
                        strong().with("team.motivation", "medium"),
                        strong().with("team.motivation", "high")),

                recommends("Appoint a project leader when there is none", "F1-appoint-leader", Priority.HIGH,
                        strong().with("projectLeader.assigned", "false"),
                        strong().without("projectLeader.assigned")),
                recommends("Free up time for a leader who has too little to carry the project", "F1-free-leader-time", Priority.HIGH,
                        strong().with("projectLeader.hoursPerWeek", "7"),
                        strong().with("projectLeader.hoursPerWeek", "8")),
                recommends("Free up more time for a leader who can keep up but not push", "F1-free-leader-time",
                        Priority.MEDIUM,
                        strong().with("projectLeader.hoursPerWeek", "15"),
                        strong().with("projectLeader.hoursPerWeek", "16")),
                recommends("Find out what holds back a team with little drive", "F1-build-team-drive", Priority.HIGH,
                        strong().with("team.motivation", "low"),
                        strong().with("team.motivation", "medium")),
                recommends("Strengthen the drive of a moderately motivated team", "F1-build-team-drive", Priority.MEDIUM,
                        strong().with("team.motivation", "medium"),
                        strong().with("team.motivation", "high")),
                recommends("Pair a first-time innovation leader with an experienced one", "F1-pair-with-experienced-leader",
                        Priority.MEDIUM,
                        strong().with("projectLeader.innovationProjectsLed", "0"),
                        strong().with("projectLeader.innovationProjectsLed", "1")),
                recommends("Support a leader who lacks stakeholder management", "F1-strengthen-stakeholder-management",
                        Priority.MEDIUM,
                        strong().with("projectLeader.skills", "[changeManagement, dataLiteracy, politicalSensitivity]"),
                        strong().with("projectLeader.skills", "[stakeholderManagement, dataLiteracy, politicalSensitivity]")),
                recommends("Complement a leader who brings too few of the skills asked for", "F1-complement-leader-skills",
                        Priority.MEDIUM,
                        strong().with("projectLeader.skills", "[stakeholderManagement, dataLiteracy]"),
                        strong().with("projectLeader.skills", "[stakeholderManagement, dataLiteracy, communication]")),
                recommends("Give the project leader the mandate to decide", "F1-give-leader-mandate", Priority.LOW,
                        strong().with("projectLeader.mandateToDecide", "false"),
                        strong().without("projectLeader.mandateToDecide")),

                asks("Ask whether a project leader is assigned", "projectLeader.assigned",
                        strong().without("projectLeader.assigned"),
                        strong()),
                asks("Ask how many hours a week the project leader has", "projectLeader.hoursPerWeek",
                        strong().without("projectLeader.hoursPerWeek"),
                        strong().without("projectLeader.hoursPerWeek").with("projectLeader.assigned", "false")),
                asks("Ask how many innovation projects the leader led before", "projectLeader.innovationProjectsLed",
                        strong().without("projectLeader.innovationProjectsLed"),
                        strong().without("projectLeader.innovationProjectsLed").with("projectLeader.assigned", "false")),
                asks("Ask which skills the project leader brings", "projectLeader.skills",
                        strong().without("projectLeader.skills"),
                        strong().without("projectLeader.skills").with("projectLeader.assigned", "false")),
                asks("Ask how driven the team is", "team.motivation",
                        strong().without("team.motivation"),
                        strong()));
    }
}
