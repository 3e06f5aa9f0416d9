package nl.innovatiewijzer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.innovatiewijzer.Advisor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every command shares about the knowledge base: {@code --rules DIR} for a folder
 * instead of the shipped one, and {@code --no-cache} to compile it afresh.
 */
final class RulesOption {

    /** Where the compiled copies are, for the help of every command that compiles rules. */
    static final String CACHE_HELP = "The compiled copy of the shipped rules is in the jar; a --rules folder is "
            + "compiled on first use and kept compiled in the cache folder $INNOVATIEWIJZER_CACHE, else "
            + "$XDG_CACHE_HOME/innovatiewijzer, else ~/.cache/innovatiewijzer, until one of its files changes.";

    /** How messages name the knowledge base inside the jar. */
    static final String SHIPPED = "the shipped knowledge base inside the jar";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Path rules;

    @Option(names = "--no-cache",
            description = "Compile the rules afresh instead of reusing their compiled copy (see below where "
                    + "it is kept).")
    boolean noCache;

    /** {@code --rules DIR}: a folder that does not exist is a bad command line, said before anything is read. */
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Read the knowledge base from this folder (its .drl rule files and .yaml texts) instead "
                    + "of the one in the jar.")
    void rules(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(command.commandLine(), "--rules " + folder + ": "
                    + (Files.exists(folder) ? "not a folder" : "no such folder")
                    + "; give the folder that holds the .drl rule files and their .yaml texts, "
                    + "or leave --rules out for " + SHIPPED);
        }
        rules = folder;
    }

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

    /** Which knowledge base these options choose, for a message: {@code the rules in /abs/DIR}, or the shipped one. */
    String described() {
        return rules == null ? SHIPPED : "the rules in " + rules.toAbsolutePath().normalize();
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
