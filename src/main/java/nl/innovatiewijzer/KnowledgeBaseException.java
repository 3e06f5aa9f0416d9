package nl.innovatiewijzer;

import java.util.List;

/**
 * A knowledge base that does not compile or does not pass its checks: a syntax error in a
 * {@code .drl} file, a duplicate rule name, a rule without its metadata, a text that is missing.
 * The message lists every problem, one per line, each with file, line and column.
 */
public class KnowledgeBaseException extends InnovatiewijzerException {

    public KnowledgeBaseException(List<Problem> problems) {
        super(problems);
    }
}
