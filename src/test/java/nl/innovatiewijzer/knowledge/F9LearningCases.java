package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static nl.innovatiewijzer.knowledge.RuleCase.asks;
import static nl.innovatiewijzer.knowledge.RuleCase.rates;
import static nl.innovatiewijzer.knowledge.RuleCase.recommends;

import java.util.List;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Status;

/** The rules of rules/f9-learning.drl, each with a project it fires on and a near miss. */
final class F9LearningCases {

    private F9LearningCases() {
    }

    static List<RuleCase> cases() {
        ProjectVariant noActivities = strong().with("learning.activities", "[]");
        ProjectVariant onlyOneOff = strong().with("learning.activities",
                "[{type: evaluation, frequency: once, informal: true}]");
        ProjectVariant quarterlyOnly = strong().with("learning.activities",
                "[{type: demo, frequency: quarterly, informal: true}]");
        ProjectVariant onlyFormal = strong().with("learning.activities",
                "[{type: retrospective, frequency: biweekly, informal: false}]");
        String withoutCommunity = "[{type: retrospective, frequency: biweekly, informal: false},"
                + " {type: knowledgeSession, frequency: monthly, informal: true}]";
        return List.of(
                // judged on what is known: one key fact open, the others good
                rates("What is known of the team's learning shows no weakness, but not all is known", "F9", Status.ATTENTION,
                        strong().without("learning.lessonsDocumented"),
                        strong()),
                rates("Learning recurs at least monthly, partly informal, and lessons are written down", "F9", Status.STRONG,
                        strong(),
                        strong().with("learning.lessonsDocumented", "false")),
                rates("The team has no learning activities", "F9", Status.RISK,
                        noActivities,
                        strong().without("learning.activities")),
                rates("The team's learning activities are all one-off", "F9", Status.RISK,
                        onlyOneOff,
                        strong().with("learning.activities", "[{type: evaluation, frequency: once, informal: true},"
                                + " {type: demo, frequency: adHoc, informal: true}]")),
                rates("The team learns now and then, but less than monthly", "F9", Status.ATTENTION,
                        quarterlyOnly,
                        strong().with("learning.activities", "[{type: demo, frequency: monthly, informal: true}]")),
                rates("The team has no informal learning activity", "F9", Status.ATTENTION,
                        onlyFormal,
                        strong().with("learning.activities", "[{type: retrospective, frequency: biweekly}]")),
                rates("Lessons are not written down", "F9", Status.ATTENTION,
                        strong().with("learning.lessonsDocumented", "false"),
                        strong().without("learning.lessonsDocumented")),

                recommends("Start a recurring learning moment when there is none", "F9-plan-recurring-learning", Priority.HIGH,
                        noActivities,
                        strong().without("learning.activities")),
                recommends("Make a one-off learning moment recur", "F9-plan-recurring-learning", Priority.HIGH,
                        onlyOneOff,
                        strong().with("learning.activities", "[{type: evaluation, frequency: once, informal: true},"
                                + " {type: demo, frequency: quarterly, informal: true}]")),
                recommends("Learn at least once a month", "F9-plan-recurring-learning", Priority.MEDIUM,
                        quarterlyOnly,
                        strong().with("learning.activities", "[{type: demo, frequency: quarterly, informal: true},"
                                + " {type: retrospective, informal: false}]")),
                recommends("Add an informal learning moment", "F9-add-informal-learning", Priority.MEDIUM,
                        onlyFormal,
                        strong().with("learning.activities", "[{type: retrospective, frequency: biweekly}]")),
                recommends("Write down the lessons learned", "F9-document-lessons", Priority.MEDIUM,
                        strong().with("network.sharedWithOtherMunicipalities", "false").with("learning.lessonsDocumented", "false"),
                        strong()),
                recommends("Share the written lessons outside the team", "F9-share-lessons", Priority.LOW,
                        strong().with("learning.lessonsShared", "false"),
                        strong().with("learning.lessonsShared", "false").with("learning.lessonsDocumented", "false")),
                recommends("Join a community of practice from implementation on", "F9-join-community-of-practice",
                        Priority.LOW,
                        strong().with("learning.activities", withoutCommunity),
                        strong().with("learning.activities", withoutCommunity).with("project.phase", "pilot")),

                asks("Ask which learning activities the team has", "learning.activities",
                        strong().without("learning.activities"),
                        noActivities),
                asks("Ask whether lessons are written down", "learning.lessonsDocumented",
                        strong().without("learning.lessonsDocumented"),
                        strong()),
                asks("Ask how often the learning activities happen", "learning.activities.frequency",
                        strong().with("learning.activities", "[{type: demo, informal: true}]"),
                        strong().with("learning.activities", "[{type: demo, informal: true},"
                                + " {type: retrospective, frequency: monthly}]")),
                asks("Ask whether any learning activity is informal", "learning.activities.informal",
                        strong().with("learning.activities", "[{type: demo, frequency: monthly}]"),
                        strong().with("learning.activities", "[{type: demo, frequency: monthly},"
                                + " {type: intervision, frequency: monthly, informal: true}]")));
    }
}
