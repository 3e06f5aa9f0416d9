package nl.innovatiewijzer;

/**
 * A fact whose absence kept a factor from being judged, and the question that would get it.
 *
 * @param field    the field path in the facts file, e.g. {@code workingMethod.cycleLengthWeeks}
 * @param factor   the factor it is needed for
 * @param question the question to ask, in the assessment's language
 */
public record MissingFact(String field, String factor, String question) {
}
