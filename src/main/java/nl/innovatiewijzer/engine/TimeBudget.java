package nl.innovatiewijzer.engine;

import java.time.Duration;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The time budget of assessments. One daemon thread for the whole process looks ten times a
 * second at the assessment running on each thread, and stops one that has run over its budget.
 * No task is scheduled per assessment: starting and ending one costs a clock read and two writes
 * to a field of its own thread, which matters at thousands of assessments a second.
 *
 * <p>Stopping is cooperative, because Java can do no more without killing the thread: the
 * assessment is marked as {@linkplain Watch#expired() expired}, so that no further rule fires,
 * and its thread is interrupted, which ends a consequence that waits or sleeps. Code that
 * computes without end inside one consequence or condition (a loop, a regular expression that
 * backtracks for ever, a query that calls itself) ignores both and keeps its thread until it
 * returns; the rule language refuses what could be written that way.
 */
final class TimeBudget {

    /** How often the watchdog looks: a budget is kept to within this. */
    private static final long TICK_MILLIS = 100;

    private static final Set<Slot> SLOTS = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<Slot> SLOT = ThreadLocal.withInitial(TimeBudget::register);

    private TimeBudget() {
    }

    /** The assessment of one thread under watch; the watchdog takes it to stop it. */
    private static final class Slot {
        final Thread thread;
        final AtomicReference<Watch> running = new AtomicReference<>();

        Slot(Thread thread) {
            this.thread = thread;
        }
    }

    /** One assessment under watch, from {@link #start(Duration)} to {@link #end()}. */
    static final class Watch {
        private final Slot slot;
        private final long deadline;
        private final boolean interruptedBefore;
        private volatile boolean expired;
        private volatile boolean interruptSent;

        private Watch(Slot slot, long deadline, boolean interruptedBefore) {
            this.slot = slot;
            this.deadline = deadline;
            this.interruptedBefore = interruptedBefore;
        }

        /** True once the budget has run out: no further rule may fire. */
        boolean expired() {
            return expired;
        }

        /**
         * Ends the watch, on the assessment's own thread. True when the budget ran out; the
         * interrupt the watchdog sent is then taken back, so that the caller's thread is left
         * as it was.
         */
        boolean end() {
            if (slot.running.compareAndSet(this, null)) {
                return false;
            }
            while (!interruptSent) {
                Thread.onSpinWait(); // the watchdog is between taking the assessment and interrupting it
            }
            if (!interruptedBefore) {
                Thread.interrupted();
            }
            return true;
        }

        private void stop(Thread thread) {
            expired = true;
            try {
                thread.interrupt();
            } finally {
                interruptSent = true;
            }
        }
    }

    /** Watches an assessment that starts now on this thread and may take {@code budget}. */
    static Watch start(Duration budget) {
        Slot slot = SLOT.get();
        Watch watch = new Watch(slot, System.nanoTime() + budget.toNanos(), Thread.currentThread().isInterrupted());
        slot.running.set(watch);
        return watch;
    }

    private static Slot register() {
        Watchdog.start();
        Slot slot = new Slot(Thread.currentThread());
        SLOTS.add(slot);
        return slot;
    }

    /** Looks at every thread's assessment; a thread that has ended is forgotten. */
    private static void look() {
        long now = System.nanoTime();
        for (Iterator<Slot> slots = SLOTS.iterator(); slots.hasNext(); ) {
            Slot slot = slots.next();
            Watch watch = slot.running.get();
            if (watch == null) {
                if (!slot.thread.isAlive()) {
                    slots.remove();
                }
            } else if (now - watch.deadline >= 0 && slot.running.compareAndSet(watch, null)) {
                watch.stop(slot.thread);
            }
        }
    }

    /** The one thread that looks; started with the first assessment, it never ends. */
    private static final class Watchdog {
        private static final Thread THREAD = new Thread(Watchdog::run, "innovatiewijzer-time-budget");

        static {
            THREAD.setDaemon(true);
            THREAD.setContextClassLoader(TimeBudget.class.getClassLoader());
            THREAD.start();
        }

        static void start() {
            // the class initialiser starts the thread, once
        }

        private static void run() {
            while (true) {
                try {
                    Thread.sleep(TICK_MILLIS);
                    look();
                } catch (InterruptedException e) {
                    // nobody but the JVM stops this thread; look again at the next tick
                } catch (RuntimeException | Error e) {
                    // the watchdog outlives whatever one look runs into, or no budget is kept after it
                }
            }
        }
    }
}
