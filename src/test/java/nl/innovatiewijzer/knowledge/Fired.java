package nl.innovatiewijzer.knowledge;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.FiredRule;
import nl.innovatiewijzer.engine.KnowledgeBase;
import nl.innovatiewijzer.engine.RuleFiles;
import nl.innovatiewijzer.engine.RuleInfo;

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
    static KnowledgeBase knowledgeBase() {
        return Compiled.RULES;
    }

    private static final class Compiled {
        static final KnowledgeBase RULES = KnowledgeBase.compile(RuleFiles.fromDirectory(Path.of("rules")));
    }
}
