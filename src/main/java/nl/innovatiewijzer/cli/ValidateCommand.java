package nl.innovatiewijzer.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.KnowledgeBaseInfo;
import nl.innovatiewijzer.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: compiles the knowledge base and checks it, listing every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Compile the knowledge base and check it; list every problem with file, line and column.",
                "",
                "Errors stop the knowledge base from loading: a rule that does not compile, two rules with one "
                        + "name, a rule without @factor (or @obligation), a text a rule needs that is missing in "
                        + "nl or en. Warnings are likely mistakes that do not stop it: a text that no rule uses.",
                "Each problem is one line on standard error; a summary goes to standard output.",
                ""},
        footer = {"", "Examples:",
                "  java -jar target/innovatiewijzer.jar validate",
                "  java -jar target/innovatiewijzer.jar validate --rules rules --strict",
                "",
                "Exit codes: 0 valid (warnings allowed unless --strict), 2 bad command line, "
                        + "3 errors, or warnings with --strict, 4 internal error."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules;

    @Option(names = "--strict", description = "Treat warnings as errors: exit 3 when there are any.")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // checking is what validate is for: never trust a compiled copy, whatever --no-cache says
        Advisor advisor = rules.freshAdvisor();
        List<Problem> warnings = advisor.warnings();
        PrintWriter err = spec.commandLine().getErr();
        for (Problem warning : warnings) {
            err.println("warning: " + warning);
        }
        KnowledgeBaseInfo info = advisor.knowledgeBase();
        PrintWriter out = spec.commandLine().getOut();
        if (strict && !warnings.isEmpty()) {
            out.printf("The knowledge base in %s compiles, but has %d %s, and --strict makes %s errors.%n",
                    info.source(), warnings.size(), warnings.size() == 1 ? "warning" : "warnings",
                    warnings.size() == 1 ? "it" : "them");
            return ExitCode.BAD_RULES;
        }
        out.printf("The knowledge base in %s is valid: %d rules in %d files, %d %s (%s).%n",
                info.source(), info.rules(), info.files(), warnings.size(),
                warnings.size() == 1 ? "warning" : "warnings", info.fingerprint());
        return ExitCode.OK;
    }
}
