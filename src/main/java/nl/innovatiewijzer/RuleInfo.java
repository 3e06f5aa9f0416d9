package nl.innovatiewijzer;

/**
 * A rule as an adviser wrote it: its name, where it is, the metadata that ties it to a factor and
 * to the texts it uses, and what it gives when it fires. A value that is not given is null.
 *
 * @param name        the rule's name, a sentence
 * @param file        the file as shown to users, e.g. {@code rules/f4-short-cycles.drl}
 * @param line        the line the rule starts at
 * @param factor      {@code @factor}: F1 .. F9
 * @param finding     {@code @finding}: the finding a status rule reports
 * @param action      {@code @action}: the action a recommendation rule recommends
 * @param missing     {@code @missing}: the field path a missing-fact rule asks for
 * @param obligation  {@code @obligation}: the obligation a duty rule decides
 * @param status      the status a status rule rates its factor with ({@code advice.rate(Status.RISK)})
 * @param priority    the priority a recommendation rule recommends with ({@code advice.recommend(Priority.HIGH, ...)})
 * @param state       the state a duty rule gives its obligation ({@code advice.oblige(ObligationState.TODO, ...)})
 * @param description the comment written right above the rule, its lines joined: why the rule is
 *                    there, in the adviser's words; empty when there is none
 * @param step        {@code @step}: the id of the reason a plan rule gives for the next step it proposes
 * @param order       the place a plan rule gives its step ({@code advice.step($duty, 10)}): lower comes first
 */
public record RuleInfo(String name, String file, int line, String factor, String finding, String action,
                       String missing, String obligation, Status status, Priority priority, ObligationState state,
                       String description, String step, Integer order) implements java.io.Serializable {

    public RuleInfo {
        description = description == null ? "" : description;
    }

    /** A rule that proposes no next step. */
    public RuleInfo(String name, String file, int line, String factor, String finding, String action,
                    String missing, String obligation, Status status, Priority priority, ObligationState state,
                    String description) {
        this(name, file, line, factor, finding, action, missing, obligation, status, priority, state, description,
                null, null);
    }

    /** True for a rule of the plan, which proposes a next step ({@code @step}) and judges no factor. */
    public boolean plans() {
        return step != null;
    }

    /** A rule known by its name, place and metadata only: what it gives and why are not known. */
    public RuleInfo(String name, String file, int line, String factor, String finding, String action,
                    String missing, String obligation) {
        this(name, file, line, factor, finding, action, missing, obligation, null, null, null, "");
    }
}
