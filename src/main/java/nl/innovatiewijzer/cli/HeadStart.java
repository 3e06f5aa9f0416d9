package nl.innovatiewijzer.cli;

import java.util.Set;
import nl.innovatiewijzer.Advisor;

/**
 * Begins loading the shipped knowledge base on a second core as the program starts, before the
 * command line is read: the two take about as long, and a cold {@code assess} would otherwise
 * wait for one after the other. Only for the commands that use that knowledge base, and not when
 * the command line asks for other rules, a fresh compile or help. The command asks for the
 * knowledge base as always and gets the one loaded here, or waits for it; a knowledge base that
 * fails to load here is loaded again there, where the failure is reported.
 */
final class HeadStart {

    private static final Set<String> COMMANDS = Set.of("assess", "compare", "interview", "test", "serve", "document");

    private static final Set<String> OTHER_WORK = Set.of("--rules", "--no-cache", "--help", "-h", "--version", "-V",
            "--facts");

    private HeadStart() {
    }

    static void begin(String[] args) {
        if (!usesShippedRules(args) || Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        Thread loading = new Thread(HeadStart::load, "innovatiewijzer-head-start");
        loading.setDaemon(true);
        loading.start();
    }

    /** True when the command will ask for the shipped knowledge base. */
    static boolean usesShippedRules(String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            return false;
        }
        for (String argument : args) {
            int equals = argument.indexOf('=');
            if (OTHER_WORK.contains(equals < 0 ? argument : argument.substring(0, equals))) {
                return false;
            }
        }
        return true;
    }

    private static void load() {
        try {
            Advisor.withDefaultRules();
        } catch (RuntimeException | LinkageError e) {
            // the command loads it again and says what went wrong
        }
    }
}
