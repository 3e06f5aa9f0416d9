package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static nl.innovatiewijzer.knowledge.RuleCase.asks;
import static nl.innovatiewijzer.knowledge.RuleCase.rates;
import static nl.innovatiewijzer.knowledge.RuleCase.recommends;

import java.util.List;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Status;

/** The rules of rules/f6-market.drl, each with a project it fires on and a near miss. */
final class F6MarketCases {

    private F6MarketCases() {
    }

    static List<RuleCase> cases() {
        ProjectVariant noSuppliers = strong().with("market.suppliers", "[]");
        ProjectVariant technologyOnly = strong().with("market.suppliers",
                "[{size: small, bringsKnowledge: false, coDevelops: true}]");
        ProjectVariant knowledgeUnknown = strong().with("market.suppliers", "[{size: small, coDevelops: true}]");
        String largeKnowledgeableSupplier = "[{size: large, bringsKnowledge: true, coDevelops: true}]";
        return List.of(
                // judged on what is known: one key fact open, the others good
                rates("What is known of the suppliers shows no weakness, but not all is known", "F6", Status.ATTENTION,
                        strong().without("market.knowledgeTransferAgreed"),
                        strong()),
                rates("A knowledgeable supplier transfers knowledge and the municipality keeps its data", "F6", Status.STRONG,
                        strong(),
                        technologyOnly),
                rates("Suppliers are involved but data ownership is not agreed", "F6", Status.RISK,
                        strong().with("market.dataOwnershipAgreed", "false"),
                        noSuppliers.with("market.dataOwnershipAgreed", "false")),
                rates("No supplier brings knowledge, only technology", "F6", Status.ATTENTION,
                        technologyOnly,
                        knowledgeUnknown),
                rates("Suppliers are involved but knowledge transfer is not agreed", "F6", Status.ATTENTION,
                        strong().with("market.knowledgeTransferAgreed", "false"),
                        strong().without("market.knowledgeTransferAgreed")),
                rates("No supplier is involved", "F6", Status.ATTENTION,
                        noSuppliers,
                        strong().without("market.suppliers")),

                recommends("Agree data ownership and an exit with the suppliers", "F6-agree-data-ownership", Priority.HIGH,
                        strong().with("market.dataOwnershipAgreed", "false"),
                        noSuppliers.with("market.dataOwnershipAgreed", "false")),
                recommends("Agree knowledge transfer with the suppliers", "F6-agree-knowledge-transfer", Priority.MEDIUM,
                        strong().with("market.knowledgeTransferAgreed", "false"),
                        noSuppliers.with("market.knowledgeTransferAgreed", "false")),
                recommends("Look for a supplier that brings knowledge", "F6-involve-knowledge-supplier", Priority.MEDIUM,
                        technologyOnly,
                        knowledgeUnknown),
                recommends("Explore what the market knows when no supplier is involved", "F6-explore-the-market",
                        Priority.MEDIUM,
                        noSuppliers,
                        strong().without("market.suppliers")),
                recommends("Consult the market before the next supplier choice", "F6-consult-market", Priority.LOW,
                        strong().with("market.marketConsultationHeld", "false"),
                        noSuppliers.with("market.marketConsultationHeld", "false")),
                recommends("Invite a small supplier to an early experiment", "F6-invite-small-supplier", Priority.LOW,
                        strong().with("project.phase", "experiment").with("market.suppliers", largeKnowledgeableSupplier),
                        strong().with("project.phase", "pilot").with("market.suppliers", largeKnowledgeableSupplier)),
                recommends("Develop together with the supplier", "F6-develop-together", Priority.LOW,
                        strong().with("market.suppliers", "[{size: small, bringsKnowledge: true, coDevelops: false}]"),
                        strong().with("market.suppliers", "[{size: small, bringsKnowledge: true}]")),

                asks("Ask which suppliers are involved", "market.suppliers",
                        strong().without("market.suppliers"),
                        noSuppliers),
                asks("Ask whether data ownership is agreed with the suppliers", "market.dataOwnershipAgreed",
                        strong().without("market.dataOwnershipAgreed"),
                        noSuppliers.without("market.dataOwnershipAgreed")),
                asks("Ask whether knowledge transfer is agreed with the suppliers", "market.knowledgeTransferAgreed",
                        strong().without("market.knowledgeTransferAgreed"),
                        noSuppliers.without("market.knowledgeTransferAgreed")),
                asks("Ask whether the suppliers bring knowledge", "market.suppliers.bringsKnowledge",
                        strong().with("market.suppliers", "[{size: small}]"),
                        strong().with("market.suppliers", "[{size: small}, {size: large, bringsKnowledge: true}]")));
    }
}
