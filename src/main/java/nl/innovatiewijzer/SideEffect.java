package nl.innovatiewijzer;

/**
 * What else an improvement path changes for the worse: a factor whose status drops, or a duty the
 * changed facts bring in.
 *
 * @param id    the factor (F1 .. F9) or the obligation's id
 * @param title the factor's or obligation's name, in the assessment's language
 * @param from  the status or state now; null for a duty that is not there now
 * @param to    the status or state after the change
 */
public record SideEffect(String id, String title, String from, String to) {

    /** True for a duty the path brings in (it was not there, or was done), false for a factor that gets worse. */
    public boolean newDuty() {
        return from == null || from.equals(ObligationState.DONE.name());
    }
}
