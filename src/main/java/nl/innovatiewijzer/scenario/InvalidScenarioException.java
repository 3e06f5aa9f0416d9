package nl.innovatiewijzer.scenario;

import java.util.List;
import nl.innovatiewijzer.InnovatiewijzerException;
import nl.innovatiewijzer.Problem;

/**
 * A scenario file that cannot be run: not valid YAML, an unknown field, a value of the wrong
 * kind, an unknown status, or facts (inline or in the facts file it names) that break the facts
 * contract. The message lists every problem, each with file, line, column and field.
 */
public class InvalidScenarioException extends InnovatiewijzerException {

    public InvalidScenarioException(List<Problem> problems) {
        super(problems);
    }
}
