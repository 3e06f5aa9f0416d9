package nl.innovatiewijzer.facts;

import java.util.List;

/**
 * The responsible use of data and algorithms; feeds the obligations (section {@code dataUse}).
 * A null component means the facts file does not say: unknown, never "no" or zero.
 */
public record DataUse(
        AlgorithmType algorithmType,
        Boolean impactOnResidents,
        List<DpiaCriterion> dpiaCriteria,
        Boolean dpiaDone,
        Boolean iamaDone,
        Boolean publishedInAlgorithmRegister
) {

    /** Keeps lists immutable; a null list stays unknown. */
    public DataUse {
        dpiaCriteria = dpiaCriteria == null ? null : List.copyOf(dpiaCriteria);
    }
}
