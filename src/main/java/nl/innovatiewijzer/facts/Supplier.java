package nl.innovatiewijzer.facts;

/**
 * An external party that delivers technology or knowledge.
 * A null component means the facts file does not say: unknown, never "no" or zero.
 */
public record Supplier(
        String name,
        @Required SupplierSize size,
        Boolean bringsKnowledge,
        Boolean coDevelops
) {
}
