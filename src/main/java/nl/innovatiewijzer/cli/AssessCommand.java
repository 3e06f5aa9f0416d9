package nl.innovatiewijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.report.Portfolio;
import nl.innovatiewijzer.report.ReportFormat;
import nl.innovatiewijzer.report.Renderer;
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
                ""},
        footer = {"", "Examples:",
                "  java -jar target/innovatiewijzer.jar assess facts/slimme-afvalinzameling.yaml",
                "  java -jar target/innovatiewijzer.jar assess facts/slimme-afvalinzameling.yaml \\",
                "      --format html --lang en --out advice.html",
                "  java -jar target/innovatiewijzer.jar assess facts --format html --out reports",
                "",
                "Exit codes: 0 success, 2 bad command line or facts file, 3 the knowledge base does not compile, "
                        + "4 internal error."})
final class AssessCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Facts files (.yaml, .yml, .json) or folders of them.")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            converter = Choices.Format.class, completionCandidates = Choices.Formats.class,
            description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "LANG",
            converter = Choices.Lang.class, completionCandidates = Choices.Langs.class,
            description = "Language of the report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Option(names = "--out", paramLabel = "PATH",
            description = "Write to this file (one FILE) or folder (several FILEs or a folder) instead of standard output.")
    Path out;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean many = inputs.size() > 1 || inputs.stream().anyMatch(Files::isDirectory);
        String outProblem = checkOut(many);
        if (outProblem != null) {
            err.println("innovatiewijzer assess: --out: " + outProblem);
            return ExitCode.BAD_INPUT;
        }
        List<Path> files = new ArrayList<>();
        boolean inputProblem = collect(files, err);
        // the knowledge base loads on the second core while the first reads the facts
        CompletableFuture<Advisor> loading = CompletableFuture.supplyAsync(rules::advisor);
        List<Path> assessedFiles = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        boolean ruleProblem = false;
        Progress progress = Progress.of(err, files.size());
        try {
            for (Path file : files) {
                progress.next(file);
                try {
                    ProjectFacts facts = ProjectFacts.read(file);
                    assessments.add(loaded(loading).assess(facts, lang));
                    assessedFiles.add(file);
                } catch (InvalidFactsException e) {
                    progress.clear();
                    Main.printProblems(e, err);
                    inputProblem = true;
                } catch (AssessmentException e) {
                    // a rule that fails on one project says so, and the other projects are still assessed
                    progress.clear();
                    err.println(file + ": not assessed:");
                    Main.printProblems(e, err);
                    ruleProblem = true;
                }
            }
        } finally {
            // a rule that fails ends the run; its message must not land on the counter's line
            progress.clear();
        }
        loaded(loading); // a knowledge base that does not compile is reported even when no facts file could be read
        if (!assessments.isEmpty()) {
            try {
                write(many, assessedFiles, assessments);
            } catch (IOException e) {
                err.println("innovatiewijzer assess: --out: cannot write " + e.getMessage());
                return ExitCode.BAD_INPUT;
            }
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

    private boolean collect(List<Path> files, PrintWriter err) {
        boolean problem = false;
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> listing = Files.list(input)) {
                List<Path> found = listing.filter(Files::isRegularFile).filter(ProjectFacts::isFactsFile).sorted().toList();
                if (found.isEmpty()) {
                    err.println(input + ": the folder holds no facts files (.yaml, .yml, .json)");
                    problem = true;
                }
                files.addAll(found);
            } catch (IOException e) {
                err.println(input + ": the folder cannot be read: " + e.getMessage());
                problem = true;
            }
        }
        return problem;
    }

    private void write(boolean many, List<Path> files, List<Assessment> assessments) throws IOException {
        Renderer renderer = format.renderer();
        if (!many) {
            emit(out, renderer.assessment(assessments.get(0)));
            return;
        }
        Portfolio portfolio = Portfolio.of(assessments);
        if (out == null) {
            emit(null, renderer.all(portfolio));
            return;
        }
        Files.createDirectories(out);
        ReportFiles names = new ReportFiles(out, format.extension());
        for (int i = 0; i < assessments.size(); i++) {
            emit(names.reportFor(files.get(i)), renderer.assessment(assessments.get(i)));
        }
        emit(names.portfolio(), renderer.portfolio(portfolio));
    }

    private void emit(Path file, String text) throws IOException {
        if (file == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
            return;
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
