package nl.innovatiewijzer;

import java.util.List;
import java.util.stream.Collectors;

/** The root of the exceptions the library throws for bad input; each carries its problems. */
public abstract class InnovatiewijzerException extends RuntimeException {

    private final List<Problem> problems;

    protected InnovatiewijzerException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order of the input. */
    public List<Problem> problems() {
        return problems;
    }
}
