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
                        + "nl or en.",
                "",
                "Then the knowledge check runs the rules on the example projects (the facts/ folder beside the "
                        + "rules folder, or the shipped examples), on projects made from the rules' own conditions "
                        + "(each strong rule together with each rule that rates its factor weak or recommends an "
                        + "action for it at HIGH, each rule that asks for a fact, each two rules that decide one "
                        + "duty) and on 200 generated projects from a fixed seed. Its errors do not stop assess, but "
                        + "they are advice that is wrong: a factor rated STRONG by one rule and ATTENTION or RISK by "
                        + "another; an action at HIGH on a factor rated STRONG; a @missing rule that asks for a fact "
                        + "the project gives; a duty decided two ways; a rule that fails on some project, so that "
                        + "assess stops on it. Each names the rule's file and line and a project that shows it: an "
                        + "example by its file, a project the check made by its few facts.",
                "",
                "Warnings are likely mistakes: a text that no rule uses, a reason no rule gives, an action at "
                        + "HIGH on a factor that no rule rates RISK, a factor rated RISK with no action at HIGH, a rule "
                        + "that fires on no project, not even on those made from its own conditions. They are listed "
                        + "once there are no errors.",
                "Each problem is one line on standard error; a summary goes to standard output.",
                ""},
        footer = {"", "Without --rules it checks the shipped knowledge base inside the jar, not a rules folder "
                + "on disk: to check rules you changed, name their folder.",
                "", "Examples:",
                "  ${ROOT-COMMAND-NAME} validate --rules rules",
                "  ${ROOT-COMMAND-NAME} validate --rules rules --strict",
                "  ${ROOT-COMMAND-NAME} validate",
                "",
                "Valid means exit code 0, also with warnings unless --strict; errors, or warnings with --strict, "
                        + "mean 3.",
                "", RulesOption.CACHE_HELP + " validate always compiles afresh, with or without --no-cache.",
                "", ExitCode.HELP})
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
        String checked = rules.rules == null ? "The shipped knowledge base inside the jar"
                : "The knowledge base in " + rules.rules;
        if (strict && !warnings.isEmpty()) {
            out.printf("%s compiles, but has %d %s, and --strict makes %s errors.%n",
                    checked, warnings.size(), warnings.size() == 1 ? "warning" : "warnings",
                    warnings.size() == 1 ? "it" : "them");
            hintAtRules(out);
            return ExitCode.BAD_RULES;
        }
        out.printf("%s is valid: %d rules in %d files, %d %s (%s).%n",
                checked, info.rules(), info.files(), warnings.size(),
                warnings.size() == 1 ? "warning" : "warnings", info.fingerprint());
        hintAtRules(out);
        return ExitCode.OK;
    }

    /** Without --rules, says how to check a folder on disk: the shipped rules are not the ones being edited. */
    private void hintAtRules(PrintWriter out) {
        if (rules.rules == null) {
            out.println("To check rules you changed, name their folder: "
                    + spec.root().qualifiedName() + " validate --rules rules");
        }
    }
}
