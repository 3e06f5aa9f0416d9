package nl.innovatiewijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Comparison;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.document.DocumentFile;
import nl.innovatiewijzer.document.DocumentParser;
import nl.innovatiewijzer.report.ComparisonReport;
import nl.innovatiewijzer.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compare}: what changed between two versions of one project's facts or assessment. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Show what changed between two versions of one project: the factors and duties whose "
                + "outcome changed, the facts that changed, and the recommendations that are new or resolved.",
                "",
                "OLD and NEW are facts files (.yaml, .yml, .json), which are assessed with the rules, or saved "
                        + "assessments (the output of assess --format json), told apart by their content. Which "
                        + "facts changed is known only when both are facts files.",
                ""},
        footer = {"", "Examples:",
                "  ${ROOT-COMMAND-NAME} compare facts/factuurcontrole.yaml factuurcontrole-nu.yaml",
                "  ${ROOT-COMMAND-NAME} compare advies-juni.json factuurcontrole-nu.yaml --format markdown",
                "", RulesOption.CACHE_HELP,
                "", ExitCode.HELP})
final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier facts file or saved assessment.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later facts file or saved assessment.")
    Path after;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            converter = Choices.Format.class, completionCandidates = Choices.Formats.class,
            description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "LANG",
            converter = Choices.Lang.class, completionCandidates = Choices.Langs.class,
            description = "Language of the comparison: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    private static final String LABEL = Main.PROGRAM + " compare: ";

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String oldText = read(before, err);
        String newText = read(after, err);
        if (oldText == null || newText == null) {
            return ExitCode.BAD_INPUT;
        }
        Advisor advisor = rules.advisor();
        Comparison.Side was;
        Comparison.Side is;
        try {
            was = side(before, oldText, advisor);
            is = side(after, newText, advisor);
        } catch (SavedAssessment.Unreadable e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (!was.project().equals(is.project())) {
            err.println(LABEL + "note: " + before + " is about \"" + was.project() + "\" and " + after + " about \""
                    + is.project() + "\"; compared all the same");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(ComparisonReport.render(Comparison.of(was, is), format));
        out.flush();
        return ExitCode.OK;
    }

    /** The text of the file, or null after saying why it cannot be read. */
    private static String read(Path file, PrintWriter err) {
        try {
            return new String(DocumentFile.read(file, DocumentParser.MAX_BYTES, "a facts file or saved assessment"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(LABEL + (e.getMessage().contains(file.toString()) ? "" : file + ": ") + e.getMessage());
            return null;
        }
    }

    /** A saved assessment as it is, or facts as the rules assess them; invalid facts are thrown. */
    private Comparison.Side side(Path file, String text, Advisor advisor) throws SavedAssessment.Unreadable {
        if (SavedAssessment.isOne(text)) {
            return SavedAssessment.read(file.toString(), text, advisor.texts(lang));
        }
        ProjectFacts facts = ProjectFacts.read(file);
        Assessment assessment = advisor.assess(facts, lang);
        return Comparison.Side.of(facts, assessment);
    }
}
