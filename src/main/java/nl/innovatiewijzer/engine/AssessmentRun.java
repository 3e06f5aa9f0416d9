package nl.innovatiewijzer.engine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.RuleInfo;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One assessment: a Drools session with the project's facts, fired to the end (or to the fire
 * limit, which stops a rule base that loops). Sessions come from the knowledge base's pool: a
 * session that finished normally is reset and reused, one that failed is destroyed. Failures in
 * rules become an {@link AssessmentException} that names the rule and its file; the knowledge
 * base is untouched.
 */
final class AssessmentRun {

    /** Far above what a real knowledge base fires for one project (a few hundred at most). */
    static final int FIRE_LIMIT = 20_000;

    /** A session serves one assessment on one thread at a time, so it needs no locks of its own. */
    private static final KieSessionConfiguration ONE_THREAD = oneThread();

    private static KieSessionConfiguration oneThread() {
        KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(ThreadSafeOption.NO);
        return configuration;
    }

    private AssessmentRun() {
    }

    /** Tells the advice which rule is firing on which facts, so that rules need not say it. */
    private static final class Recorder extends DefaultAgendaEventListener {
        private final CompiledKnowledge knowledge;
        private final FactPlacement placement;
        private final RecordedAdvice advice;

        Recorder(CompiledKnowledge knowledge, FactPlacement placement, RecordedAdvice advice) {
            this.knowledge = knowledge;
            this.placement = placement;
            this.advice = advice;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            List<Object> objects = event.getMatch().getObjects();
            String[] facts = new String[objects.size()];
            int i = 0;
            for (Object fact : objects) {
                facts[i++] = placement.pathOf(fact);
            }
            advice.enter(knowledge.rule(event.getMatch().getRule().getName()), List.of(facts));
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            advice.leave();
        }
    }

    static RecordedAdvice run(CompiledKnowledge knowledge, ProjectFacts facts) {
        FactPlacement placement = FactPlacement.of(facts);
        RecordedAdvice advice = new RecordedAdvice();
        Recorder recorder = new Recorder(knowledge, placement, advice);
        KieSession session = knowledge.sessions().newKieSession(ONE_THREAD);
        boolean clean = false;
        try {
            if (knowledge.base().getGlobals().containsKey("advice")) {
                session.setGlobal("advice", advice); // a knowledge base whose files are all empty declares none
            }
            session.addEventListener(recorder);
            for (Object fact : placement.facts()) {
                session.insert(fact);
            }
            int fired = session.fireAllRules(FIRE_LIMIT);
            if (fired >= FIRE_LIMIT) {
                throw new AssessmentException(List.of(loop(knowledge, advice)), null);
            }
            clean = true;
            return advice;
        } catch (ConsequenceException e) {
            RuleInfo rule = knowledge.rule(e.getMatch().getRule().getName());
            throw new AssessmentException(List.of(failed(rule, e.getCause())), e.getCause());
        } catch (AssessmentException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssessmentException(List.of(failed(advice.currentRule(), e)), e);
        } finally {
            session.removeEventListener(recorder);
            if (clean) {
                session.dispose(); // reset and back to the pool
            } else {
                session.destroy(); // a session stopped halfway is not reused
            }
        }
    }

    private static Problem loop(CompiledKnowledge knowledge, RecordedAdvice advice) {
        Map<String, Integer> firedCount = new TreeMap<>();
        for (RecordedAdvice.Firing firing : advice.firings()) {
            firedCount.merge(firing.rule().name(), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> most = firedCount.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .toList();
        String rules = most.stream()
                .map(e -> "\"" + e.getKey() + "\" (" + knowledge.rule(e.getKey()).file() + ", fired " + e.getValue() + " times)")
                .collect(Collectors.joining(", "));
        RuleInfo top = most.isEmpty() ? null : knowledge.rule(most.get(0).getKey());
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
