package nl.innovatiewijzer.facts;

import java.util.List;

/**
 * What the EU AI Act asks to know of the system a project builds or uses; feeds the obligations
 * (section {@code aiAct}). A null component means the facts file does not say: unknown, never "no".
 * The last three fields are additions to the contract's section, for the steps the act asks on
 * their own: the notification of the FRIA, informing the workers, the provider's conformity assessment.
 */
public record AiAct(
        Boolean isAiSystem,
        AiRole role,
        List<ProhibitedPractice> prohibitedPractices,
        List<AnnexIIIArea> annexIIIAreas,
        Boolean profilesNaturalPersons,
        Derogation derogation,
        Boolean interactsWithPeople,
        Boolean generatesContent,
        Boolean usedOnOwnStaff,
        Boolean aiLiteracyMeasures,
        Boolean friaDone,
        Boolean registeredInEuDatabase,
        Boolean humanOversightAssigned,
        Boolean personsInformed,
        Boolean transparencyNotice,
        Boolean friaNotified,
        Boolean workersInformed,
        Boolean conformityAssessed
) {

    /** Keeps lists immutable; a null list stays unknown. */
    public AiAct {
        prohibitedPractices = prohibitedPractices == null ? null : List.copyOf(prohibitedPractices);
        annexIIIAreas = annexIIIAreas == null ? null : List.copyOf(annexIIIAreas);
    }

    /**
     * The value of {@code isAiSystem} under the name the rules write: the rule engine reads an
     * accessor that starts with "is" as a property without it, so it needs this spelling too.
     */
    public Boolean getIsAiSystem() {
        return isAiSystem;
    }
}
