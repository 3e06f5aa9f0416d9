package nl.innovatiewijzer.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A knowledge base folder written by a test: factor names plus the rule and texts files the test adds. */
public final class RulesFolder {

    /** The lines every rule file starts with. */
    public static final String HEADER = """
            package innovatiewijzer;

            import nl.innovatiewijzer.facts.*;
            import nl.innovatiewijzer.Status;
            import nl.innovatiewijzer.Priority;
            import nl.innovatiewijzer.ObligationState;
            import function nl.innovatiewijzer.rules.Because.fact;
            import function nl.innovatiewijzer.rules.Because.reason;

            global nl.innovatiewijzer.rules.Advice advice;
            """;

    /** The names of the nine factors, as a texts file writes them. */
    public static final String FACTOR_NAMES = """
            factors:
              F1: {nl: Vaardige projectleider en gedreven team, en: Skilled project leader and driven team}
              F2: {nl: "Ruimte, vertrouwen en budget", en: "Room, trust and budget"}
              F3: {nl: Antwoord op vragen uit domeinen, en: Answering questions from the domains}
              F4: {nl: Kortcyclische werkwijze, en: Short-cycle way of working}
              F5: {nl: Multidisciplinaire interactieve teams, en: Multidisciplinary interactive teams}
              F6: {nl: Samenwerking en leren van de markt, en: Collaborating with and learning from the market}
              F7: {nl: Samenwerking in een netwerk of keten, en: Collaboration in a network or chain}
              F8: {nl: Betrokken eindgebruikers, en: Involved end users}
              F9: {nl: Een lerende aanpak, en: A learning approach}
            """;

    /** A texts file with the one finding of {@link #longCyclesRule(String)}. */
    public static final String LONG_CYCLES_TEXTS = """
            findings:
              F4-long-cycles: {nl: "Een werkcyclus duurt {0} weken.", en: "One work cycle takes {0} weeks."}
            """;

    private final Path folder;

    /** One rule that rates F4 with {@code status} when a work cycle takes more than twelve weeks. */
    public static String longCyclesRule(String status) {
        return """
                rule "Cycles longer than twelve weeks"
                    @factor("F4") @finding("F4-long-cycles")
                when
                    WorkingMethod( $weeks : cycleLengthWeeks != null, cycleLengthWeeks > 12 )
                then
                    advice.rate(Status.%s, $weeks);
                end
                """.formatted(status);
    }

    private RulesFolder(Path folder) {
        this.folder = folder;
    }

    /** The report's words, as the shipped {@code rules/report.yaml} writes them. */
    public static final String REPORT_LABELS = read(Path.of("rules/report.yaml"));

    /** A folder with only the factor names and the report's words; add rule files to it. */
    public static RulesFolder in(Path folder) {
        RulesFolder rules = new RulesFolder(folder);
        rules.write("factors.yaml", FACTOR_NAMES);
        rules.write("report.yaml", REPORT_LABELS);
        return rules;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a rule file: the standard header followed by {@code rules}. */
    public RulesFolder drl(String name, String rules) {
        return write(name, HEADER + "\n" + rules);
    }

    /** Writes any file, e.g. a texts file, relative to the folder. */
    public RulesFolder write(String name, String content) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The folder. */
    public Path path() {
        return folder;
    }

    /** A copy of the shipped rules/ in {@code dir}/rules, with one limit's value changed in rules/limits.yaml. */
    public static Path shippedWithLimit(Path dir, String limit, int from, int to) throws IOException {
        Path copy = dir.resolve("rules");
        try (java.util.stream.Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = copy.resolve(Path.of("rules").relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        Path limits = copy.resolve("limits.yaml");
        String written = Files.readString(limits);
        String before = "  " + limit + ":\n    value: " + from + "\n";
        if (!written.contains(before)) {
            throw new IllegalStateException("rules/limits.yaml does not write " + limit + " as " + from);
        }
        Files.writeString(limits, written.replace(before, "  " + limit + ":\n    value: " + to + "\n"));
        return copy;
    }
}
