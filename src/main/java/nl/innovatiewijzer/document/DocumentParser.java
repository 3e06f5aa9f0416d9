package nl.innovatiewijzer.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads the bytes of a YAML or JSON document into a {@link Node} tree, safely: bounded size,
 * nesting, number length and alias expansion, strict UTF-8, no duplicate keys, no custom YAML
 * tags. Nothing in the document is turned into a Java object other than text, numbers and
 * booleans, and an unquoted YAML value is read as {@link YamlTokens} says, not as YAML 1.1 does.
 * Every problem is placed at the line and column an editor shows.
 */
public final class DocumentParser {

    public static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_DEPTH = 40;
    /** Values in the document after aliases are followed; a facts file has a few hundred. */
    static final int MAX_VALUES = 100_000;
    /** Digits of one number; a facts file needs a dozen at most. */
    static final int MAX_DIGITS = 100;

    /** Jackson's own bounds, past ours, so that ours are met first and placed. */
    private static final StreamReadConstraints BOUNDS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 10).maxNumberLength(MAX_DIGITS).build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(BOUNDS).build();
    private static final YAMLFactory YAML = yamlFactory();

    /** The tags of plain YAML values; any other tag asks for a type, which a facts file never needs. */
    private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "seq", "map")
            .stream().map(t -> "tag:yaml.org,2002:" + t).collect(Collectors.toUnmodifiableSet());

    private final String file;
    private final List<DocumentProblem> problems;
    /** The text, to place YAML problems by their offset; null for JSON, whose places Jackson counts as an editor does. */
    private final DocumentText yamlText;
    private final Map<String, Node> anchors = new HashMap<>();
    /** Anchors whose value is still being read: an alias to one would hold itself. */
    private final Set<String> open = new HashSet<>();
    private final Map<Node, Integer> sizes = new IdentityHashMap<>();
    private int values;

    private DocumentParser(String file, List<DocumentProblem> problems, DocumentText yamlText) {
        this.file = file;
        this.problems = problems;
        this.yamlText = yamlText;
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(MAX_DEPTH + 10);
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowDuplicateKeys(true); // found and reported below, with both places
        return new YamlTokens.Factory(YAMLFactory.builder().loaderOptions(options).streamReadConstraints(BOUNDS));
    }

    /**
     * Parses a document; returns null and adds to {@code problems} when it cannot be read.
     *
     * @param json true for JSON, false for YAML
     */
    public static Node parse(String file, byte[] bytes, boolean json, List<DocumentProblem> problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(DocumentProblem.inFile(file, "the file has " + bytes.length
                    + " bytes; a facts file may have at most " + MAX_BYTES + " bytes"));
            return null;
        }
        DocumentText text = DocumentText.decode(file, bytes, problems);
        if (text == null) {
            return null;
        }
        if (text.text().isBlank()) {
            problems.add(DocumentProblem.inFile(file, "the file is empty; a facts file needs at least project.name"));
            return null;
        }
        DocumentParser parser = new DocumentParser(file, problems, json ? null : text);
        JsonParser tokens;
        try {
            tokens = json ? JSON.createParser(text.text()) : YAML.createParser(text.text());
        } catch (IOException e) {
            throw new IllegalStateException("a parser of text in memory cannot fail to open", e);
        }
        try (tokens) {
            return parser.document(tokens);
        } catch (Refused e) {
            problems.add(e.problem);
        } catch (StreamConstraintsException e) {
            problems.add(parser.pastBound(e, tokens));
        } catch (JsonProcessingException e) {
            problems.add(parser.notValid(e, tokens, json));
        } catch (IOException | RuntimeException e) {
            // snakeyaml reports some limits (nesting, aliases, size) as unchecked exceptions
            problems.add(DocumentProblem.inFile(file, "not valid " + (json ? "JSON" : "YAML") + ": " + firstLine(e.getMessage())));
        } catch (StackOverflowError e) {
            problems.add(DocumentProblem.inFile(file, "the document nests too deeply"));
        }
        return null;
    }

    private Node document(JsonParser tokens) throws IOException {
        if (tokens.nextToken() == null) {
            problems.add(DocumentProblem.inFile(file, "the file holds no document; a facts file needs at least project.name"));
            return null;
        }
        Node root = value(tokens, 0, "");
        if (root != null && tokens.nextToken() != null) {
            problems.add(at(tokens.currentTokenLocation(), "", "a second document follows the first; a facts file holds one project"));
            return null;
        }
        return root;
    }

    /** A bound of Jackson's that was met: a number too long, or (in a part skipped unread) nesting too deep. */
    private DocumentProblem pastBound(StreamConstraintsException e, JsonParser tokens) {
        // Jackson's JSON parser is past the number when it counts its digits: its line is known, its column not
        JsonLocation where = e.getLocation() != null ? e.getLocation()
                : tokens instanceof YamlTokens ? tokens.currentTokenLocation() : tokens.currentLocation();
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Number value length")) {
            return new DocumentProblem(file, line(where), tokens instanceof YamlTokens ? column(where) : 0, "",
                    "the number has more than " + MAX_DIGITS + " digits; a facts file needs far fewer");
        }
        if (message.contains("nesting depth")) {
            return at(where, "", "the document nests deeper than " + MAX_DEPTH + " levels");
        }
        return at(where, "", "the document is too large to read: " + firstLine(message));
    }

    private DocumentProblem notValid(JsonProcessingException e, JsonParser tokens, boolean json) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            int offset = yaml.getProblemMark().getIndex();
            String context = yaml.getContext() == null ? "" : yaml.getContext() + ": ";
            char separator = yamlText.separatorOnLineOf(offset);
            if (separator == 0 && yaml.getContextMark() != null
                    && yamlText.separatorOnLineOf(yaml.getContextMark().getIndex()) != 0) {
                offset = yaml.getContextMark().getIndex(); // the separator is the cause: point at it
                separator = yamlText.separatorOnLineOf(offset);
            }
            DocumentProblem slip = separator == 0 ? YamlSlip.explain(file, yamlText, yaml) : null;
            if (slip != null) {
                return slip;
            }
            String hint = separator == 0 ? "" : String.format("; the line holds the separator U+%04X, "
                    + "which YAML reads as a line break (put the text in quotes, or leave it out)", (int) separator);
            return new DocumentProblem(file, yamlText.line(offset), yamlText.column(offset), "",
                    "not valid YAML: " + context + yaml.getProblem() + hint);
        }
        if (e.getCause() instanceof ReaderException reader) {
            return new DocumentProblem(file, yamlText.line(reader.getPosition()), yamlText.column(reader.getPosition()), "",
                    String.format("not valid YAML: the control character U+%04X is not allowed in a YAML file", reader.getCodePoint()));
        }
        if (tokens instanceof YamlTokens yaml && yaml.event() instanceof AliasEvent alias) {
            return at(tokens.currentTokenLocation(), "", "the alias *" + Node.shortened(alias.getAnchor())
                    + " stands where a key belongs; write the key itself");
        }
        return at(e.getLocation(), "", "not valid " + (json ? "JSON" : "YAML") + ": " + firstLine(e.getOriginalMessage()));
    }

    private static final java.util.regex.Pattern JACKSON_START =
            java.util.regex.Pattern.compile("\\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)");

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.strip().lines().findFirst().orElse("unreadable");
        // the parser names where an object or array began by its own source description: say it plainly
        line = JACKSON_START.matcher(line).replaceAll("(begun at line $1, column $2)");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    private Node value(JsonParser tokens, int depth, String path) throws IOException {
        JsonLocation where = tokens.currentTokenLocation();
        int line = line(where);
        int column = column(where);
        if (depth > MAX_DEPTH) {
            throw new Refused(new DocumentProblem(file, line, column, "", "the document nests deeper than " + MAX_DEPTH + " levels"));
        }
        if (++values > MAX_VALUES) {
            throw new Refused(new DocumentProblem(file, line, column, "", "the document has more than " + MAX_VALUES
                    + " values (counting what aliases repeat); a facts file has a few hundred"));
        }
        YamlTokens yaml = tokens instanceof YamlTokens y ? y : null;
        String anchor = null;
        if (yaml != null) {
            Event event = yaml.event();
            if (event instanceof AliasEvent alias) {
                return alias(alias.getAnchor(), line, column);
            }
            String tag = event instanceof ScalarEvent s ? s.getTag() : event instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null && !CORE_TAGS.contains(tag)) {
                problems.add(new DocumentProblem(file, line, column, "", "the YAML tag " + shortTag(tag)
                        + " is not allowed; a facts file holds plain values only"));
                skip(tokens);
                return null;
            }
            anchor = event instanceof NodeEvent n ? n.getAnchor() : null;
            if (anchor != null) {
                open.add(anchor);
            }
        }
        int valuesBefore = values;
        Node node = switch (tokens.currentToken()) {
            case START_OBJECT -> mapping(tokens, depth, path, line, column);
            case START_ARRAY -> list(tokens, depth, path, line, column);
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL ->
                    yaml != null ? yaml.scalar(line, column) : jsonScalar(tokens, line, column);
            default -> {
                problems.add(new DocumentProblem(file, line, column, "", "unexpected " + tokens.currentToken()));
                yield null;
            }
        };
        if (anchor != null) {
            open.remove(anchor);
            if (node != null) {
                anchors.put(anchor, node);
                sizes.put(node, values - valuesBefore + 1);
            }
        }
        return node;
    }

    /** The value an alias repeats: a scalar placed at the alias, a mapping or list where its anchor stands. */
    private Node alias(String name, int line, int column) {
        Node target = anchors.get(name);
        if (target == null) {
            problems.add(new DocumentProblem(file, line, column, "", open.contains(name)
                    ? "the alias *" + Node.shortened(name) + " stands inside the value it names; a value cannot hold itself"
                    : "the alias *" + Node.shortened(name) + " names no anchor before it; write &"
                    + Node.shortened(name) + " on the value first, or write the value here"));
            return null;
        }
        values += sizes.getOrDefault(target, 1);
        if (values > MAX_VALUES) {
            throw new Refused(new DocumentProblem(file, line, column, "", "the aliases in the document repeat more than "
                    + MAX_VALUES + " values; a facts file has a few hundred"));
        }
        return target instanceof Node.Scalar scalar ? scalar.at(line, column) : target;
    }

    /** A JSON value says its own type: text in quotes, a number, true, false or null. */
    private static Node.Scalar jsonScalar(JsonParser tokens, int line, int column) throws IOException {
        return switch (tokens.currentToken()) {
            case VALUE_STRING -> new Node.Scalar(Node.Scalar.Type.TEXT, tokens.getText(), null, line, column);
            case VALUE_NUMBER_INT -> new Node.Scalar(Node.Scalar.Type.INTEGER, tokens.getBigIntegerValue(), null, line, column);
            case VALUE_NUMBER_FLOAT -> new Node.Scalar(Node.Scalar.Type.DECIMAL, tokens.getDoubleValue(), null, line, column);
            case VALUE_TRUE, VALUE_FALSE -> new Node.Scalar(Node.Scalar.Type.BOOLEAN, tokens.getBooleanValue(), null, line, column);
            default -> new Node.Scalar(Node.Scalar.Type.NULL, null, null, line, column);
        };
    }

    private Node mapping(JsonParser tokens, int depth, String path, int line, int column) throws IOException {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        while (tokens.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation keyAt = tokens.currentTokenLocation();
            String key = tokens.currentName();
            boolean mergeKey = key.equals("<<") && tokens instanceof YamlTokens yaml
                    && yaml.event() instanceof ScalarEvent s && s.isPlain();
            tokens.nextToken();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            Node value = value(tokens, depth + 1, keyPath);
            Node.Entry earlier = entries.get(key);
            if (mergeKey) {
                problems.add(at(keyAt, path, "the merge key << is not supported; write the fields out"));
            } else if (earlier != null) {
                problems.add(at(keyAt, keyPath, "duplicate key; it was already given at line " + earlier.line()
                        + ": keep one of the two"));
            } else {
                entries.put(key, new Node.Entry(key, line(keyAt), column(keyAt), value));
            }
        }
        return new Node.MapNode(entries, line, column);
    }

    private Node list(JsonParser tokens, int depth, String path, int line, int column) throws IOException {
        List<Node> items = new ArrayList<>();
        while (tokens.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(tokens, depth + 1, path + "[" + items.size() + "]"));
        }
        return new Node.ListNode(items, line, column);
    }

    /** A problem at {@code where}, or with the file as a whole when that is not known. */
    private DocumentProblem at(JsonLocation where, String field, String message) {
        return new DocumentProblem(file, line(where), column(where), field, message);
    }

    private int line(JsonLocation where) {
        if (where == null) {
            return 0;
        }
        return yamlText == null ? Math.max(where.getLineNr(), 0) : yamlText.line(where.getCharOffset());
    }

    private int column(JsonLocation where) {
        if (where == null) {
            return 0;
        }
        return yamlText == null ? Math.max(where.getColumnNr(), 0) : yamlText.column(where.getCharOffset());
    }

    /** Stops reading a document that is past a limit; the rest of it is not worth reading. */
    private static final class Refused extends RuntimeException {
        private final transient DocumentProblem problem;

        Refused(DocumentProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private static String shortTag(String tag) {
        return Node.shortened(tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : "!" + tag);
    }

    private static void skip(JsonParser tokens) throws IOException {
        if (tokens.currentToken().isStructStart()) {
            tokens.skipChildren();
        }
    }
}
