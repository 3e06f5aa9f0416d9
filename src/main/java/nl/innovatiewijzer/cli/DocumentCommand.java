package nl.innovatiewijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.report.KnowledgeOverview;
import nl.innovatiewijzer.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code document}: writes the knowledge overview, what every rule checks and says, from the rules themselves. */
@Command(name = "document", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Write the knowledge overview: how the advice comes about, the nine factors at a glance, and "
                + "every rule with what it says when it fires and why it is there, made from the rules and their "
                + "texts.",
                "",
                "To standard output unless --out names a file. docs/knowledge.md is this overview of the shipped "
                        + "rules, in English.",
                ""},
        footer = {"", "Examples:",
                "  ${ROOT-COMMAND-NAME} document --rules rules --lang en --out docs/knowledge.md",
                "  ${ROOT-COMMAND-NAME} document --rules rules --out kennisbank.html",
                "  ${ROOT-COMMAND-NAME} document",
                "", RulesOption.CACHE_HELP,
                "", ExitCode.HELP})
final class DocumentCommand implements Callable<Integer> {

    /** The formats an overview is written in. */
    private static final Set<ReportFormat> FORMATS = Set.of(ReportFormat.MARKDOWN, ReportFormat.HTML);

    @Option(names = "--format", paramLabel = "FORMAT", converter = OverviewFormat.class,
            completionCandidates = OverviewFormats.class,
            description = "One of: ${COMPLETION-CANDIDATES}. Default: the format the --out file's extension names "
                    + "(md, html or htm), else markdown; a --format given wins over the extension.")
    ReportFormat format;

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "LANG",
            converter = Choices.Lang.class, completionCandidates = Choices.Langs.class,
            description = "Language of the overview: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Option(names = "--out", paramLabel = "PATH", description = "Write to this file instead of standard output.")
    Path out;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String label = Main.PROGRAM + " document: ";
        if (out != null) {
            try {
                String refusal = Files.isDirectory(out) ? out + " is a folder; --out names the overview's file"
                        : OutputFile.refusal(out, Set.of());
                if (refusal != null) {
                    err.println(label + "--out: " + refusal);
                    return ExitCode.BAD_INPUT;
                }
            } catch (IOException e) {
                err.println(label + "--out: cannot check " + out + ": " + OutputFile.why(e));
                return ExitCode.BAD_INPUT;
            }
        }
        String overview = KnowledgeOverview.of(rules.advisor(), lang).render(format(err, label));
        if (out == null) {
            spec.commandLine().getOut().print(overview);
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        try {
            OutputFile.write(out, overview);
        } catch (IOException e) {
            err.println(label + "cannot write the overview: " + OutputFile.why(e));
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.OK;
    }

    /** The format to write: see {@link Choices#format}; an overview is markdown unless it is asked for as html. */
    private ReportFormat format(PrintWriter err, String label) {
        return Choices.format(format, out, FORMATS, ReportFormat.MARKDOWN, note -> err.println(label + note));
    }

    /** Reads {@code --format markdown|html}: the report formats an overview can be written in. */
    static final class OverviewFormat implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            ReportFormat format;
            try {
                format = ReportFormat.of(value);
            } catch (IllegalArgumentException e) {
                format = null;
            }
            if (format == null || !FORMATS.contains(format)) {
                throw new TypeConversionException("unknown format \"" + value + "\"; expected one of markdown, html");
            }
            return format;
        }
    }

    /** The format names, for the help. */
    static final class OverviewFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("markdown", "html").iterator();
        }
    }
}
