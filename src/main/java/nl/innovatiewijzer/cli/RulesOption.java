package nl.innovatiewijzer.cli;

import java.nio.file.Path;
import nl.innovatiewijzer.Advisor;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option every command shares: a knowledge base folder instead of the shipped one. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Read the knowledge base from this folder instead of the one in the jar.")
    Path rules;

    /** The advisor for this option; throws KnowledgeBaseException when the rules do not compile. */
    Advisor advisor() {
        return rules == null ? Advisor.withDefaultRules() : Advisor.fromDirectory(rules);
    }
}
