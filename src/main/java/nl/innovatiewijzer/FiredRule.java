package nl.innovatiewijzer;

import java.util.List;

/**
 * One firing of a rule during an assessment, for the explanation: which rule, in which file,
 * on which facts.
 *
 * @param rule     the rule's name
 * @param ruleFile the file it lives in
 * @param facts    the facts it matched, as field paths such as {@code team.members[1]}
 */
public record FiredRule(String rule, String ruleFile, List<String> facts) {

    public FiredRule {
        facts = List.copyOf(facts);
    }
}
