package nl.innovatiewijzer.cli;

import java.util.List;
import java.util.concurrent.Callable;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.KnowledgeBaseInfo;
import nl.innovatiewijzer.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: compiles the knowledge base and checks it, listing every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compile the knowledge base and check it; list every problem with file, line and column.",
        footer = {"", "Example:", "  java -jar target/innovatiewijzer.jar validate --rules rules"})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Advisor advisor = rules.advisor();
        List<Problem> warnings = advisor.warnings();
        for (Problem warning : warnings) {
            spec.commandLine().getErr().println("warning: " + warning);
        }
        KnowledgeBaseInfo info = advisor.knowledgeBase();
        spec.commandLine().getOut().printf("The knowledge base in %s is valid: %d rules in %d files, %d warnings (%s).%n",
                info.source(), info.rules(), info.files(), warnings.size(), info.fingerprint());
        return ExitCode.OK;
    }
}
