package nl.innovatiewijzer.engine;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.runtime.KieSession;

/**
 * Loads the classes of the Drools runtime on a second core while the first reads compiled rules
 * back: on a cold start, class loading is a large part of the time, and the two do not wait
 * for each other. Does nothing that can fail the caller.
 */
final class EngineWarmUp {

    private static volatile boolean done;

    private EngineWarmUp() {
    }

    /** Starts the warm-up once per process, on a daemon thread; returns it, or null when already done. */
    static synchronized Thread start() {
        if (done || Runtime.getRuntime().availableProcessors() < 2) {
            return null;
        }
        done = true;
        Thread thread = new Thread(EngineWarmUp::warmUp, "innovatiewijzer-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void warmUp() {
        try {
            InternalKnowledgeBase empty = KnowledgeBaseFactory.newKnowledgeBase();
            KieSession session = empty.newKieSession();
            session.insert(new Object());
            session.fireAllRules();
            session.dispose();
        } catch (RuntimeException | LinkageError ignored) {
            // only a head start; the real work loads what it needs itself
        }
    }
}
