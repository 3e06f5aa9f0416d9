package nl.innovatiewijzer;

import java.util.List;

/**
 * A facts file, or facts built in code, that do not follow the facts contract. The message
 * lists every problem found, one per line, each with file, line, column and field path.
 */
public class InvalidFactsException extends InnovatiewijzerException {

    public InvalidFactsException(List<Problem> problems) {
        super(problems);
    }
}
