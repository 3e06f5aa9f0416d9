package nl.innovatiewijzer.facts;

import java.util.List;

/**
 * How the questions of the domains shape the experiment (section {@code domainQuestions}, factor F3).
 * A null component means the facts file does not say: unknown, never "no" or zero.
 */
public record DomainQuestions(
        Boolean collected,
        List<Domain> domainsConsulted,
        Boolean problemOwner,
        Boolean experimentAnswersQuestion,
        Boolean successCriteriaDefined
) {

    /** Keeps lists immutable; a null list stays unknown. */
    public DomainQuestions {
        domainsConsulted = domainsConsulted == null ? null : List.copyOf(domainsConsulted);
    }
}
