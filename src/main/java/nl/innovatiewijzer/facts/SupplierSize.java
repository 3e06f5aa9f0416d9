package nl.innovatiewijzer.facts;

/** The size of a supplier. */
public enum SupplierSize {
    SMALL, MEDIUM, LARGE;
}
