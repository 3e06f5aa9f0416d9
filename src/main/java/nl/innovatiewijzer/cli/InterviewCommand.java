package nl.innovatiewijzer.cli;

import java.io.BufferedReader;
import nl.innovatiewijzer.document.PrintableText;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Comparison;
import nl.innovatiewijzer.InvalidFactsException;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interview}: asks the missing facts one at a time and writes them into a facts file. */
@Command(name = "interview", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Ask the missing facts of a project one at a time, the most useful first, and write "
                + "each answer into FILE at once, so that nothing is lost when the interview stops.",
                "",
                "One answer per line, from the terminal or piped in: an empty line means \"do not know\" (the "
                        + "question is not asked again in this run), q stops, and so does the end of the input. "
                        + "After each answer it shows which factor or duty changed. A new FILE starts with the "
                        + "project's name; an existing FILE is read and only what is still missing is asked. FILE "
                        + "is written anew from its facts (YAML, or JSON for a .json file): comments in it are not "
                        + "kept. A FILE that is not a valid facts file is never overwritten. The interview ends "
                        + "with the assessment as text.",
                ""},
        footer = {"", "Examples:",
                "  ${ROOT-COMMAND-NAME} interview mijn-project.yaml",
                "  ${ROOT-COMMAND-NAME} interview my-project.yaml --lang en",
                "  printf 'P\\nja\\nq\\n' | ${ROOT-COMMAND-NAME} interview p.yaml",
                "", RulesOption.CACHE_HELP,
                "", ExitCode.HELP})
final class InterviewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The facts file to fill in (.yaml, .yml or .json); made when absent.")
    Path file;

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "LANG",
            converter = Choices.Lang.class, completionCandidates = Choices.Langs.class,
            description = "Language of the questions: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Mixin
    RulesOption rules;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    private static final String LABEL = Main.PROGRAM + " interview: ";

    private PrintWriter out;
    private BufferedReader answers;
    /** Whether the answers come from elsewhere than a person typing at a terminal. */
    private boolean echo;
    private Labels words;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        out = spec.commandLine().getOut();
        if (!ProjectFacts.isFactsFile(file)) {
            err.println(LABEL + file + ": a facts file is named .yaml, .yml or .json");
            return ExitCode.BAD_INPUT;
        }
        if (Files.isSymbolicLink(file) || Files.isDirectory(file)) {
            err.println(LABEL + file + ": not a regular file; the interview writes only a facts file of its own");
            return ExitCode.BAD_INPUT;
        }
        boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        FactsDocument document = null;
        if (exists) {
            try {
                document = FactsDocument.read(file);
            } catch (InvalidFactsException e) {
                Main.printProblems(e, err);
                err.println(LABEL + file + " is not a valid facts file, so it is left as it is; correct it or name another FILE");
                return ExitCode.BAD_INPUT;
            }
        }
        Advisor advisor = rules.advisor();
        words = advisor.texts(lang).labels();
        answers = new BufferedReader(new InputStreamReader(main.input(), StandardCharsets.UTF_8));
        echo = main.input() != System.in || System.console() == null;
        if (document == null) {
            String name = askName();
            if (name == null) {
                return ExitCode.OK;
            }
            document = FactsDocument.named(file, name);
            document.write();
        }
        out.println(words.text("interview-title", document.facts().project().name()));
        out.println(words.text("interview-intro", file));
        Assessment assessment = advisor.assess(document.facts(), lang);
        Set<String> skipped = new HashSet<>();
        int asked = 0;
        boolean stopped = false;
        while (!stopped) {
            Optional<Asked> next = next(assessment, skipped, document);
            if (next.isEmpty()) {
                out.println();
                out.println(words.text("interview-done"));
                break;
            }
            Asked question = next.get();
            out.println();
            out.println(words.text("interview-question", ++asked, question.fact().question()));
            if (!question.fact().why().isEmpty()) {
                out.println(question.fact().why());
            }
            int items = document.itemsHolding(question.fact().field());
            out.println(question.form().allowed() + (items > 0
                    ? " " + words.text("interview-for-each", items) : ""));
            out.println("(" + words.text("interview-do-not-know") + ")");
            while (true) {
                out.print(words.text("interview-prompt") + " ");
                out.flush();
                String line = answer();
                if (line == null || line.strip().equalsIgnoreCase("q")) {
                    if (line == null) {
                        out.println();
                    }
                    stopped = true;
                    break;
                }
                if (line.isBlank()) {
                    skipped.add(question.fact().field());
                    out.println(words.text("interview-skipped"));
                    break;
                }
                FactQuestion.Reading reading = question.form().read(line);
                if (reading.problem() != null) {
                    out.println(reading.problem());
                    continue;
                }
                try {
                    document.set(question.fact().field(), reading.value());
                } catch (InvalidFactsException e) {
                    out.println(words.text("interview-wrong", line.strip(), e.problems().get(0).message()));
                    continue;
                }
                document.write();
                Assessment now = advisor.assess(document.facts(), lang);
                out.println(changes(Comparison.of(assessment, now)));
                out.println(words.text("interview-saved", file));
                assessment = now;
                break;
            }
        }
        if (stopped) {
            out.println(words.text("interview-stopped", file));
        }
        out.println();
        out.print(ReportFormat.TEXT.renderer().assessment(assessment));
        out.flush();
        return ExitCode.OK;
    }

    /** A missing fact with the form of its answer. */
    private record Asked(MissingFact fact, FactQuestion form) {
    }

    /** The first missing fact, in the assessment's order, not skipped this run and answerable in one line. */
    private Optional<Asked> next(Assessment assessment, Set<String> skipped, FactsDocument document) {
        for (MissingFact fact : assessment.missingFacts()) {
            if (skipped.contains(fact.field())) {
                continue;
            }
            Optional<FactQuestion> form = FactQuestion.of(fact.field(), words);
            // a fact of the items of a list can only be set when the list has items
            if (form.isPresent() && (!form.get().ofItems() || document.itemsHolding(fact.field()) > 0)) {
                return Optional.of(new Asked(fact, form.get()));
            }
            skipped.add(fact.field());
        }
        return Optional.empty();
    }

    /**
     * The next answer, null at the end of the input. Answers that come from a file or a pipe are
     * not echoed by a terminal, so they are written after the prompt: the log then reads as the
     * conversation it was.
     */
    private String answer() throws IOException {
        String line = answers.readLine();
        if (line != null && echo) {
            out.println(PrintableText.of(line));
        }
        return line;
    }

    /** The project's name, asked until one is given; null when the interview is stopped first. */
    private String askName() throws IOException {
        while (true) {
            out.println(words.text("interview-name"));
            out.print(words.text("interview-prompt") + " ");
            out.flush();
            String line = answer();
            if (line == null || line.strip().equalsIgnoreCase("q")) {
                out.println();
                return null;
            }
            String name = line.strip();
            if (!name.isEmpty() && name.length() <= 200) {
                return name;
            }
            out.println(words.text("interview-name-needed"));
        }
    }

    /** What the answer changed, in a line: factors and duties with what they were and are. */
    private String changes(Comparison comparison) {
        List<String> parts = new java.util.ArrayList<>();
        for (Comparison.Change factor : comparison.factors()) {
            parts.add(factor.id() + " " + factor.title() + ": " + word("status-", factor.before()) + " -> "
                    + word("status-", factor.after()));
        }
        for (Comparison.Change duty : comparison.obligations()) {
            parts.add(duty.title() + ": " + (duty.before() == null ? words.text("compare-not-triggered")
                    : word("obligation-", duty.before())) + " -> " + (duty.after() == null
                    ? words.text("compare-not-triggered") : word("obligation-", duty.after())));
        }
        return parts.isEmpty() ? words.text("interview-unchanged") : words.text("interview-changed", String.join("; ", parts));
    }

    private String word(String prefix, Object value) {
        return words.text(prefix + value.toString().toLowerCase(java.util.Locale.ROOT));
    }
}
