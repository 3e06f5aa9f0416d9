package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.innovatiewijzer.ProjectFacts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interview as its own process, as a user starts it: with the answers piped in, and in a
 * terminal (a tmux session) where the keys are typed and the screen is read back.
 */
class InterviewProcessTest {

    /** How long a step may take before the test gives up, so that a hanging interview fails instead of hangs. */
    private static final long PATIENCE_SECONDS = 90;

    @TempDir
    Path dir;

    private static List<String> command(Path file) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "nl.innovatiewijzer.cli.Main", "interview", file.toString()));
    }

    @Test
    void answersPipedIntoTheProgramFillInTheFile() throws Exception {
        Path file = dir.resolve("gepijpt.yaml");
        Path output = dir.resolve("out.txt");
        Process interview = new ProcessBuilder(command(file))
                .redirectOutput(output.toFile())
                .redirectErrorStream(true)
                .start();
        interview.getOutputStream().write("Gepijpt project\nja\n".getBytes(StandardCharsets.UTF_8));
        interview.getOutputStream().close();

        boolean finished = interview.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            interview.destroyForcibly();
        }

        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(finished, "the interview did not stop at the end of its input:\n" + out);
        assertEquals(0, interview.exitValue(), out);
        assertTrue(out.contains("Vraag 1: "), out);
        assertTrue(out.contains("Gestopt."), out);
        ProjectFacts facts = ProjectFacts.read(file);
        assertEquals("Gepijpt project", facts.project().name());
        assertEquals(Boolean.TRUE, facts.projectLeader().assigned());
    }

    @Test
    void inATerminalTheQuestionsShowAndTheTypedAnswersAreWritten() throws Exception {
        boolean asked = System.getenv("INNOVATIEWIJZER_TERMINAL_TESTS") != null;
        boolean tmux = new ProcessBuilder("sh", "-c", "command -v tmux").start().waitFor() == 0;
        Assumptions.assumeTrue(tmux || asked, "tmux is not installed (set INNOVATIEWIJZER_TERMINAL_TESTS to require it)");
        assertTrue(tmux, "INNOVATIEWIJZER_TERMINAL_TESTS asks for the terminal test, but tmux is not installed");
        Path file = dir.resolve("terminal.yaml");
        Path script = dir.resolve("interview.sh");
        StringBuilder line = new StringBuilder();
        for (String part : command(file)) {
            line.append('\'').append(part.replace("'", "'\\''")).append("' ");
        }
        Files.writeString(script, line + "; echo \"EXIT=$?\"; sleep 600\n");
        String socket = "iw-" + UUID.randomUUID();
        try {
            tmux(socket, "new-session", "-d", "-s", "interview", "-x", "120", "-y", "60", "sh " + script);

            waitFor(socket, "Hoe heet het project?");
            keys(socket, "Project in de terminal");
            waitFor(socket, "Vraag 1: ");
            keys(socket, "ja");
            waitFor(socket, "Bewaard in ");
            assertEquals(Boolean.TRUE, ProjectFacts.read(file).projectLeader().assigned(), "written after the answer");
            waitFor(socket, "Vraag 2: ");
            keys(socket, "zeven");
            waitFor(socket, "„zeven” is geen antwoord op deze vraag.");
            keys(socket, "q");
            String screen = waitFor(socket, "EXIT=0");

            assertTrue(screen.contains("Mogelijke antwoorden: ja of nee"), screen);
            assertTrue(screen.contains("Gestopt. Wat u hebt beantwoord, staat in " + file), screen);
            assertEquals("Project in de terminal", ProjectFacts.read(file).project().name());
        } finally {
            tmux(socket, "kill-server");
        }
    }

    private static void keys(String socket, String typed) throws IOException, InterruptedException {
        tmux(socket, "send-keys", "-t", "interview", "-l", typed);
        tmux(socket, "send-keys", "-t", "interview", "Enter");
    }

    /** The screen once it shows {@code text}; the whole history of the pane, so that nothing scrolled away is missed. */
    private static String waitFor(String socket, String text) throws IOException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        String screen = "";
        while (System.nanoTime() < end) {
            screen = tmux(socket, "capture-pane", "-p", "-J", "-S", "-", "-t", "interview");
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the terminal never showed \"" + text + "\":\n" + screen);
    }

    private static String tmux(String socket, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putIfAbsent("TERM", "xterm"); // a build without a terminal gives tmux none to copy
        Process tmux = builder.start();
        String out = new String(tmux.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        tmux.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
        return out;
    }
}
