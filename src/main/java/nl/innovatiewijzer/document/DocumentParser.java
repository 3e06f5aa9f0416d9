package nl.innovatiewijzer.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the bytes of a YAML or JSON document into a {@link Node} tree, safely: bounded size,
 * nesting and alias expansion, strict UTF-8, no duplicate keys, no custom YAML tags. Nothing in
 * the document is turned into a Java object other than text, numbers and booleans.
 */
public final class DocumentParser {

    public static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_DEPTH = 40;
    /** Values in the document after aliases are followed; a facts file has a few hundred. */
    static final int MAX_VALUES = 100_000;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    private static final YAMLFactory YAML = yamlFactory();

    /** The tags of plain YAML values; any other tag asks for a type, which a facts file never needs. */
    private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "seq", "map")
            .stream().map(t -> "tag:yaml.org,2002:" + t).collect(Collectors.toUnmodifiableSet());

    private final String file;
    private final List<DocumentProblem> problems;
    private final Map<String, Node> anchors = new HashMap<>();
    private final Map<Node, Integer> sizes = new IdentityHashMap<>();
    private int values;

    private DocumentParser(String file, List<DocumentProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowDuplicateKeys(true); // found and reported below, with both places
        return YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .build();
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
        String text = decode(file, bytes, problems);
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            problems.add(DocumentProblem.inFile(file, "the file is empty; a facts file needs at least project.name"));
            return null;
        }
        DocumentParser parser = new DocumentParser(file, problems);
        try (JsonParser tokens = json ? JSON.createParser(text) : YAML.createParser(text)) {
            if (tokens.nextToken() == null) {
                problems.add(DocumentProblem.inFile(file, "the file holds no document; a facts file needs at least project.name"));
                return null;
            }
            Node root = parser.value(tokens, 0, "");
            if (root != null && tokens.nextToken() != null) {
                JsonLocation at = tokens.currentTokenLocation();
                problems.add(new DocumentProblem(file, at.getLineNr(), at.getColumnNr(), "",
                        "a second document follows the first; a facts file holds one project"));
                return null;
            }
            return root;
        } catch (Refused e) {
            problems.add(e.problem);
            return null;
        } catch (StreamConstraintsException e) {
            problems.add(DocumentProblem.inFile(file, "the document nests deeper than " + MAX_DEPTH + " levels"));
            return null;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                String context = yaml.getContext() == null ? "" : yaml.getContext() + ": ";
                problems.add(new DocumentProblem(file, yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1, "",
                        "not valid YAML: " + context + yaml.getProblem()));
                return null;
            }
            JsonLocation at = e.getLocation();
            problems.add(new DocumentProblem(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                    "not valid " + (json ? "JSON" : "YAML") + ": " + firstLine(e.getOriginalMessage())));
            return null;
        } catch (IOException | RuntimeException e) {
            // snakeyaml reports some limits (nesting, aliases, size) as unchecked exceptions
            problems.add(DocumentProblem.inFile(file, "not valid " + (json ? "JSON" : "YAML") + ": " + firstLine(e.getMessage())));
            return null;
        } catch (StackOverflowError e) {
            problems.add(DocumentProblem.inFile(file, "the document nests too deeply"));
            return null;
        }
    }

    private static String decode(String file, byte[] bytes, List<DocumentProblem> problems) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.add(new DocumentProblem(file, lineAt(bytes, i), 0, "",
                        "the file holds binary data (a NUL byte); a facts file is UTF-8 text"));
                return null;
            }
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            problems.add(new DocumentProblem(file, lineAt(bytes, in.position()), 0, "",
                    "the file is not UTF-8 text (byte " + (in.position() + 1) + "); save it as UTF-8"));
            return null;
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.strip().lines().findFirst().orElse("unreadable");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    private Node value(JsonParser tokens, int depth, String path) throws IOException {
        JsonLocation at = tokens.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (depth > MAX_DEPTH) {
            throw new Refused(new DocumentProblem(file, line, column, "", "the document nests deeper than " + MAX_DEPTH + " levels"));
        }
        if (++values > MAX_VALUES) {
            throw new Refused(new DocumentProblem(file, line, column, "", "the document has more than " + MAX_VALUES
                    + " values (counting what aliases repeat); a facts file has a few hundred"));
        }
        if (tokens instanceof YAMLParser yaml) {
            if (yaml.isCurrentAlias()) {
                Node target = anchors.get(tokens.getText());
                if (target == null) {
                    problems.add(new DocumentProblem(file, line, column, "", "the alias *" + tokens.getText() + " names no anchor"));
                }
                values += target == null ? 0 : sizes.getOrDefault(target, 1);
                if (values > MAX_VALUES) {
                    throw new Refused(new DocumentProblem(file, line, column, "", "the aliases in the document repeat more than "
                            + MAX_VALUES + " values; a facts file has a few hundred"));
                }
                return target;
            }
            String tag = yaml.getTypeId();
            if (tag != null && !CORE_TAGS.contains(tag)) {
                problems.add(new DocumentProblem(file, line, column, "", "the YAML tag " + shortTag(tag)
                        + " is not allowed; a facts file holds plain values only"));
                skip(tokens);
                return null;
            }
        }
        String anchor = tokens instanceof YAMLParser yaml ? yaml.getObjectId() : null;
        int valuesBefore = values;
        Node node = switch (tokens.currentToken()) {
            case START_OBJECT -> mapping(tokens, depth, path, line, column);
            case START_ARRAY -> list(tokens, depth, path, line, column);
            case VALUE_STRING -> new Node.Scalar(Node.Scalar.Type.TEXT, tokens.getText(), line, column);
            case VALUE_NUMBER_INT -> new Node.Scalar(Node.Scalar.Type.INTEGER, tokens.getBigIntegerValue(), line, column);
            case VALUE_NUMBER_FLOAT -> new Node.Scalar(Node.Scalar.Type.DECIMAL, tokens.getDoubleValue(), line, column);
            case VALUE_TRUE, VALUE_FALSE -> new Node.Scalar(Node.Scalar.Type.BOOLEAN, tokens.getBooleanValue(), line, column);
            case VALUE_NULL -> new Node.Scalar(Node.Scalar.Type.NULL, null, line, column);
            default -> {
                problems.add(new DocumentProblem(file, line, column, "", "unexpected " + tokens.currentToken()));
                yield null;
            }
        };
        if (anchor != null && node != null) {
            anchors.put(anchor, node);
            sizes.put(node, values - valuesBefore + 1);
        }
        return node;
    }

    private Node mapping(JsonParser tokens, int depth, String path, int line, int column) throws IOException {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        while (tokens.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation keyAt = tokens.currentTokenLocation();
            String key = tokens.currentName();
            tokens.nextToken();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            Node value = value(tokens, depth + 1, keyPath);
            Node.Entry earlier = entries.get(key);
            if (earlier != null) {
                problems.add(new DocumentProblem(file, keyAt.getLineNr(), keyAt.getColumnNr(), keyPath,
                        "duplicate key; it was already given at line " + earlier.line()));
            } else {
                entries.put(key, new Node.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
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

    /** Stops reading a document that is past a limit; the rest of it is not worth reading. */
    private static final class Refused extends RuntimeException {
        private final transient DocumentProblem problem;

        Refused(DocumentProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : "!" + tag;
    }

    private static void skip(JsonParser tokens) throws IOException {
        if (tokens.currentToken().isStructStart()) {
            tokens.skipChildren();
        }
    }
}
