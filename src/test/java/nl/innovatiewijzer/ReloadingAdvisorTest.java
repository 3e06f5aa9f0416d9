package nl.innovatiewijzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.innovatiewijzer.engine.RulesFolder;
import nl.innovatiewijzer.facts.WorkingMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReloadingAdvisorTest {

    @TempDir
    Path dir;

    private static final ProjectFacts LONG_CYCLES = ProjectFacts.builder("Lange cycli")
            .workingMethod(new WorkingMethod(20, null, null, null, null)).build();

    @Test
    @Timeout(30)
    void aChangedRuleFileIsPickedUpWithoutARestart() throws Exception {
        RulesFolder rules = RulesFolder.in(dir).drl("f4.drl", RulesFolder.longCyclesRule("RISK")).write("f4.yaml", RulesFolder.LONG_CYCLES_TEXTS);
        BlockingQueue<Reload> reloads = new LinkedBlockingQueue<>();
        try (ReloadingAdvisor advisor = ReloadingAdvisor.watch(rules.path(), reloads::add)) {
            assertEquals(Status.RISK, advisor.assess(LONG_CYCLES).status("F4"));

            rules.drl("f4.drl", RulesFolder.longCyclesRule("ATTENTION"));

            Reload reload = reloads.poll(20, TimeUnit.SECONDS);
            assertTrue(reload != null && reload.succeeded(), String.valueOf(reload));
            assertEquals(Status.ATTENTION, advisor.assess(LONG_CYCLES).status("F4"));
        }
    }

    @Test
    @Timeout(30)
    void aBrokenChangeKeepsTheLastGoodKnowledgeBaseAndSaysWhy() throws Exception {
        RulesFolder rules = RulesFolder.in(dir).drl("f4.drl", RulesFolder.longCyclesRule("RISK")).write("f4.yaml", RulesFolder.LONG_CYCLES_TEXTS);
        BlockingQueue<Reload> reloads = new LinkedBlockingQueue<>();
        try (ReloadingAdvisor advisor = ReloadingAdvisor.watch(rules.path(), reloads::add)) {

            rules.drl("f4.drl", RulesFolder.longCyclesRule("RISK").replace("then", "thenn"));

            Reload reload = reloads.poll(20, TimeUnit.SECONDS);
            assertTrue(reload != null && !reload.succeeded(), String.valueOf(reload));
            assertEquals(dir + "/f4.drl", reload.problems().get(0).file());
            assertTrue(advisor.lastFailure().isPresent());
            assertEquals(Status.RISK, advisor.assess(LONG_CYCLES).status("F4"), "the last good rules still serve");
        }
    }

    @Test
    @Timeout(60)
    void assessmentsDuringReloadsAlwaysSeeOneWholeVersionOfTheRules() throws Exception {
        RulesFolder rules = RulesFolder.in(dir).drl("f4.drl", RulesFolder.longCyclesRule("RISK")).write("f4.yaml", RulesFolder.LONG_CYCLES_TEXTS);
        String versionA = Advisor.fromDirectory(rules.path()).assess(LONG_CYCLES).toJson();
        rules.drl("f4.drl", RulesFolder.longCyclesRule("ATTENTION"));
        String versionB = Advisor.fromDirectory(rules.path()).assess(LONG_CYCLES).toJson();
        rules.drl("f4.drl", RulesFolder.longCyclesRule("RISK"));

        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<String> strangers = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger assessments = new AtomicInteger();
        try (ReloadingAdvisor advisor = ReloadingAdvisor.watch(rules.path())) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread thread = new Thread(() -> {
                    while (!stop.get()) {
                        String json = advisor.assess(LONG_CYCLES).toJson();
                        assessments.incrementAndGet();
                        if (json.equals(versionA) || json.equals(versionB)) {
                            seen.add(json);
                        } else {
                            synchronized (strangers) {
                                strangers.add(json);
                            }
                        }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (int flip = 0; flip < 10; flip++) {
                // saved as careful editors do: a new file moved into place in one step
                rules.drl("f4.drl.new", RulesFolder.longCyclesRule(flip % 2 == 0 ? "ATTENTION" : "RISK"));
                Files.move(dir.resolve("f4.drl.new"), dir.resolve("f4.drl"), StandardCopyOption.ATOMIC_MOVE);
                advisor.reload();
            }
            stop.set(true);
            for (Thread thread : threads) {
                thread.join();
            }
        }

        assertTrue(strangers.isEmpty(), () -> "a result matched neither version: " + strangers.get(0));
        assertEquals(Set.of(versionA, versionB), seen, "both versions served during the reloads");
        assertFalse(assessments.get() < 10);
    }

    /** Waits for the next reload and says what it was, so that a test can wait for the one it needs. */
    private static Reload next(BlockingQueue<Reload> reloads) throws InterruptedException {
        Reload reload = reloads.poll(20, TimeUnit.SECONDS);
        assertTrue(reload != null, "no reload was reported");
        return reload;
    }

    @Test
    @Timeout(60)
    void aRuleFileTooDeepToParseIsReportedAndTheNextGoodChangeIsServed() throws Exception {
        RulesFolder rules = RulesFolder.in(dir).drl("f4.drl", RulesFolder.longCyclesRule("RISK")).write("f4.yaml", RulesFolder.LONG_CYCLES_TEXTS);
        BlockingQueue<Reload> reloads = new LinkedBlockingQueue<>();
        try (ReloadingAdvisor advisor = ReloadingAdvisor.watch(rules.path(), reloads::add)) {

            rules.drl("deep.drl", """
                    rule "Nested beyond reading"
                        @factor("F4")
                    when
                        WorkingMethod() eval(%strue%s)
                    then
                    end
                    """.formatted("(".repeat(50_000), ")".repeat(50_000)));
            Reload failure = next(reloads);
            rules.write("deep.drl", "").drl("f4.drl", RulesFolder.longCyclesRule("ATTENTION"));
            Reload good = next(reloads);
            while (!good.succeeded()) {
                good = next(reloads); // the two files may arrive as two changes
            }

            assertFalse(failure.succeeded(), String.valueOf(failure));
            assertEquals(dir + "/deep.drl", failure.problems().get(0).file(), String.valueOf(failure));
            assertFalse(failure.problems().get(0).message().isBlank());
            assertEquals(Status.ATTENTION, advisor.assess(LONG_CYCLES).status("F4"));
        }
    }

    static Stream<Error> errorsACompilerCanThrow() {
        return Stream.of(new StackOverflowError(), new OutOfMemoryError("Java heap space"),
                new NoClassDefFoundError("org/drools/Missing"));
    }

    /** Compiles as usual, but throws {@code error} while a rule file holds the word BREAK. */
    private static Function<Path, Advisor> throwingWhileBroken(Error error) {
        return folder -> {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    if (Files.readString(file).contains("BREAK")) {
                        throw error;
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Advisor.fromDirectory(folder);
        };
    }

    @ParameterizedTest
    @MethodSource("errorsACompilerCanThrow")
    @Timeout(60)
    void anErrorWhileRebuildingIsReportedAndTheWatchingGoesOn(Error error) throws Exception {
        RulesFolder rules = RulesFolder.in(dir).drl("f4.drl", RulesFolder.longCyclesRule("RISK")).write("f4.yaml", RulesFolder.LONG_CYCLES_TEXTS);
        BlockingQueue<Reload> reloads = new LinkedBlockingQueue<>();
        try (ReloadingAdvisor advisor = ReloadingAdvisor.watch(rules.path(), reloads::add, throwingWhileBroken(error))) {

            rules.drl("f4.drl", "// BREAK\n" + RulesFolder.longCyclesRule("ATTENTION"));
            Reload failure = next(reloads);
            Status servedMeanwhile = advisor.assess(LONG_CYCLES).status("F4");
            Reload failureSeen = advisor.lastFailure().orElseThrow();
            rules.drl("f4.drl", RulesFolder.longCyclesRule("ATTENTION"));
            Reload good = next(reloads);

            assertFalse(failure.succeeded());
            assertEquals(List.of(Problem.inFile(dir.toString(), "the rules could not be rebuilt: "
                    + error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage())
                    + "; the last good rules still serve")), failure.problems());
            assertEquals(failure, failureSeen);
            assertEquals(Status.RISK, servedMeanwhile, "the last good rules serve");
            assertTrue(good.succeeded(), String.valueOf(good));
            assertEquals(Status.ATTENTION, advisor.assess(LONG_CYCLES).status("F4"));
            assertTrue(advisor.lastFailure().isEmpty());
        }
    }

    @Test
    @Timeout(60)
    void aListenerThatThrowsDoesNotStopTheWatching() throws Exception {
        RulesFolder rules = RulesFolder.in(dir).drl("f4.drl", RulesFolder.longCyclesRule("RISK")).write("f4.yaml", RulesFolder.LONG_CYCLES_TEXTS);
        BlockingQueue<Reload> reloads = new LinkedBlockingQueue<>();
        try (ReloadingAdvisor advisor = ReloadingAdvisor.watch(rules.path(), reload -> {
            reloads.add(reload);
            throw new StackOverflowError();
        })) {

            rules.drl("f4.drl", RulesFolder.longCyclesRule("ATTENTION"));
            next(reloads);
            rules.drl("f4.drl", RulesFolder.longCyclesRule("STRONG"));
            Reload second = next(reloads);

            assertTrue(second.succeeded(), String.valueOf(second));
            assertEquals(Status.STRONG, advisor.assess(LONG_CYCLES).status("F4"));
        }
    }
}
