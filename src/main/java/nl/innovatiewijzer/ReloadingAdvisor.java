package nl.innovatiewijzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * An advisor that follows a rules folder: when a file in it changes, the knowledge base is
 * rebuilt in the background and swapped in at once. Every assessment uses one complete
 * knowledge base, the old or the new, never a half-built one. When the new files do not
 * compile, the last good knowledge base keeps serving and the problems are reported to the
 * listener and by {@link #lastFailure()}; so is a rebuild that fails in any other way, even with an
 * error such as {@link StackOverflowError}, and the next good version is picked up as usual.
 * Thread-safe; close it to stop watching.
 */
public final class ReloadingAdvisor implements AutoCloseable {

    /** Quiet time after the last change before rebuilding, so that a save of many files rebuilds once. */
    private static final long SETTLE_MILLIS = 200;

    private final Path folder;
    private final Function<Path, Advisor> compiler;
    private final Consumer<Reload> listener;
    private final AtomicReference<Advisor> current;
    private final AtomicReference<Reload> lastReload = new AtomicReference<>();
    private final WatchService watcher;
    private final Thread watching;
    private final Object rebuilding = new Object();

    private ReloadingAdvisor(Path folder, Function<Path, Advisor> compiler, Consumer<Reload> listener, Advisor first)
            throws IOException {
        this.folder = folder;
        this.compiler = compiler;
        this.listener = listener;
        this.current = new AtomicReference<>(first);
        this.watcher = folder.getFileSystem().newWatchService();
        registerAll(folder);
        this.watching = new Thread(this::watch, "innovatiewijzer-rules-watcher");
        this.watching.setDaemon(true);
        this.watching.start();
    }

    /**
     * Compiles the knowledge base in {@code folder} and watches it.
     *
     * @throws KnowledgeBaseException when the first knowledge base does not compile
     */
    public static ReloadingAdvisor watch(Path folder) {
        return watch(folder, reload -> { });
    }

    /**
     * Compiles the knowledge base in {@code folder} and watches it; {@code listener} hears of every
     * rebuild, on the watching thread.
     *
     * @throws KnowledgeBaseException when the first knowledge base does not compile
     */
    public static ReloadingAdvisor watch(Path folder, Consumer<Reload> listener) {
        return watch(folder, listener, Advisor::fromDirectory);
    }

    /** As {@link #watch(Path, Consumer)}, building each version of the rules with {@code compiler}: for tests. */
    static ReloadingAdvisor watch(Path folder, Consumer<Reload> listener, Function<Path, Advisor> compiler) {
        Objects.requireNonNull(listener, "listener");
        Advisor first = compiler.apply(folder);
        try {
            return new ReloadingAdvisor(folder, compiler, listener, first);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + folder, e);
        }
    }

    /** Assesses with the knowledge base that is current now, in Dutch. */
    public Assessment assess(ProjectFacts facts) {
        return current.get().assess(facts);
    }

    /** Assesses with the knowledge base that is current now, in the language given. */
    public Assessment assess(ProjectFacts facts, Language language) {
        return current.get().assess(facts, language);
    }

    /** The advisor that serves assessments now; keep it to assess several projects with one knowledge base. */
    public Advisor current() {
        return current.get();
    }

    /** The problems of the last rebuild, when it failed and the previous knowledge base still serves. */
    public Optional<Reload> lastFailure() {
        Reload last = lastReload.get();
        return last == null || last.succeeded() ? Optional.empty() : Optional.of(last);
    }

    /**
     * Rebuilds now, without waiting for a change to be noticed, and swaps when it compiles. Whatever
     * the rebuild throws is reported and leaves the last good knowledge base serving.
     */
    public Reload reload() {
        synchronized (rebuilding) {
            Reload reload;
            try {
                Advisor rebuilt = readSettled();
                current.set(rebuilt);
                reload = new Reload(true, rebuilt.knowledgeBase(), List.of());
            } catch (KnowledgeBaseException e) {
                reload = failed(e.problems());
            } catch (ThreadDeath e) {
                throw e;
            } catch (Throwable e) { // errors too: a rule file that overflows the compiler's stack must not end the watching
                reload = failed(List.of(Problem.inFile(folder.toString(), "the rules could not be rebuilt: " + describe(e)
                        + "; the last good rules still serve")));
            }
            lastReload.set(reload);
            try {
                listener.accept(reload);
            } catch (ThreadDeath e) {
                throw e;
            } catch (Throwable ignored) {
                // a failing listener must not stop the watching
            }
            return reload;
        }
    }

    private Reload failed(List<Problem> problems) {
        return new Reload(false, current.get().knowledgeBase(), problems);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + String.join(" ", e.getMessage().strip().lines().toList());
        return e.getClass().getSimpleName() + message;
    }

    /**
     * Compiles the folder, and again while its files changed during the compilation, so that a
     * file caught halfway through being saved is not what serves.
     */
    private Advisor readSettled() {
        Advisor rebuilt = compiler.apply(folder);
        for (int attempt = 0; attempt < 5; attempt++) {
            if (Advisor.engine().fingerprint(folder).equals(rebuilt.knowledgeBase().fingerprint())) {
                return rebuilt;
            }
            rebuilt = compiler.apply(folder);
        }
        return rebuilt;
    }

    private void watch() {
        while (true) {
            try {
                WatchKey key = watcher.take();
                drain(key);
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                reload();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ThreadDeath e) {
                throw e;
            } catch (Throwable e) {
                // reload() reports what a rebuild throws; this is what even reporting ran into (memory, say),
                // and the next change is watched for all the same
            }
        }
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                try {
                    registerAll(dir.resolve(name));
                } catch (IOException | UncheckedIOException ignored) {
                    // the folder went away again; the rebuild will say what is missing
                }
            }
        }
        key.reset();
    }

    private void registerAll(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /** Stops watching; assessments keep working with the last knowledge base. */
    @Override
    public void close() {
        watching.interrupt();
        try {
            watcher.close();
        } catch (IOException ignored) {
            // closing a watch service only releases it
        }
    }
}
