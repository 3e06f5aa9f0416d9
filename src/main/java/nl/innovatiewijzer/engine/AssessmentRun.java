package nl.innovatiewijzer.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One assessment: a fresh Drools session with the project's facts, fired to the end (or to the
 * fire limit, which stops a rule base that loops), always disposed. Failures in rules become an
 * {@link AssessmentException} that names the rule and its file; the knowledge base is untouched.
 */
final class AssessmentRun {

    /** Far above what a real knowledge base fires for one project (a few hundred at most). */
    static final int FIRE_LIMIT = 20_000;

    private AssessmentRun() {
    }

    static Advice run(CompiledKnowledge knowledge, ProjectFacts facts) {
        FactPlacement placement = FactPlacement.of(facts);
        Advice advice = new Advice();
        Map<String, Integer> firedCount = new HashMap<>();
        RuleInfo[] firing = new RuleInfo[1];
        KieSession session = knowledge.base().newKieSession();
        try {
            if (knowledge.base().getGlobals().containsKey("advice")) {
                session.setGlobal("advice", advice); // a knowledge base whose files are all empty declares none
            }
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    RuleInfo rule = knowledge.rule(event.getMatch().getRule().getName());
                    firing[0] = rule;
                    firedCount.merge(rule.name(), 1, Integer::sum);
                    advice.enter(rule, event.getMatch().getObjects().stream().map(placement::pathOf).toList());
                }

                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    advice.leave();
                    firing[0] = null;
                }
            });
            for (Object fact : placement.facts()) {
                session.insert(fact);
            }
            int fired = session.fireAllRules(FIRE_LIMIT);
            if (fired >= FIRE_LIMIT) {
                throw new AssessmentException(List.of(loop(knowledge, firedCount)), null);
            }
            return advice;
        } catch (ConsequenceException e) {
            RuleInfo rule = knowledge.rule(e.getMatch().getRule().getName());
            throw new AssessmentException(List.of(failed(rule, e.getCause())), e.getCause());
        } catch (AssessmentException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssessmentException(List.of(failed(firing[0], e)), e);
        } finally {
            session.dispose();
        }
    }

    private static Problem loop(CompiledKnowledge knowledge, Map<String, Integer> firedCount) {
        String rules = firedCount.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(e -> "\"" + e.getKey() + "\" (" + knowledge.rule(e.getKey()).file() + ", fired " + e.getValue() + " times)")
                .collect(Collectors.joining(", "));
        RuleInfo top = firedCount.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> knowledge.rule(e.getKey())).findFirst().orElse(null);
        return new Problem(top == null ? knowledge.source() : top.file(), top == null ? 0 : top.line(), 0, "",
                "the rules fired more than " + FIRE_LIMIT + " times and were stopped; they seem to loop. "
                        + "Most fired: " + rules + ". A rule that changes a fact it matches on fires again; "
                        + "add a condition that stops it, or the attribute no-loop");
    }

    private static Problem failed(RuleInfo rule, Throwable cause) {
        String why = cause == null ? "unknown error" : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + KnowledgeBaseCompiler.clean(cause.getMessage()));
        if (rule == null) {
            return Problem.inFile("rules", "the rules failed while matching the facts: " + why);
        }
        return new Problem(rule.file(), rule.line(), 0, "", "rule \"" + rule.name() + "\" failed: " + why);
    }
}
