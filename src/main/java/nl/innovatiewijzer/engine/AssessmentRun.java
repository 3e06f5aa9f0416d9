package nl.innovatiewijzer.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.RuleInfo;
import org.drools.core.common.InternalWorkingMemory;
import org.drools.core.phreak.RuleAgendaItem;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One assessment: a Drools session with the project's facts, fired to the end on the calling
 * thread, then once more with what the advice said, for the plan rules ({@link PlanStage}). Three limits stop rules that would not end: the fire limit (a loop), the time budget
 * (a rule that is slow, waits or sleeps; see {@link TimeBudget}), and a halt that a rule asks
 * for, which would end the assessment with part of its advice missing. Whatever a rule throws,
 * errors such as {@link StackOverflowError} and {@link OutOfMemoryError} included, becomes an
 * {@link AssessmentException} that names the rule and its file. Sessions come from the knowledge
 * base's pool: a session that finished normally is reset and reused, any other is destroyed; the
 * knowledge base is untouched.
 */
final class AssessmentRun {

    /** Far above what a real knowledge base fires for one project (a few hundred at most). */
    static final int FIRE_LIMIT = 20_000;

    /** Far above what a real assessment takes (some tens of microseconds), and short enough to wait for. */
    static final Duration TIME_BUDGET = Duration.ofSeconds(5);

    /** A session serves one assessment on one thread at a time, so it needs no locks of its own. */
    private static final KieSessionConfiguration ONE_THREAD = sessions(ThreadSafeOption.NO);

    /**
     * For a rule base built from the executable model: its consequences share one array for the
     * facts they are given between all sessions of the rule base, unless a session says that it
     * may be used on several threads. Sessions on two threads at once (the answer trials) would
     * hand each other's advice to a rule.
     */
    private static final KieSessionConfiguration MODEL = sessions(ThreadSafeOption.YES);

    private static KieSessionConfiguration sessions(ThreadSafeOption threads) {
        KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(threads);
        return configuration;
    }

    private AssessmentRun() {
    }

    /** Thrown from the listener, on the session's own thread, to stop the firing once the budget is spent. */
    private static final class OverBudget extends RuntimeException {
        static final OverBudget INSTANCE = new OverBudget();

        private OverBudget() {
            super("the time budget of the assessment is spent", null, false, false);
        }
    }

    /** Tells the advice which rule is firing on which facts, so that rules need not say it. */
    private static final class Recorder extends DefaultAgendaEventListener {
        private final CompiledKnowledge knowledge;
        private final FactPlacement placement;
        private final RecordedAdvice advice;
        private final TimeBudget.Watch watch;

        Recorder(CompiledKnowledge knowledge, FactPlacement placement, RecordedAdvice advice, TimeBudget.Watch watch) {
            this.knowledge = knowledge;
            this.placement = placement;
            this.advice = advice;
            this.watch = watch;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            if (watch.expired()) {
                throw OverBudget.INSTANCE;
            }
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
        return run(knowledge, facts, TIME_BUDGET);
    }

    /** As {@link #run(CompiledKnowledge, ProjectFacts)}, with another time budget: for tests, which cannot wait five seconds. */
    static RecordedAdvice run(CompiledKnowledge knowledge, ProjectFacts facts, Duration budget) {
        FactPlacement placement = FactPlacement.of(facts);
        RecordedAdvice advice = new RecordedAdvice();
        KieSession session = knowledge.sessions().newKieSession(knowledge.fromModel() ? MODEL : ONE_THREAD);
        TimeBudget.Watch watch = TimeBudget.start(budget);
        Recorder recorder = new Recorder(knowledge, placement, advice, watch);
        int fired;
        try {
            if (knowledge.base().getGlobals().containsKey("advice")) {
                session.setGlobal("advice", advice); // a knowledge base whose files are all empty declares none
            }
            session.addEventListener(recorder);
            for (Object fact : placement.facts()) {
                session.insert(fact);
            }
            fired = session.fireAllRules(FIRE_LIMIT);
            if (fired < FIRE_LIMIT && PlanStage.plans(knowledge)) {
                // the plan rules match only what the advice said, so they fire only now
                for (Object candidate : PlanStage.candidates(advice, knowledge.texts().duties(),
                        AssessmentAssembler.assessedOn(facts))) {
                    session.insert(candidate);
                }
                fired += session.fireAllRules(FIRE_LIMIT - fired);
            }
        } catch (Throwable e) {
            boolean overBudget = watch.end();
            throw stopped(knowledge, advice, session, overBudget, budget, e);
        }
        boolean overBudget = watch.end();
        RuleInfo halted = overBudget || fired >= FIRE_LIMIT ? null : halted(knowledge, advice, session);
        if (overBudget || fired >= FIRE_LIMIT || halted != null) {
            Problem problem = overBudget ? overBudget(knowledge, advice, null, budget)
                    : halted != null ? halt(halted) : loop(knowledge, advice);
            destroy(session);
            throw new AssessmentException(List.of(problem), null);
        }
        session.removeEventListener(recorder);
        session.dispose(); // reset and back to the pool
        return advice;
    }

    /**
     * The exception for an assessment that threw: the session is destroyed first, so that after
     * an {@link OutOfMemoryError} its memory is free for the message. Errors the JVM cannot
     * recover from (an {@link InternalError}, {@link ThreadDeath}) are thrown on as they are.
     */
    private static RuntimeException stopped(CompiledKnowledge knowledge, RecordedAdvice advice, KieSession session,
                                             boolean overBudget, Duration budget, Throwable e) {
        Throwable cause = e instanceof ConsequenceException && e.getCause() != null ? e.getCause() : e;
        RuleInfo rule = e instanceof ConsequenceException consequence
                ? knowledge.rule(consequence.getMatch().getRule().getName()) : advice.currentRule();
        boolean matching = rule == null;
        if (matching) {
            rule = nextRule(knowledge, session); // the rule whose conditions were being matched
        }
        destroy(session);
        if (e instanceof ThreadDeath || e instanceof VirtualMachineError && !(e instanceof StackOverflowError)
                && !(e instanceof OutOfMemoryError)) {
            throw (Error) e;
        }
        if (overBudget) {
            return new AssessmentException(List.of(overBudget(knowledge, advice, matching ? null : rule, budget)),
                    cause instanceof OverBudget ? null : cause);
        }
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt(); // the caller's own interrupt, which a waiting rule swallowed
        }
        return new AssessmentException(List.of(failed(rule, matching, cause)), cause);
    }

    private static void destroy(KieSession session) {
        try {
            session.destroy(); // a session stopped halfway is not reused
        } catch (RuntimeException ignored) {
            // what a rule broke in it goes with it
        }
    }

    /** The rule that asked for a halt, when it cut the firing short; null when the rules fired to the end. */
    private static RuleInfo halted(CompiledKnowledge knowledge, RecordedAdvice advice, KieSession session) {
        List<RecordedAdvice.Firing> firings = advice.firings();
        if (firings.isEmpty() || nextRule(knowledge, session) == null) {
            return null;
        }
        return firings.get(firings.size() - 1).rule(); // a halt takes effect when the consequence that asked returns
    }

    /** The rule that the session would evaluate next: after a failure, the one it was evaluating. */
    private static RuleInfo nextRule(CompiledKnowledge knowledge, KieSession session) {
        try {
            RuleAgendaItem next = ((InternalWorkingMemory) session).getAgenda().peekNextRule();
            return next == null ? null : knowledge.rule(next.getRule().getName());
        } catch (RuntimeException e) {
            return null; // a session a rule broke may not say
        }
    }

    private static Problem loop(CompiledKnowledge knowledge, RecordedAdvice advice) {
        RuleInfo top = mostFired(knowledge, advice);
        return new Problem(top == null ? knowledge.source() : top.file(), top == null ? 0 : top.line(), 0, "",
                "the rules fired more than " + FIRE_LIMIT + " times and were stopped; they seem to loop. "
                        + "Most fired: " + mostFiredList(knowledge, advice) + ". A rule that changes a fact it matches on "
                        + "fires again; add a condition that stops it, or the attribute no-loop");
    }

    private static Problem overBudget(CompiledKnowledge knowledge, RecordedAdvice advice, RuleInfo running, Duration budget) {
        String limit = seconds(budget) + ", the time budget of one assessment,";
        if (running != null) {
            return new Problem(running.file(), running.line(), 0, "", "rule \"" + running.name() + "\" was still running after "
                    + limit + " and was stopped; a rule's consequence gives advice and returns at once");
        }
        List<RecordedAdvice.Firing> firings = advice.firings();
        if (firings.isEmpty()) {
            return Problem.inFile(knowledge.source(), "the rules were still matching the facts after " + limit
                    + " and were stopped; no rule had fired yet");
        }
        RuleInfo last = firings.get(firings.size() - 1).rule();
        return new Problem(last.file(), last.line(), 0, "", "the rules were still firing after " + limit
                + " and were stopped after " + firings.size() + " firings; the last to fire was rule \"" + last.name()
                + "\". Most fired: " + mostFiredList(knowledge, advice));
    }

    private static String seconds(Duration budget) {
        long millis = budget.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static Problem halt(RuleInfo rule) {
        return new Problem(rule.file(), rule.line(), 0, "", "rule \"" + rule.name() + "\" halted the assessment "
                + "before every rule had fired, and its advice would be incomplete; a rule gives advice and "
                + "leaves the firing to the engine: remove drools.halt()");
    }

    private static List<Map.Entry<String, Integer>> mostFiredCounts(RecordedAdvice advice) {
        Map<String, Integer> firedCount = new TreeMap<>();
        for (RecordedAdvice.Firing firing : advice.firings()) {
            firedCount.merge(firing.rule().name(), 1, Integer::sum);
        }
        return firedCount.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .toList();
    }

    private static RuleInfo mostFired(CompiledKnowledge knowledge, RecordedAdvice advice) {
        List<Map.Entry<String, Integer>> most = mostFiredCounts(advice);
        return most.isEmpty() ? null : knowledge.rule(most.get(0).getKey());
    }

    private static String mostFiredList(CompiledKnowledge knowledge, RecordedAdvice advice) {
        return mostFiredCounts(advice).stream()
                .map(e -> "\"" + e.getKey() + "\" (" + knowledge.rule(e.getKey()).file() + ", fired " + e.getValue() + " times)")
                .collect(Collectors.joining(", "));
    }

    private static Problem failed(RuleInfo rule, boolean matching, Throwable cause) {
        String why = cause == null ? "unknown error" : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + KnowledgeBaseCompiler.clean(cause.getMessage()));
        if (rule == null) {
            return Problem.inFile("rules", "the rules failed while matching the facts: " + why);
        }
        return new Problem(rule.file(), rule.line(), 0, "", "rule \"" + rule.name() + "\" failed"
                + (matching ? " while matching the facts" : "") + ": " + why);
    }
}
