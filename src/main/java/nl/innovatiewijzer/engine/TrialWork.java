package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The trials of a project's open questions, shared between the calling thread and the spare
 * cores: each question's trials are independent runs of the rules, so a cold command line that
 * tries a dozen questions takes about half as long on two cores. The calling thread takes
 * questions as well and never waits for a helper that has not started: a busy common pool only
 * means that the caller does the work alone. What a trial throws is thrown on the calling thread.
 */
final class TrialWork {

    /** Fewer questions than this are not worth a second thread: handing them over costs more. */
    static final int SHARED_FROM = 4;

    private TrialWork() {
    }

    /** {@code work} applied to each item, in the order of the items. */
    static <T, R> List<R> each(List<T> items, Function<T, R> work) {
        int helpers = Math.min(Runtime.getRuntime().availableProcessors() - 1, items.size() / 2);
        if (items.size() < SHARED_FROM || helpers < 1) {
            List<R> results = new ArrayList<>(items.size());
            items.forEach(item -> results.add(work.apply(item)));
            return results;
        }
        return new Shared<>(items, work).run(helpers);
    }

    /** One list of items, taken one at a time by whichever thread is free. */
    private static final class Shared<T, R> {
        private final List<T> items;
        private final Function<T, R> work;
        private final Object[] results;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final ClassLoader loader = Thread.currentThread().getContextClassLoader();

        Shared(List<T> items, Function<T, R> work) {
            this.items = items;
            this.work = work;
            this.results = new Object[items.size()];
        }

        List<R> run(int helpers) {
            List<Future<?>> started = new ArrayList<>(helpers);
            for (int i = 0; i < helpers; i++) {
                started.add(ForkJoinPool.commonPool().submit(this::help));
            }
            take();
            // a helper finishes the question it took, within the time budget of a run; one that has
            // not started yet takes nothing more, so it is not waited for
            boolean interrupted = false;
            synchronized (this) {
                while (done.get() < items.size()) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            started.forEach(helper -> helper.cancel(false));
            List<R> inOrder = new ArrayList<>(items.size());
            for (Object result : results) {
                if (result instanceof Failure failure) {
                    failure.rethrow();
                }
                @SuppressWarnings("unchecked")
                R value = (R) result;
                inOrder.add(value);
            }
            return inOrder;
        }

        private void help() {
            Thread thread = Thread.currentThread();
            ClassLoader own = thread.getContextClassLoader();
            thread.setContextClassLoader(loader); // rules resolve classes as they would on the caller's thread
            try {
                take();
            } finally {
                thread.setContextClassLoader(own);
            }
        }

        private void take() {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                Object result;
                try {
                    result = work.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    result = new Failure(e);
                }
                results[i] = result;
                if (done.incrementAndGet() == items.size()) {
                    synchronized (this) {
                        notifyAll();
                    }
                }
            }
        }
    }

    /** What a trial threw, kept to be thrown on the calling thread. */
    private record Failure(Throwable thrown) {
        void rethrow() {
            if (thrown instanceof RuntimeException e) {
                throw e;
            }
            throw (Error) thrown;
        }
    }
}
