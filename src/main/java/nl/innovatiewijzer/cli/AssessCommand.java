package nl.innovatiewijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.facts.FactsReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assess}: assesses one or more facts files and writes the assessment. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess one or more facts files (a folder means every facts file in it).",
        footer = {"", "Example:", "  java -jar target/innovatiewijzer.jar assess facts/slimme-afvalinzameling.yaml --format json"})
final class AssessCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Facts files (.yaml, .yml, .json) or folders of them.")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "json (default).")
    String format;

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "LANG", description = "nl (default) or en.")
    String lang;

    @Option(names = "--out", paramLabel = "PATH", description = "Write to this file instead of standard output.")
    Path out;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Language language;
        try {
            language = Language.of(lang);
        } catch (IllegalArgumentException e) {
            err.println("innovatiewijzer: --lang: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (!"json".equals(format)) {
            err.println("innovatiewijzer: --format: unknown format \"" + format + "\"; expected json");
            return ExitCode.BAD_INPUT;
        }
        List<Path> files = new ArrayList<>();
        boolean inputProblem = collect(files, err);
        Advisor advisor = rules.advisor();
        List<Assessment> assessments = new ArrayList<>();
        for (Path file : files) {
            try {
                assessments.add(advisor.assess(ProjectFacts.read(file), language));
            } catch (InvalidFactsException e) {
                Main.printProblems(e, err);
                inputProblem = true;
            }
        }
        if (!assessments.isEmpty()) {
            write(render(assessments));
        }
        return inputProblem ? ExitCode.BAD_INPUT : ExitCode.OK;
    }

    private boolean collect(List<Path> files, PrintWriter err) throws IOException {
        boolean problem = false;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> listing = Files.list(input)) {
                    List<Path> found = listing.filter(Files::isRegularFile).filter(FactsReader::isFactsFile).sorted().toList();
                    if (found.isEmpty()) {
                        err.println(input + ": the folder holds no facts files (.yaml, .yml, .json)");
                        problem = true;
                    }
                    files.addAll(found);
                }
            } else {
                files.add(input);
            }
        }
        return problem;
    }

    private String render(List<Assessment> assessments) {
        if (assessments.size() == 1) {
            return assessments.get(0).toJson();
        }
        StringBuilder all = new StringBuilder("[\n");
        for (int i = 0; i < assessments.size(); i++) {
            all.append(assessments.get(i).toJson().stripTrailing()).append(i + 1 < assessments.size() ? ",\n" : "\n");
        }
        return all.append("]\n").toString();
    }

    private void write(String text) throws IOException {
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
        } else {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
    }
}
