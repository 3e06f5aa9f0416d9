package nl.innovatiewijzer;

/** Whether a legal or policy duty the facts trigger has been met. */
public enum ObligationState {
    /** The duty is met. */
    DONE,
    /** The duty applies and has not been met. */
    TODO,
    /** The duty applies, but the fact that says whether it was met is absent. */
    UNKNOWN;

    /** The more pressing of two states: TODO over UNKNOWN over DONE. */
    public ObligationState mostPressing(ObligationState other) {
        return rank(other) > rank(this) ? other : this;
    }

    private static int rank(ObligationState state) {
        return switch (state) {
            case DONE -> 0;
            case UNKNOWN -> 1;
            case TODO -> 2;
        };
    }
}
