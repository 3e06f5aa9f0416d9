package nl.innovatiewijzer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.scenario.InvalidScenarioException;
import nl.innovatiewijzer.scenario.Scenario;
import nl.innovatiewijzer.scenario.ScenarioCheck;
import nl.innovatiewijzer.scenario.ScenarioFile;
import nl.innovatiewijzer.scenario.ScenarioReader;
import nl.innovatiewijzer.scenario.ScenarioReport;
import nl.innovatiewijzer.scenario.ScenarioResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code test}: runs scenario files against the knowledge base and reports which passed. */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Run scenario files (a project's facts plus the expected outcome) and report which passed.",
                "",
                "Without SCENARIO it runs the scenarios beside the rules: with --rules DIR, the scenarios folder "
                        + "next to DIR (for --rules rules, the folder scenarios), when it holds any scenario files; "
                        + "otherwise, and without --rules, the scenarios shipped inside the jar. The first line says "
                        + "which scenarios run, from where, against which rules.",
                ""},
        footer = {"", "Examples:",
                "  ${ROOT-COMMAND-NAME} test --rules rules",
                "  ${ROOT-COMMAND-NAME} test --rules rules scenarios/nobody-leads.scenario.yaml",
                "  ${ROOT-COMMAND-NAME} test",
                "", RulesOption.CACHE_HELP,
                "", ExitCode.HELP})
final class TestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", arity = "0..*",
            description = "Scenario files (*.scenario.yaml) or folders of them.")
    List<Path> inputs;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Advisor advisor = rules.advisor();
        ScenarioSelection selection;
        try {
            selection = ScenarioSelection.of(inputs == null ? List.of() : inputs, rules.rules);
        } catch (InvalidScenarioException e) {
            Main.printProblems(e, err);
            return ExitCode.BAD_INPUT;
        }
        out.println(selection.running(rules.described()));
        int passed = 0;
        int failed = 0;
        boolean invalid = false;
        boolean rulesFailed = false;
        for (ScenarioFile file : selection.files()) {
            Scenario scenario;
            try {
                scenario = ScenarioReader.read(file);
            } catch (InvalidScenarioException e) {
                out.flush(); // the lines so far come before the problems of this file
                Main.printProblems(e, err);
                out.print(ScenarioReport.invalid(file));
                failed++;
                invalid = true;
                continue;
            }
            ScenarioResult result = ScenarioCheck.run(advisor, scenario);
            out.print(ScenarioReport.of(result));
            out.flush(); // keeps the report in step with problems written to stderr
            if (result.passed()) {
                passed++;
            } else {
                failed++;
                rulesFailed |= !result.ruleErrors().isEmpty();
            }
        }
        out.println(ScenarioReport.summary(passed, failed));
        if (rulesFailed) {
            return ExitCode.INTERNAL;
        }
        if (invalid) {
            return ExitCode.BAD_INPUT;
        }
        return failed > 0 ? ExitCode.SCENARIO_FAILED : ExitCode.OK;
    }
}
