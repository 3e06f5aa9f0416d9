package nl.innovatiewijzer;

import java.util.List;

/**
 * A fact whose absence kept a factor or a duty from being judged, and the question that would get it.
 *
 * @param field       the field path in the facts file, e.g. {@code workingMethod.cycleLengthWeeks}
 * @param factor      the factor it is asked for
 * @param question    the question to ask, in the assessment's language
 * @param couldChange the factors and obligations whose outcome depends on the answer (ids such as
 *                    {@code F2} or {@code dpia})
 */
public record MissingFact(String field, String factor, String question, List<String> couldChange) {

    public MissingFact {
        couldChange = couldChange == null ? List.of() : List.copyOf(couldChange);
    }

    /** A missing fact on which only its own factor depends. */
    public MissingFact(String field, String factor, String question) {
        this(field, factor, question, factor == null ? List.of() : List.of(factor));
    }
}
