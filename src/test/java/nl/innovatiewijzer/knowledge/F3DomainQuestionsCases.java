package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static nl.innovatiewijzer.knowledge.RuleCase.asks;
import static nl.innovatiewijzer.knowledge.RuleCase.rates;
import static nl.innovatiewijzer.knowledge.RuleCase.recommends;

import java.util.List;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Status;

/** The rules of rules/f3-domain-questions.drl, each with a project it fires on and a near miss. */
final class F3DomainQuestionsCases {

    private F3DomainQuestionsCases() {
    }

    static List<RuleCase> cases() {
        ProjectVariant neitherQuestionsNorOwner = strong().with("domainQuestions.collected", "false")
                .with("domainQuestions.problemOwner", "false");
        ProjectVariant ownerWithoutCollectedQuestions = strong().with("domainQuestions.collected", "false");
        ProjectVariant collectedQuestionsWithoutOwner = strong().with("domainQuestions.problemOwner", "false");
        return List.of(
                // judged on what is known: one key fact open, the others good
                rates("What is known of the domain questions shows no weakness, but not all is known", "F3", Status.ATTENTION,
                        strong().without("domainQuestions.successCriteriaDefined"),
                        strong()),
                rates("Questions were not collected, and whether anyone owns the problem is not known", "F3",
                        Status.ATTENTION,
                        strong().with("domainQuestions.collected", "false").without("domainQuestions.problemOwner"),
                        ownerWithoutCollectedQuestions),
                rates("No department owns the problem, and whether questions were collected is not known", "F3",
                        Status.ATTENTION,
                        strong().with("domainQuestions.problemOwner", "false").without("domainQuestions.collected"),
                        collectedQuestionsWithoutOwner),
                rates("The experiment answers an owned question with agreed success criteria", "F3", Status.STRONG,
                        strong(),
                        strong().with("domainQuestions.successCriteriaDefined", "false")),
                rates("The experiment answers no collected question", "F3", Status.RISK,
                        strong().with("domainQuestions.experimentAnswersQuestion", "false"),
                        strong().without("domainQuestions.experimentAnswersQuestion")),
                rates("Neither questions were collected nor does anyone own the problem", "F3", Status.RISK,
                        neitherQuestionsNorOwner,
                        ownerWithoutCollectedQuestions),
                rates("A department owns the question but questions were not collected", "F3", Status.ATTENTION,
                        ownerWithoutCollectedQuestions,
                        strong().without("domainQuestions.collected")),
                rates("Questions were collected but no department owns the problem", "F3", Status.ATTENTION,
                        collectedQuestionsWithoutOwner,
                        strong().without("domainQuestions.problemOwner")),
                rates("It is not agreed when the answer is good enough", "F3", Status.ATTENTION,
                        strong().with("domainQuestions.successCriteriaDefined", "false"),
                        strong().without("domainQuestions.successCriteriaDefined")),

                recommends("Tie the experiment to a question from the domains", "F3-tie-experiment-to-question",
                        Priority.HIGH,
                        strong().with("domainQuestions.experimentAnswersQuestion", "false"),
                        strong()),
                recommends("Collect questions from the domains when there is neither question nor owner",
                        "F3-collect-domain-questions", Priority.HIGH,
                        neitherQuestionsNorOwner,
                        ownerWithoutCollectedQuestions),
                recommends("Collect questions from the other domains too", "F3-collect-domain-questions", Priority.MEDIUM,
                        ownerWithoutCollectedQuestions,
                        neitherQuestionsNorOwner),
                recommends("Find a problem owner when there is neither question nor owner", "F3-find-problem-owner",
                        Priority.HIGH,
                        neitherQuestionsNorOwner,
                        collectedQuestionsWithoutOwner),
                recommends("Find a problem owner for the collected questions", "F3-find-problem-owner", Priority.MEDIUM,
                        collectedQuestionsWithoutOwner,
                        neitherQuestionsNorOwner),
                recommends("Agree success criteria with the problem owner", "F3-agree-success-criteria", Priority.MEDIUM,
                        strong().with("domainQuestions.successCriteriaDefined", "false"),
                        strong().without("domainQuestions.successCriteriaDefined")),
                recommends("Consult more than one domain for questions", "F3-consult-other-domains", Priority.LOW,
                        strong().with("project.phase", "pilot").with("domainQuestions.domainsConsulted", "[social]"),
                        strong().with("project.phase", "pilot").with("domainQuestions.domainsConsulted", "[social, safety]")),

                asks("Ask whether questions from the domains were collected", "domainQuestions.collected",
                        strong().without("domainQuestions.collected"),
                        strong()),
                asks("Ask whether a department owns the problem", "domainQuestions.problemOwner",
                        strong().without("domainQuestions.problemOwner"),
                        strong()),
                asks("Ask whether the experiment answers a collected question", "domainQuestions.experimentAnswersQuestion",
                        strong().without("domainQuestions.experimentAnswersQuestion"),
                        strong()),
                asks("Ask whether success criteria are agreed", "domainQuestions.successCriteriaDefined",
                        strong().without("domainQuestions.successCriteriaDefined"),
                        strong()));
    }
}
