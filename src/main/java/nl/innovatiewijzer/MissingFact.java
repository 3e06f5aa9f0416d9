package nl.innovatiewijzer;

import java.util.List;

/**
 * A fact whose absence kept a factor or a duty from being judged, and the question that would get it.
 * An assessment lists its missing facts by how much their answers can change the advice, most
 * first: the rules are run with each possible answer, and {@code couldChange} and {@code why} say
 * what came out otherwise.
 *
 * @param field       the field path in the facts file, e.g. {@code workingMethod.cycleLengthWeeks}
 * @param factor      the factor it is asked for
 * @param question    the question to ask, in the assessment's language
 * @param couldChange the factors and obligations whose outcome depends on the answer (ids such as
 *                    {@code F2} or {@code dpia}), factors first
 * @param why         in words, in the assessment's language, what waits for the answer: the factors,
 *                    the duties and the next steps it can change; empty when not known
 */
public record MissingFact(String field, String factor, String question, List<String> couldChange, String why) {

    public MissingFact {
        couldChange = couldChange == null ? List.of() : List.copyOf(couldChange);
        why = why == null ? "" : why;
    }

    /** A missing fact without words for why it matters. */
    public MissingFact(String field, String factor, String question, List<String> couldChange) {
        this(field, factor, question, couldChange, "");
    }

    /** A missing fact on which only its own factor depends. */
    public MissingFact(String field, String factor, String question) {
        this(field, factor, question, factor == null ? List.of() : List.of(factor));
    }
}
