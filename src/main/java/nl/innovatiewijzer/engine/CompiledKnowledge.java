package nl.innovatiewijzer.engine;

import java.util.Collection;
import java.util.Map;
import nl.innovatiewijzer.RuleInfo;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled rule base with its texts, the answers worth trying for the facts its rules ask for,
 * the description of every rule, and its pool of sessions
 * (a disposed session is reset and handed to the next assessment); immutable once built.
 * {@code fromModel}: the rule base was built from the shipped rules' executable model ({@link ShippedModel}).
 */
record CompiledKnowledge(InternalKnowledgeBase base, TextCatalogue texts, PossibleAnswers answers, Map<String, RuleInfo> rules,
                         String source, String fingerprint, int files, boolean fromCache,
                         KieSessionsPool sessions, boolean fromModel) {

    CompiledKnowledge {
        rules = Map.copyOf(rules);
    }



    RuleInfo rule(String name) {
        RuleInfo rule = rules.get(name);
        return rule != null ? rule : new RuleInfo(name, source, 0, null, null, null, null, null);
    }

    Collection<RuleInfo> allRules() {
        return rules.values();
    }
}
