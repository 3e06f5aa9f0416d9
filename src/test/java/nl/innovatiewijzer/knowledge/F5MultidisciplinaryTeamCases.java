package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static nl.innovatiewijzer.knowledge.RuleCase.asks;
import static nl.innovatiewijzer.knowledge.RuleCase.rates;
import static nl.innovatiewijzer.knowledge.RuleCase.recommends;

import java.util.List;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Status;

/** The rules of rules/f5-multidisciplinary-team.drl, each with a project it fires on and a near miss. */
final class F5MultidisciplinaryTeamCases {

    static final String WITHOUT_PRIVACY_OFFICER =
            "[{role: domainExpert}, {role: programmeManager}, {role: dataScientist}, {role: securityOfficer}]";
    static final String WITHOUT_DOMAIN_EXPERT =
            "[{role: programmeManager}, {role: dataScientist}, {role: privacyOfficer}, {role: securityOfficer}]";
    static final String WITHOUT_PROGRAMME_MANAGER =
            "[{role: domainExpert}, {role: dataScientist}, {role: privacyOfficer}, {role: securityOfficer}]";
    static final String WITHOUT_DATA_SCIENTIST =
            "[{role: domainExpert}, {role: programmeManager}, {role: privacyOfficer}, {role: securityOfficer}]";
    static final String WITHOUT_SECURITY_OFFICER =
            "[{role: domainExpert}, {role: programmeManager}, {role: dataScientist}, {role: privacyOfficer}]";

    private F5MultidisciplinaryTeamCases() {
    }

    static List<RuleCase> cases() {
        return List.of(
                // judged on what is known: one key fact open, the others good
                rates("What is known of the team's disciplines shows no weakness, but not all is known", "F5", Status.ATTENTION,
                        strong().without("team.meetingFrequency"),
                        strong()),
                rates("A mixed team with the disciplines the project needs meets often", "F5", Status.STRONG,
                        strong(),
                        strong().with("team.meetingFrequency", "monthly")),
                rates("Personal data is handled without a privacy officer", "F5", Status.RISK,
                        strong().with("team.members", WITHOUT_PRIVACY_OFFICER),
                        strong().with("team.members", WITHOUT_PRIVACY_OFFICER).with("project.processesPersonalData", "false")),
                rates("The team has no domain expert", "F5", Status.RISK,
                        strong().with("team.members", WITHOUT_DOMAIN_EXPERT),
                        strong()),
                rates("The team has only one discipline", "F5", Status.RISK,
                        strong().with("team.members", "[{role: domainExpert}, {role: domainExpert}]"),
                        strong().with("team.members", "[{role: domainExpert}, {role: dataScientist}]")),
                rates("The team has no programme manager", "F5", Status.ATTENTION,
                        strong().with("team.members", WITHOUT_PROGRAMME_MANAGER),
                        strong()),
                rates("Data-driven work has no data scientist in the team", "F5", Status.ATTENTION,
                        strong().with("team.members", WITHOUT_DATA_SCIENTIST),
                        strong().with("team.members", WITHOUT_DATA_SCIENTIST).with("project.dataDriven", "false")),
                rates("The team works together once a month or less", "F5", Status.ATTENTION,
                        strong().with("team.meetingFrequency", "monthly"),
                        strong().with("team.meetingFrequency", "biweekly")),

                recommends("Personal data without a privacy officer", "F5-add-privacy-officer", Priority.HIGH,
                        strong().with("team.members", WITHOUT_PRIVACY_OFFICER),
                        strong().with("team.members", WITHOUT_PRIVACY_OFFICER).without("project.processesPersonalData")),
                recommends("Add a domain expert to the team", "F5-add-domain-expert", Priority.HIGH,
                        strong().with("team.members", WITHOUT_DOMAIN_EXPERT),
                        strong()),
                recommends("Broaden a team of one discipline", "F5-broaden-team", Priority.HIGH,
                        strong().with("team.members", "[{role: domainExpert}]"),
                        strong().with("team.members", "[{role: domainExpert}, {role: programmeManager}]")),
                recommends("Add a programme manager to the team", "F5-add-programme-manager", Priority.MEDIUM,
                        strong().with("team.members", WITHOUT_PROGRAMME_MANAGER),
                        strong()),
                recommends("Add a data scientist to data-driven work", "F5-add-data-scientist", Priority.MEDIUM,
                        strong().with("team.members", WITHOUT_DATA_SCIENTIST),
                        strong().with("team.members", WITHOUT_DATA_SCIENTIST).without("project.dataDriven")),
                recommends("Meet as a whole team every week or two", "F5-meet-every-week-or-two", Priority.MEDIUM,
                        strong().with("team.meetingFrequency", "rarely"),
                        strong().with("team.meetingFrequency", "biweekly")),
                recommends("Involve a security officer when personal data is handled", "F5-involve-security-officer",
                        Priority.LOW,
                        strong().with("team.members", WITHOUT_SECURITY_OFFICER),
                        strong().with("team.members", WITHOUT_SECURITY_OFFICER).with("project.processesPersonalData", "false")),

                asks("Ask who works in the team", "team.members",
                        strong().without("team.members"),
                        strong().with("team.members", "[]")),
                asks("Ask how often the team works together", "team.meetingFrequency",
                        strong().without("team.meetingFrequency"),
                        strong()),
                asks("Ask whether the project is data-driven", "project.dataDriven",
                        strong().without("project.dataDriven").with("team.members", WITHOUT_DATA_SCIENTIST),
                        strong().without("project.dataDriven")),
                asks("Ask whether the project handles personal data", "project.processesPersonalData",
                        strong().without("project.processesPersonalData").with("team.members", WITHOUT_PRIVACY_OFFICER),
                        strong().without("project.processesPersonalData")));
    }
}
