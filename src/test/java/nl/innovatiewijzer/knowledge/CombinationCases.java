package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static nl.innovatiewijzer.knowledge.RuleCase.recommends;

import java.util.List;
import nl.innovatiewijzer.Priority;

/** The rules of rules/combinations.drl, each with a project it fires on and a near miss. */
final class CombinationCases {

    private CombinationCases() {
    }

    static List<RuleCase> cases() {
        ProjectVariant noDataScientist = strong().with("team.members", F5MultidisciplinaryTeamCases.WITHOUT_DATA_SCIENTIST);
        ProjectVariant impactfulAlgorithm = strong().with("dataUse.impactOnResidents", "true");
        return List.of(
                recommends("Data-driven work has neither a data scientist nor a supplier that brings knowledge",
                        "F5-bring-in-data-expertise", Priority.MEDIUM,
                        noDataScientist.with("market.suppliers", "[{size: small, bringsKnowledge: false}]"),
                        noDataScientist.with("market.suppliers", "[{size: small, bringsKnowledge: true}]")),
                recommends("Long cycles mean end users are heard rarely, even with feedback every cycle",
                        "F4-shorten-cycles", Priority.MEDIUM,
                        strong().with("workingMethod.cycleLengthWeeks", "5"),
                        strong().with("workingMethod.cycleLengthWeeks", "4")),
                recommends("Results are shared with other municipalities but lessons are not written down",
                        "F9-write-lessons-for-adopters", Priority.MEDIUM,
                        strong().with("learning.lessonsDocumented", "false"),
                        strong().with("learning.lessonsDocumented", "false")
                                .with("network.sharedWithOtherMunicipalities", "false")),
                recommends("A project in the scaling phase has no network partners", "F7-find-partners-to-scale",
                        Priority.MEDIUM,
                        strong().with("project.phase", "scaling").with("network.partners", "[]"),
                        strong().with("project.phase", "implementation").with("network.partners", "[]")),
                recommends("A pilot or later has neither money for structural use nor a problem owner",
                        "F3-arrange-handover-to-line", Priority.MEDIUM,
                        strong().with("project.phase", "pilot").with("budget.implementationBudgetReserved", "false")
                                .with("domainQuestions.problemOwner", "false"),
                        strong().with("project.phase", "experiment").with("budget.implementationBudgetReserved", "false")
                                .with("domainQuestions.problemOwner", "false")),
                recommends("An impactful self-learning algorithm on personal data has no legal adviser",
                        "F5-involve-legal-adviser", Priority.MEDIUM,
                        strong().with("dataUse.algorithmType", "selfLearning").with("dataUse.impactOnResidents", "true"),
                        strong().with("dataUse.algorithmType", "ruleBased").with("dataUse.impactOnResidents", "true")),
                recommends("No partner speaks for the residents an impactful algorithm affects",
                        "F8-involve-affected-residents", Priority.MEDIUM,
                        impactfulAlgorithm.with("network.partners", "[{type: municipality}, {type: knowledgeInstitute}]"),
                        impactfulAlgorithm.with("network.partners", "[{type: municipality}, {type: civilSociety}]")),
                recommends("No partner speaks for the residents an impactful algorithm affects, and end users take no part",
                        "F8-involve-affected-residents", Priority.HIGH,
                        impactfulAlgorithm.with("network.partners", "[{type: municipality}, {type: knowledgeInstitute}]")
                                .with("endUsers.involvement", "informed"),
                        impactfulAlgorithm.with("network.partners", "[{type: municipality}, {type: knowledgeInstitute}]")
                                .with("endUsers.involvement", "consulted")),
                recommends("Neither success criteria nor go or no-go moments are agreed", "F4-decide-on-agreed-criteria",
                        Priority.MEDIUM,
                        strong().with("project.phase", "pilot").with("domainQuestions.successCriteriaDefined", "false")
                                .with("workingMethod.goNoGoMoments", "false"),
                        strong().with("project.phase", "pilot").with("domainQuestions.successCriteriaDefined", "false")));
    }
}
