package nl.innovatiewijzer.cli;

import java.util.Arrays;
import java.util.Iterator;
import nl.innovatiewijzer.Language;
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

    /** The format names, for the help. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportFormat.values()).map(ReportFormat::code).iterator();
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
