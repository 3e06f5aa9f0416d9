package nl.innovatiewijzer;

/** How a success factor stands. When rules disagree the worst wins: RISK over ATTENTION over STRONG. */
public enum Status {
    /** The facts show the factor is in place. */
    STRONG,
    /** Partly in place; there is something to improve. */
    ATTENTION,
    /** The facts show the factor is missing or works against success. */
    RISK,
    /** Too few facts are known to judge the factor. */
    UNKNOWN;

    /** The worse of two judged statuses; UNKNOWN gives way to any judgement. */
    public Status worst(Status other) {
        if (this == UNKNOWN) {
            return other;
        }
        if (other == UNKNOWN) {
            return this;
        }
        return other.ordinal() > ordinal() ? other : this;
    }
}
