package nl.innovatiewijzer.facts;

/**
 * The money for the experiment and after it (section {@code budget}, factor F2).
 * A null component means the facts file does not say: unknown, never "no" or zero.
 */
public record Budget(
        @Bounds(min = 0) Double experimentEuro,
        Boolean secured,
        Boolean implementationBudgetReserved,
        Boolean multiYear
) {
}
