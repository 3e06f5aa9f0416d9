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
}
