package nl.innovatiewijzer.rules;

import java.util.List;

/**
 * A question still open: {@code Question( field == "projectLeader.assigned" )}, or one that decides a
 * duty, {@code Question( duties contains "dpia" )}.
 *
 * @param field  the field of the facts it asks for, such as {@code project.phase}
 * @param factor the factor it is asked for
 * @param duties the obligations whose outcome depends on the answer; empty when none does
 */
public record Question(String field, String factor, List<String> duties) implements Candidate {

    public Question {
        duties = List.copyOf(duties);
    }

    @Override
    public String id() {
        return field;
    }
}
