package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static nl.innovatiewijzer.knowledge.RuleCase.asks;
import static nl.innovatiewijzer.knowledge.RuleCase.rates;
import static nl.innovatiewijzer.knowledge.RuleCase.recommends;

import java.util.List;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Status;

/** The rules of rules/f7-network.drl, each with a project it fires on and a near miss. */
final class F7NetworkCases {

    private F7NetworkCases() {
    }

    static List<RuleCase> cases() {
        ProjectVariant alone = strong().with("network.partners", "[]").with("network.departmentsInvolved", "1");
        ProjectVariant ownOrganisationOnly = strong().with("network.partners", "[]").with("network.departmentsInvolved", "2");
        String publicPartnersOnly = "[{type: municipality}, {type: knowledgeInstitute}]";
        return List.of(
                // judged on what is known: one key fact open, the others good
                rates("What is known of the network shows no weakness, but not all is known", "F7", Status.ATTENTION,
                        strong().without("network.collaborationAgreement"),
                        strong()),
                rates("Partners and several departments work together on written agreements", "F7", Status.STRONG,
                        strong(),
                        strong().with("network.departmentsInvolved", "1")),
                rates("One department works alone without partners", "F7", Status.RISK,
                        alone,
                        ownOrganisationOnly),
                rates("Several departments work together but without outside partners", "F7", Status.ATTENTION,
                        ownOrganisationOnly,
                        ownOrganisationOnly.with("network.partners", "[{type: municipality}]")),
                rates("Outside partners work with a single own department", "F7", Status.ATTENTION,
                        strong().with("network.departmentsInvolved", "1"),
                        strong().with("network.departmentsInvolved", "2")),
                rates("The collaboration has no written agreement", "F7", Status.ATTENTION,
                        strong().with("network.collaborationAgreement", "false"),
                        alone.with("network.collaborationAgreement", "false")),

                recommends("Build a network when one department works alone", "F7-build-network", Priority.HIGH,
                        alone,
                        ownOrganisationOnly),
                recommends("Invite an outside partner", "F7-invite-outside-partner", Priority.MEDIUM,
                        ownOrganisationOnly,
                        alone),
                recommends("Involve other departments of the municipality", "F7-involve-other-departments", Priority.MEDIUM,
                        strong().with("network.departmentsInvolved", "1"),
                        strong().with("network.departmentsInvolved", "2")),
                recommends("Agree roles and contributions in writing", "F7-agree-roles-in-writing", Priority.MEDIUM,
                        strong().with("network.collaborationAgreement", "false"),
                        strong().without("network.collaborationAgreement")),
                recommends("Offer the result to other municipalities from the pilot on", "F7-offer-to-other-municipalities",
                        Priority.LOW,
                        strong().with("network.sharedWithOtherMunicipalities", "false"),
                        strong().with("network.sharedWithOtherMunicipalities", "false").with("project.phase", "experiment")),
                recommends("Involve civil society in a social-domain project", "F7-involve-civil-society", Priority.LOW,
                        strong().with("network.partners", publicPartnersOnly),
                        strong().with("network.partners", publicPartnersOnly).with("project.domain", "physical")),

                asks("Ask which partners outside the department take part", "network.partners",
                        strong().without("network.partners"),
                        strong().with("network.partners", "[]")),
                asks("Ask how many own departments take part", "network.departmentsInvolved",
                        strong().without("network.departmentsInvolved"),
                        strong()),
                asks("Ask whether the collaboration is agreed in writing", "network.collaborationAgreement",
                        strong().without("network.collaborationAgreement"),
                        alone.without("network.collaborationAgreement")));
    }
}
