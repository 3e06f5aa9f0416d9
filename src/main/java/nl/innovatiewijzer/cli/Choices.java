package nl.innovatiewijzer.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.document.PrintableText;
import nl.innovatiewijzer.report.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How {@code --format} and {@code --lang} are read: the lower-case names, with a one-line message for any other. */
final class Choices {

    private Choices() {
    }

    /** Reads {@code --format text|markdown|html|json}. */
    static final class Format implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Every format there is. */
    static final Set<ReportFormat> ALL = EnumSet.allOf(ReportFormat.class);

    /** The format names, for the help. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportFormat.values()).map(ReportFormat::code).iterator();
        }
    }

    /**
     * The format to write to {@code file} (null: standard output): the one {@code given} with
     * {@code --format}; else the one the file's extension names, when it is {@code possible}; else
     * {@code otherwise}. A format given that the name contradicts is what the user asked for: it is
     * written, and {@code note} gets one line that says the name says otherwise.
     */
    static ReportFormat format(ReportFormat given, Path file, Set<ReportFormat> possible, ReportFormat otherwise,
                               Consumer<String> note) {
        Optional<ReportFormat> named = file == null || file.getFileName() == null ? Optional.empty()
                : ReportFormat.ofFileName(file.getFileName().toString()).filter(possible::contains);
        if (given == null) {
            return named.orElse(otherwise);
        }
        if (named.isPresent() && named.get() != given) {
            note.accept("note: " + file + " gets " + given.code() + ", as --format says, though its name says "
                    + named.get().code());
        }
        return given;
    }

    /** Reads {@code --date YYYY-MM-DD}: a day of the calendar, written as the facts write it. */
    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new TypeConversionException("expected a date written as YYYY-MM-DD, such as 2026-12-01, not \""
                        + PrintableText.of(value) + "\"");
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("\"" + value + "\" is no day of the calendar; write a date that "
                        + "exists, as YYYY-MM-DD");
            }
        }
    }

    /** Reads {@code --lang nl|en}. */
    static final class Lang implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The language codes, for the help. */
    static final class Langs implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Language.values()).map(Language::code).iterator();
        }
    }
}
