package nl.innovatiewijzer.engine;

import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.ProjectFacts;

/**
 * A project the knowledge check runs the rules on: an example from a facts file, or a project the
 * check made, which a message names by its known facts.
 *
 * @param file  the example's file as messages name it, or null for a project the check made
 * @param facts the facts
 * @param draft the facts as a draft, to be made smaller before they are described; null for an example
 */
record TrialProject(String file, ProjectFacts facts, ProjectDraft draft) {

    /** An example project from a facts file. */
    static TrialProject example(String file, ProjectFacts facts) {
        return new TrialProject(file, facts, null);
    }

    /** A project the check made; null when its facts break the contract's bounds. */
    static TrialProject made(ProjectDraft draft) {
        try {
            return new TrialProject(null, draft.facts(), draft);
        } catch (InvalidFactsException e) {
            return null;
        }
    }

    /** How a message names the project: by its file, or by the facts it has. */
    String description() {
        return file != null ? file : describe(draft);
    }

    /** How a message names a project the check made: by the facts it has. */
    static String describe(ProjectDraft draft) {
        String facts = draft.describe();
        return facts.isEmpty() ? "a project with only a name" : "a project with " + facts;
    }
}
