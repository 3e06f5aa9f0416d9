package nl.innovatiewijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.reference.FactsReference;
import nl.innovatiewijzer.reference.FactsSchema;
import nl.innovatiewijzer.report.KnowledgeOverview;
import nl.innovatiewijzer.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code document}: writes the knowledge overview, what every rule checks and says, from the rules
 * themselves; with {@code --facts}, the facts reference or the JSON Schema of the facts format.
 */
@Command(name = "document", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Write the knowledge overview: how the advice comes about, the nine factors at a glance, and "
                + "every rule with what it says when it fires and why it is there, made from the rules and their "
                + "texts.",
                "",
                "With --facts: the facts reference instead, every field of a facts file with what it means and "
                        + "the values it allows (docs/facts.md in English, docs/facts.nl.md in Dutch); with --facts "
                        + "--format json, the JSON Schema of the facts format that editors check facts files with "
                        + "(docs/facts.schema.json).",
                "",
                "To standard output unless --out names a file. docs/knowledge.md is the overview of the shipped "
                        + "rules, in English.",
                ""},
        footer = {"", "Examples:",
                "  ${ROOT-COMMAND-NAME} document --rules rules --lang en --out docs/knowledge.md",
                "  ${ROOT-COMMAND-NAME} document --rules rules --out kennisbank.html",
                "  ${ROOT-COMMAND-NAME} document",
                "  ${ROOT-COMMAND-NAME} document --facts --rules rules --lang en --out docs/facts.md",
                "  ${ROOT-COMMAND-NAME} document --facts --rules rules --lang en --out docs/facts.schema.json",
                "", RulesOption.CACHE_HELP,
                "", ExitCode.HELP})
final class DocumentCommand implements Callable<Integer> {

    /** The formats an overview is written in. */
    private static final Set<ReportFormat> FORMATS = Set.of(ReportFormat.MARKDOWN, ReportFormat.HTML);
    /** The formats of the facts reference: Markdown, or the JSON Schema. */
    private static final Set<ReportFormat> FACTS_FORMATS = Set.of(ReportFormat.MARKDOWN, ReportFormat.JSON);

    @Option(names = "--facts", description = "Write the facts reference (markdown) or, with --format json, the JSON "
            + "Schema of the facts format, instead of the knowledge overview.")
    boolean facts;

    @Option(names = "--format", paramLabel = "FORMAT", converter = OverviewFormat.class,
            completionCandidates = OverviewFormats.class,
            description = "One of: ${COMPLETION-CANDIDATES} (json only with --facts). Default: the format the --out "
                    + "file's extension names (md, html, htm, json), else markdown; a --format given wins over the extension.")
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
        Set<ReportFormat> possible = facts ? FACTS_FORMATS : FORMATS;
        if (format != null && !possible.contains(format)) {
            err.println(label + "--format " + format.code() + ": " + (facts
                    ? "the facts reference is written as markdown, or as its JSON Schema with --format json"
                    : "the knowledge overview is written as markdown or html; json is for the facts schema, with --facts"));
            return ExitCode.BAD_INPUT;
        }
        ReportFormat chosen = Choices.format(format, out, possible, ReportFormat.MARKDOWN, note -> err.println(label + note));
        String overview;
        if (!facts) {
            overview = KnowledgeOverview.of(rules.advisor(), lang).render(chosen);
        } else {
            Labels words = rules.advisor().texts(lang).labels();
            overview = chosen == ReportFormat.JSON ? FactsSchema.json(words) : FactsReference.markdown(words);
        }
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
            if (format == null || !FORMATS.contains(format) && !FACTS_FORMATS.contains(format)) {
                throw new TypeConversionException("unknown format \"" + value + "\"; expected one of markdown, html, json");
            }
            return format;
        }
    }

    /** The format names, for the help. */
    static final class OverviewFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("markdown", "html", "json").iterator();
        }
    }
}
