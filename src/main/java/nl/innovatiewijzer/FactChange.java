package nl.innovatiewijzer;

/**
 * One change of a fact on an improvement path.
 *
 * @param field  the fact's field path, e.g. {@code workingMethod.cycleLengthWeeks}; for a list of
 *               items, the path of the field that names each item, e.g. {@code team.members.role}
 * @param from   the value now, as a facts file writes it (a boolean, a number, a text, a list of those)
 * @param to     the value after the change, in the same form
 * @param lever  the id of the lever in the knowledge base that proposes the change
 * @param text   what the project does, in plain words, in the assessment's language
 * @param effort how much the change asks of the project
 */
public record FactChange(String field, Object from, Object to, String lever, String text, Effort effort) {
}
