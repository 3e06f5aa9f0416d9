package nl.innovatiewijzer.knowledge;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.FiredRule;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.RulesOnDisk;

/** Which rules fired in an assessment, and which rules the knowledge base in {@code rules/} has. */
final class Fired {

    private Fired() {
    }

    static boolean rule(Assessment assessment, String rule) {
        return assessment.firedRules().stream().anyMatch(fired -> fired.rule().equals(rule));
    }

    static Set<String> rules(Assessment assessment) {
        return assessment.firedRules().stream().map(FiredRule::rule).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every rule in {@code rules/}, with its file, line and metadata. */
    static Set<RuleInfo> inKnowledgeBase() {
        return Set.copyOf(knowledgeBase().rules());
    }

    /** The knowledge base in {@code rules/}, compiled once for all tests that look at its rules. */
    static Advisor knowledgeBase() {
        return RulesOnDisk.advisor();
    }
}
