package nl.innovatiewijzer.document;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's YAML parser, with the SnakeYAML event of the current token in view, and the values
 * of scalars read as this reader reads them rather than as YAML 1.1 does. Jackson takes a plain
 * {@code On} for true and {@code 010} for 8, and drops the anchor of a scalar; the event says how
 * a value was written and which anchor it has.
 *
 * <p>An unquoted scalar is null ({@code ~}, {@code null}, or nothing), a boolean ({@code true},
 * {@code false}), a whole number ({@code 0}, {@code -12}), a decimal number ({@code 4.5},
 * {@code 1e3}, {@code .inf}), or else text: {@code yes}, {@code On}, {@code 010}, {@code 0x1F},
 * {@code 1_000} and {@code 1:30} are text, which a number or true/false field refuses with a hint.
 */
final class YamlTokens extends YAMLParser {

    private static final String CORE = "tag:yaml.org,2002:";
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern INTEGER = Pattern.compile("[-+]?(?:0|[1-9][0-9]*)");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(?:(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");
    private static final Pattern INFINITE = Pattern.compile("([-+]?)\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

    private YamlTokens(IOContext context, int features, int yamlFeatures, LoaderOptions options, ObjectCodec codec,
                       Reader reader) {
        super(context, features, yamlFeatures, options, codec, reader);
    }

    /** The event of the current token: a scalar (a value or a key), an alias, or the start of a mapping or list. */
    Event event() {
        return _lastEvent;
    }

    /**
     * The current scalar as this reader reads it, placed at {@code line} and {@code column}.
     *
     * @throws com.fasterxml.jackson.core.exc.StreamConstraintsException for a number with more
     *                                                                    digits than the limit
     */
    Node.Scalar scalar(int line, int column) throws IOException {
        ScalarEvent scalar = (ScalarEvent) _lastEvent;
        String text = scalar.getValue();
        String tag = scalar.getTag();
        boolean typed = tag != null && !tag.equals("!") && !tag.equals(CORE + "str");
        if (!scalar.isPlain() && !typed || tag != null && tag.equals(CORE + "str")) {
            return new Node.Scalar(Node.Scalar.Type.TEXT, text, null, line, column);
        }
        if (NULL.matcher(text).matches()) {
            return new Node.Scalar(Node.Scalar.Type.NULL, null, text, line, column);
        }
        if (text.equals("true") || text.equals("false")) {
            return new Node.Scalar(Node.Scalar.Type.BOOLEAN, Boolean.valueOf(text), text, line, column);
        }
        if (INTEGER.matcher(text).matches()) {
            streamReadConstraints().validateIntegerLength(text.length());
            return new Node.Scalar(Node.Scalar.Type.INTEGER, new BigInteger(text), text, line, column);
        }
        if (DECIMAL.matcher(text).matches()) {
            streamReadConstraints().validateFPLength(text.length());
            return new Node.Scalar(Node.Scalar.Type.DECIMAL, Double.parseDouble(text), text, line, column);
        }
        Matcher infinite = INFINITE.matcher(text);
        if (infinite.matches()) {
            double value = infinite.group(1) == null ? Double.NaN
                    : infinite.group(1).equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return new Node.Scalar(Node.Scalar.Type.DECIMAL, value, text, line, column);
        }
        return new Node.Scalar(Node.Scalar.Type.TEXT, text, text, line, column);
    }

    /** Makes {@link YamlTokens}. */
    static final class Factory extends YAMLFactory {

        Factory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) {
            return new YamlTokens(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
        }

        @Override
        protected YAMLParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable) {
            return _createParser(new CharArrayReader(data, offset, length), context);
        }
    }
}
