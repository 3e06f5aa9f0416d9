package nl.innovatiewijzer.facts;

import java.util.List;

/**
 * The partners and departments the project works with (section {@code network}, factor F7).
 * A null component means the facts file does not say: unknown, never "no" or zero.
 */
public record Network(
        List<Partner> partners,
        @Bounds(min = 1, max = 100) Integer departmentsInvolved,
        Boolean collaborationAgreement,
        Boolean sharedWithOtherMunicipalities
) {

    /** Keeps lists immutable; a null list stays unknown. */
    public Network {
        partners = partners == null ? null : List.copyOf(partners);
    }
}
