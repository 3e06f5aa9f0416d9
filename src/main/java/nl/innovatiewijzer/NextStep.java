package nl.innovatiewijzer;

/**
 * One of the at most three steps a project should take first, in the order the rules put them.
 *
 * @param rank   1, 2 or 3: the order in which the project should take the steps
 * @param kind   whether the step is a recommendation, an obligation or a question
 * @param id     the recommendation's id, the obligation's id, or the missing fact's field
 * @param factor the factor the step serves; null for an obligation
 * @param title  the step in a few words, in the assessment's language: the action's title, the
 *               duty's name, or the question
 * @param why    why this step comes now, in a sentence of the assessment's language
 */
public record NextStep(int rank, StepKind kind, String id, String factor, String title, String why) {
}
