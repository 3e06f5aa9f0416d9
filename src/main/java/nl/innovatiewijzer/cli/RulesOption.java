package nl.innovatiewijzer.cli;

import java.nio.file.Path;
import nl.innovatiewijzer.Advisor;
import picocli.CommandLine.Option;

/**
 * The options every command shares about the knowledge base: {@code --rules DIR} for a folder
 * instead of the shipped one, and {@code --no-cache} to compile it afresh.
 */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Read the knowledge base from this folder instead of the one in the jar.")
    Path rules;

    @Option(names = "--no-cache",
            description = "Compile the rules afresh instead of reusing their compiled copy "
                    + "(in the jar, or in the folder $INNOVATIEWIJZER_CACHE or ~/.cache/innovatiewijzer).")
    boolean noCache;

    /** The advisor for these options; throws KnowledgeBaseException when the rules do not compile. */
    Advisor advisor() {
        if (rules == null) {
            return noCache ? Advisor.compileDefaultRules() : Advisor.withDefaultRules();
        }
        return noCache ? Advisor.fromDirectory(rules) : Advisor.fromDirectory(rules, cacheDirectory());
    }

    /** The advisor compiled afresh from the files, whatever {@code --no-cache} says. */
    Advisor freshAdvisor() {
        return rules == null ? Advisor.compileDefaultRules() : Advisor.fromDirectory(rules);
    }

    static Path cacheDirectory() {
        String named = System.getenv("INNOVATIEWIJZER_CACHE");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "innovatiewijzer");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "innovatiewijzer");
    }
}
