package nl.innovatiewijzer.rules;

import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Status;

/**
 * What a rule says, in one line of its consequence. Every rule file declares it as
 * {@code global nl.innovatiewijzer.rules.Advice advice;} and calls one of these:
 * <ul>
 *   <li>{@code advice.rate(Status.RISK, $weeks);} judges the rule's {@code @factor} and reports its
 *       {@code @finding}, filled with the values given;</li>
 *   <li>{@code advice.recommend(Priority.HIGH, fact("team.members", $m), reason("no-privacy-officer"));}
 *       recommends the rule's {@code @action}, with the reasons why;</li>
 *   <li>{@code advice.missing();} reports that the rule's {@code @missing} fact is unknown, so that
 *       its question is asked;</li>
 *   <li>{@code advice.oblige(ObligationState.TODO, reasons...);} decides the rule's {@code @obligation};</li>
 *   <li>{@code advice.step($duty, 10);} proposes, in a plan rule, a {@link Candidate} as a next step:
 *       the lower the order, the sooner; the rule's {@code @step} names the reason.</li>
 * </ul>
 * Which rule spoke, in which file, on which facts, is recorded without the rule saying so. This
 * package is what rule files name; its names stay the same from one version to the next.
 */
public interface Advice {

    /** Judges the rule's factor with {@code status} (STRONG, ATTENTION or RISK) and reports its {@code @finding}. */
    void rate(Status status, Object... values);

    /** Recommends the rule's {@code @action} with this priority, because of the reasons given. */
    void recommend(Priority priority, Reason... because);

    /** Reports that the rule's {@code @missing} fact is unknown, so that its question is asked. */
    void missing();

    /** Decides the rule's {@code @obligation}: DONE, TODO or UNKNOWN, because of the reasons given. */
    void oblige(ObligationState state, Reason... because);

    /**
     * Proposes {@code candidate} as a next step at place {@code order} (lower comes first), for the
     * reason the rule's {@code @step} names. Of all proposals the three lowest become the next steps.
     */
    void step(Candidate candidate, int order);
}
