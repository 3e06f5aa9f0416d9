package nl.innovatiewijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.report.Portfolio;
import nl.innovatiewijzer.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assess}: assesses one or more facts files and writes the reports. */
@Command(name = "assess", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Assess one or more facts files and write the advice as a report.",
                "",
                "One FILE gives one report: to standard output, or to the file --out names.",
                "Several FILEs, or a folder (every .yaml, .yml and .json file in it), give a report per "
                        + "project and a portfolio summary: per factor how many projects are strong, need "
                        + "attention, are at risk or unknown; the most frequent recommendations; the projects "
                        + "ranked by risk. To standard output they come as one document, every report followed "
                        + "by the summary (for json: {\"assessments\": [...], \"portfolio\": {...}}). With --out "
                        + "they go to a folder: one file per project, named after its facts file "
                        + "(pilot.yaml gives pilot.html), and portfolio.<ext> with the summary.",
                "",
                "Only regular files are read (a link to one is fine). An entry of a folder with a facts file's "
                        + "name that cannot be read (a broken link, a loop of links, a FIFO) is named as skipped. "
                        + "A report never replaces a facts file given and is never written through a link.",
                ""},
        footer = {"", "Examples:",
                "  ${ROOT-COMMAND-NAME} assess facts/slimme-afvalinzameling.yaml",
                "  ${ROOT-COMMAND-NAME} assess facts/slimme-afvalinzameling.yaml --lang en --out advice.html",
                "  ${ROOT-COMMAND-NAME} assess facts --format html --out reports",
                "  ${ROOT-COMMAND-NAME} assess facts/factuurcontrole.yaml --date 2026-06-01",
                "  ${ROOT-COMMAND-NAME} assess facts/factuurcontrole.yaml --improve",
                "",
                "A facts file that is invalid, could not be read or was skipped is named on standard error and, "
                        + "with several files, listed in the portfolio as left out; the exit code is then 2.",
                "", RulesOption.CACHE_HELP,
                "", ExitCode.HELP})
final class AssessCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Facts files (.yaml, .yml, .json) or folders of them.")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "FORMAT",
            converter = Choices.Format.class, completionCandidates = Choices.Formats.class,
            description = "One of: ${COMPLETION-CANDIDATES}. Default: the format the --out file's extension "
                    + "names (txt, md, html or htm, json), else text; a --format given wins over the extension.")
    ReportFormat format;

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "LANG",
            converter = Choices.Lang.class, completionCandidates = Choices.Langs.class,
            description = "Language of the report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Choices.Date.class,
            description = "The date the assessment speaks for when a facts file gives none (assessment.date); "
                    + "default: today.")
    LocalDate date;

    @Option(names = "--out", paramLabel = "PATH",
            description = "Write to this file (one FILE) or folder (several FILEs or a folder) instead of standard output.")
    Path out;

    @Option(names = "--explain",
            description = "Add the technical part the plain report leaves out: the rule and file behind each "
                    + "action, the facts as field paths with their values, and the knowledge base's fingerprint.")
    boolean explain;

    @Option(names = "--improve",
            description = "Add what the project could change to make each factor strong and each duty done: up to "
                    + "three smallest sets of at most three changes each, tried on the rules, fewest and least effort first.")
    boolean improve;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    /** How this command's messages start. */
    private static final String LABEL = Main.PROGRAM + " assess: ";

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean many = inputs.size() > 1 || inputs.stream().anyMatch(Files::isDirectory);
        String outProblem = checkOut(many);
        if (outProblem != null) {
            err.println(LABEL + "--out: " + outProblem);
            return ExitCode.BAD_INPUT;
        }
        ReportFormat written = format(many, err);
        FactsFiles given = FactsFiles.of(inputs, err);
        List<Path> files = given.files();
        List<Path> targets = targets(many, files, written);
        List<String> refused = refusals(targets, files);
        if (!refused.isEmpty()) {
            refused.forEach(problem -> err.println(LABEL + "--out: " + problem));
            return ExitCode.BAD_INPUT;
        }
        // the knowledge base loads on the second core while the first reads the facts
        CompletableFuture<Advisor> loading = CompletableFuture.supplyAsync(rules::advisor);
        boolean inputProblem = given.incomplete();
        boolean ruleProblem = false;
        Progress progress = Progress.of(err, files.size());
        Portfolio.Builder portfolio = Portfolio.builder();
        given.skipped().forEach(portfolio::leaveOut);
        try (ReportStream stream = many && out == null ? new ReportStream(written, explain, spec.commandLine().getOut()) : null) {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                progress.next(file);
                Assessment assessment;
                try {
                    ProjectFacts facts = ProjectFacts.read(file).datedIfUndated(date);
                    Advisor advisor = loaded(loading);
                    assessment = advisor.assess(facts, lang);
                    if (improve) {
                        assessment = assessment.withImprovements(advisor.improvements(facts, lang));
                    }
                } catch (InvalidFactsException e) {
                    progress.clear();
                    Main.printProblems(e, err);
                    portfolio.leaveOut(new Portfolio.LeftOut(file.toString(), Portfolio.LeftOut.Reason.INVALID,
                            e.problems()));
                    inputProblem = true;
                    continue;
                } catch (AssessmentException e) {
                    // a rule that fails on one project says so, and the other projects are still assessed
                    progress.clear();
                    err.println(file + ": not assessed:");
                    Main.printProblems(e, err);
                    portfolio.leaveOut(new Portfolio.LeftOut(file.toString(), Portfolio.LeftOut.Reason.NOT_ASSESSED,
                            e.problems()));
                    ruleProblem = true;
                    continue;
                }
                // each report is written when it is made; of the project only its part of the summary is kept
                portfolio.add(assessment);
                if (stream != null) {
                    progress.clear();
                    stream.add(assessment);
                } else {
                    write(targets.get(i), written.renderer(explain).assessment(assessment));
                }
            }
            progress.clear();
            loaded(loading); // a knowledge base that does not compile is reported even when no facts file could be read
            if (many && portfolio.size() > 0) {
                if (stream != null) {
                    stream.finish(portfolio.build());
                } else {
                    write(targets.get(files.size()), written.renderer(explain).portfolio(portfolio.build()));
                }
            }
        } catch (IOException e) {
            progress.clear();
            err.println(LABEL + "cannot write the reports: " + OutputFile.why(e));
            return ExitCode.BAD_INPUT;
        } finally {
            // a rule that fails ends the run; its message must not land on the counter's line
            progress.clear();
        }
        return ruleProblem ? ExitCode.INTERNAL : inputProblem ? ExitCode.BAD_INPUT : ExitCode.OK;
    }

    /** The advisor once loaded; a failure to load is thrown as it was thrown while loading. */
    private static Advisor loaded(CompletableFuture<Advisor> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The format to write: see {@link Choices#format}; with several files --out is a folder, which names none. */
    private ReportFormat format(boolean many, PrintWriter err) {
        return Choices.format(format, many ? null : out, Choices.ALL, ReportFormat.TEXT, note -> err.println(LABEL + note));
    }

    /** Why --out cannot be used as given, or null when it can. */
    private String checkOut(boolean many) {
        if (out == null) {
            return null;
        }
        if (many && Files.exists(out) && !Files.isDirectory(out)) {
            return out + " is a file; with several facts files or a folder, --out names a folder";
        }
        if (!many && Files.isDirectory(out)) {
            return out + " is a folder; with one facts file, --out names the report file";
        }
        return null;
    }

    /**
     * Where each report goes, in the order of {@code files}, and then the portfolio's: null for
     * standard output. Named before anything is read, so that every name can be checked first.
     */
    private List<Path> targets(boolean many, List<Path> files, ReportFormat format) {
        List<Path> targets = new ArrayList<>();
        if (out == null || !many) {
            targets.add(out);
            return targets;
        }
        ReportFiles names = new ReportFiles(out, format.extension());
        files.forEach(file -> targets.add(names.reportFor(file)));
        targets.add(names.portfolio());
        return targets;
    }

    /** Why reports cannot go to {@code targets}: one line per target that is a link, a folder or a facts file given. */
    private static List<String> refusals(List<Path> targets, List<Path> files) {
        List<String> refused = new ArrayList<>();
        if (targets.get(0) == null) {
            return refused;
        }
        Set<Path> inputs = OutputFile.realPaths(files);
        for (Path target : targets) {
            try {
                String refusal = OutputFile.refusal(target, inputs);
                if (refusal != null) {
                    refused.add(refusal);
                }
            } catch (IOException e) {
                refused.add("cannot check " + target + ": " + e.getMessage());
            }
        }
        return refused;
    }

    private void write(Path file, String text) throws IOException {
        if (file == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
            return;
        }
        OutputFile.write(file, text);
    }
}
