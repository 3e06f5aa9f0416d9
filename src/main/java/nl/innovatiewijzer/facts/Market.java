package nl.innovatiewijzer.facts;

import java.util.List;

/**
 * How the project works with suppliers (section {@code market}, factor F6).
 * A null component means the facts file does not say: unknown, never "no" or zero.
 */
public record Market(
        List<Supplier> suppliers,
        Boolean marketConsultationHeld,
        Boolean knowledgeTransferAgreed,
        Boolean dataOwnershipAgreed
) {

    /** Keeps lists immutable; a null list stays unknown. */
    public Market {
        suppliers = suppliers == null ? null : List.copyOf(suppliers);
    }
}
