package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static nl.innovatiewijzer.knowledge.RuleCase.asks;
import static nl.innovatiewijzer.knowledge.RuleCase.obliges;

import java.util.List;
import nl.innovatiewijzer.ObligationState;

/** The rules of rules/obligations.drl, each with a project it fires on and a near miss. */
final class ObligationCases {

    private ObligationCases() {
    }

    static List<RuleCase> cases() {
        ProjectVariant impactful = strong().with("dataUse.impactOnResidents", "true");
        ProjectVariant noAlgorithm = impactful.with("dataUse.algorithmType", "none");
        return List.of(
                obliges("A DPIA is required and was carried out", "dpia", ObligationState.DONE,
                        strong(),
                        strong().with("dataUse.dpiaCriteria", "[sensitiveData]")),
                obliges("A DPIA is required and has not been carried out", "dpia", ObligationState.TODO,
                        strong().with("dataUse.dpiaDone", "false"),
                        strong().with("dataUse.dpiaDone", "false").with("project.processesPersonalData", "false")),
                obliges("A DPIA is required and it is unknown whether it was carried out", "dpia", ObligationState.UNKNOWN,
                        strong().without("dataUse.dpiaDone"),
                        strong().without("dataUse.dpiaDone").with("dataUse.dpiaCriteria", "[largeScale]")),
                asks("Ask which high-risk criteria apply when personal data is processed", "dataUse.dpiaCriteria",
                        strong().without("dataUse.dpiaCriteria"),
                        strong().without("dataUse.dpiaCriteria").with("project.processesPersonalData", "false")),
                asks("Ask whether personal data is processed when high-risk criteria apply", "project.processesPersonalData",
                        strong().without("project.processesPersonalData"),
                        strong().without("project.processesPersonalData").with("dataUse.dpiaCriteria", "[largeScale]")),
                asks("Ask whether personal data is processed before the high-risk criteria are known",
                        "project.processesPersonalData",
                        strong().without("project.processesPersonalData").without("dataUse.dpiaCriteria"),
                        strong().without("dataUse.dpiaCriteria")),
                asks("Ask whether the required DPIA was carried out", "dataUse.dpiaDone",
                        strong().without("dataUse.dpiaDone"),
                        strong().without("dataUse.dpiaDone").with("project.processesPersonalData", "false")),

                obliges("An IAMA is required and was carried out", "iama", ObligationState.DONE,
                        impactful.with("dataUse.iamaDone", "true"),
                        noAlgorithm.with("dataUse.iamaDone", "true")),
                obliges("An IAMA is required and has not been carried out", "iama", ObligationState.TODO,
                        impactful.with("dataUse.iamaDone", "false"),
                        strong().with("dataUse.iamaDone", "false")),
                obliges("An IAMA is required and it is unknown whether it was carried out", "iama", ObligationState.UNKNOWN,
                        impactful,
                        strong().without("dataUse.impactOnResidents")),

                obliges("An impactful algorithm is published in the algorithm register", "algorithmRegister",
                        ObligationState.DONE,
                        impactful.with("dataUse.publishedInAlgorithmRegister", "true"),
                        noAlgorithm.with("dataUse.publishedInAlgorithmRegister", "true")),
                obliges("An impactful algorithm is not published in the algorithm register", "algorithmRegister",
                        ObligationState.TODO,
                        impactful.with("dataUse.publishedInAlgorithmRegister", "false"),
                        strong().with("dataUse.publishedInAlgorithmRegister", "false")),
                obliges("It is unknown whether an impactful algorithm is published in the algorithm register",
                        "algorithmRegister",
                        ObligationState.UNKNOWN,
                        impactful,
                        noAlgorithm),
                asks("Ask what kind of algorithm affects residents", "dataUse.algorithmType",
                        impactful.without("dataUse.algorithmType"),
                        strong().without("dataUse.algorithmType")),
                asks("Ask what kind of algorithm affects residents, for the algorithm register", "dataUse.algorithmType",
                        impactful.without("dataUse.algorithmType"),
                        strong().without("dataUse.algorithmType")),
                asks("Ask whether the result uses an algorithm, as an IAMA may be expected", "dataUse.algorithmType",
                        strong().without("dataUse.algorithmType").without("dataUse.impactOnResidents"),
                        strong().without("dataUse.algorithmType")),
                asks("Ask whether the result uses an algorithm, as publication in the register may be expected",
                        "dataUse.algorithmType",
                        strong().without("dataUse.algorithmType").without("dataUse.impactOnResidents"),
                        strong().without("dataUse.algorithmType")),
                asks("Ask whether the algorithm's outcomes affect residents", "dataUse.impactOnResidents",
                        strong().without("dataUse.impactOnResidents"),
                        strong().without("dataUse.impactOnResidents").with("dataUse.algorithmType", "none")),
                asks("Ask whether the algorithm's outcomes affect residents, for the algorithm register",
                        "dataUse.impactOnResidents",
                        strong().without("dataUse.impactOnResidents"),
                        strong().without("dataUse.impactOnResidents").with("dataUse.algorithmType", "none")),
                asks("Ask whether the expected IAMA was carried out", "dataUse.iamaDone",
                        impactful,
                        impactful.with("dataUse.iamaDone", "false")),
                asks("Ask whether the algorithm is published in the algorithm register",
                        "dataUse.publishedInAlgorithmRegister",
                        impactful,
                        impactful.with("dataUse.publishedInAlgorithmRegister", "true")));
    }
}
