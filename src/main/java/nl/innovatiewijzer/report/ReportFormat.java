package nl.innovatiewijzer.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats a report can be written in, each with its renderer and file extension. */
public enum ReportFormat {
    /** Plain text, for a terminal or an e-mail. */
    TEXT("txt", new TextRenderer(false), new TextRenderer(true)),
    /** Markdown, for a wiki or a repository. */
    MARKDOWN("md", new MarkdownRenderer(false), new MarkdownRenderer(true)),
    /** One self-contained HTML page, for the screen and for printing on A4. */
    HTML("html", new HtmlRenderer(false), new HtmlRenderer(true)),
    /** The JSON of the assessment contract, for other programs; it always holds everything. */
    JSON("json", new JsonRenderer(), new JsonRenderer());

    private final String extension;
    private final Renderer renderer;
    private final Renderer explaining;

    ReportFormat(String extension, Renderer renderer, Renderer explaining) {
        this.extension = extension;
        this.renderer = renderer;
        this.explaining = explaining;
    }

    /**
     * The renderer of this format, in plain words for the reader: no rule names, files or field
     * paths. Renderers hold no state and may be shared between threads.
     */
    public Renderer renderer() {
        return renderer;
    }

    /**
     * The renderer of this format; with {@code explain} it adds the technical part that the plain
     * report leaves out (the rule and file of each action, the facts as field paths with their
     * values, the knowledge base's fingerprint), as {@code assess --explain} asks.
     */
    public Renderer renderer(boolean explain) {
        return explain ? explaining : renderer;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The name used on the command line: {@code text}, {@code markdown}, {@code html}, {@code json}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format a file's name asks for by its extension: {@code .txt} text, {@code .md} markdown,
     * {@code .html} or {@code .htm} HTML, {@code .json} JSON, in any case; empty for any other name.
     */
    public static Optional<ReportFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        for (ReportFormat format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The format with this name.
     *
     * @throws IllegalArgumentException naming the formats that exist
     */
    public static ReportFormat of(String code) {
        for (ReportFormat format : values()) {
            if (format.code().equalsIgnoreCase(code)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + code + "\"; expected one of "
                + Arrays.stream(values()).map(ReportFormat::code).collect(Collectors.joining(", ")));
    }
}
