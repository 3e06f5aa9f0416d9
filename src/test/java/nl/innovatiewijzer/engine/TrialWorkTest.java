package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The trials of the open questions are shared between the calling thread and a spare core. */
class TrialWorkTest {

    private static final List<Integer> QUESTIONS = IntStream.range(0, 40).boxed().toList();

    @Test
    void theResultsComeInTheOrderOfTheQuestions() {
        List<String> results = TrialWork.each(QUESTIONS, question -> "reach of " + question);

        assertEquals(QUESTIONS.stream().map(question -> "reach of " + question).toList(), results);
    }

    @Test
    void aSpareCoreTakesPartOfTheQuestions() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();

        TrialWork.each(QUESTIONS, question -> {
            threads.add(Thread.currentThread());
            sleep(5);
            return question;
        });

        assertTrue(threads.contains(Thread.currentThread()), "the caller tries questions itself");
        if (Runtime.getRuntime().availableProcessors() > 1 && ForkJoinPool.getCommonPoolParallelism() >= 1) {
            assertTrue(threads.size() > 1, "tried on " + threads);
        }
    }

    @Test
    void aBusyPoolMeansTheCallerTriesEveryQuestionAlone() throws InterruptedException {
        // given every thread of the common pool waits
        CountDownLatch release = new CountDownLatch(1);
        int parallelism = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch busy = new CountDownLatch(parallelism);
        for (int i = 0; i < parallelism; i++) {
            ForkJoinPool.commonPool().execute(() -> {
                busy.countDown();
                await(release);
            });
        }
        assertTrue(busy.await(10, TimeUnit.SECONDS));
        try {
            // when the questions are tried
            List<Integer> results = TrialWork.each(QUESTIONS, question -> question * 2);

            // then the caller did not wait for the pool
            assertEquals(QUESTIONS.stream().map(question -> question * 2).toList(), results);
        } finally {
            release.countDown();
        }
    }

    @Test
    void whatATrialThrowsIsThrownOnTheCallingThread() {
        IllegalStateException broken = new IllegalStateException("rule broke");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> TrialWork.each(QUESTIONS, question -> {
            if (question == 37) {
                throw broken;
            }
            return question;
        }));

        assertSame(broken, thrown);
    }

    @Test
    void aFewQuestionsStayOnTheCallingThread() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();

        TrialWork.each(List.of(1, 2, 3), question -> threads.add(Thread.currentThread()));

        assertEquals(Set.of(Thread.currentThread()), threads);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
