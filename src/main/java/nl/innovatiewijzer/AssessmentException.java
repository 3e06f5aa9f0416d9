package nl.innovatiewijzer;

import java.util.List;

/**
 * The rules failed while assessing one project: a rule that keeps firing (a loop), or a rule
 * whose condition or consequence throws. The message names the rules and their files. The
 * {@link Advisor} that threw it stays usable for the next assessment.
 */
public class AssessmentException extends InnovatiewijzerException {

    public AssessmentException(List<Problem> problems, Throwable cause) {
        super(problems);
        if (cause != null) {
            initCause(cause);
        }
    }
}
