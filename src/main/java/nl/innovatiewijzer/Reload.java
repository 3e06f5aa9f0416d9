package nl.innovatiewijzer;

import java.util.List;

/**
 * The outcome of rebuilding a watched knowledge base.
 *
 * @param succeeded     true when the new knowledge base compiled and now serves assessments
 * @param knowledgeBase the knowledge base that serves assessments after this reload: the new one
 *                      when it succeeded, the last good one when it did not
 * @param problems      what kept the new knowledge base from compiling; empty when it succeeded
 */
public record Reload(boolean succeeded, KnowledgeBaseInfo knowledgeBase, List<Problem> problems) {

    public Reload {
        problems = List.copyOf(problems);
    }
}
