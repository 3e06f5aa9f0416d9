package nl.innovatiewijzer;

/**
 * A fact a rule gave as its reason, with its value as the facts file writes it, for programs
 * that want the facts rather than the sentences of {@code because}.
 *
 * @param field the fact's field path, e.g. {@code projectLeader.assigned}
 * @param value the value: a boolean, a number, a text (an enum in the contract's spelling), a
 *              list of those, or null when the fact is unknown
 */
public record Evidence(String field, Object value) {

    /**
     * As a record compares, written out: a record's own {@code equals} and {@code hashCode} are
     * linked through method handles at their first call, which every cold start would pay for.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Evidence that && java.util.Objects.equals(field, that.field)
                && java.util.Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(field) + java.util.Objects.hashCode(value);
    }
}
