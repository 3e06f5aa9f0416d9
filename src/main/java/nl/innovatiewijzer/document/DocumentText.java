package nl.innovatiewijzer.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The text of a document, decoded strictly from UTF-8, with its places counted as an editor counts
 * them: a line ends at LF, CR or CRLF. YAML also ends a line at U+2028, U+2029 and NEL (U+0085),
 * which an editor shows inside a line, so a YAML place is found here from its offset instead.
 */
final class DocumentText {

    private final String text;
    /** The offset, in code points, at which each line starts. */
    private final int[] starts;

    private DocumentText(String text) {
        this.text = text;
        int[] found = new int[64];
        int lines = 1;
        int offset = 0;
        for (int i = 0; i < text.length(); offset++) {
            char c = text.charAt(i);
            i += Character.isHighSurrogate(c) && i + 1 < text.length() ? 2 : 1;
            if (c == '\n' || c == '\r' && (i >= text.length() || text.charAt(i) != '\n')) {
                if (lines == found.length) {
                    found = Arrays.copyOf(found, lines * 2);
                }
                found[lines++] = offset + 1;
            }
        }
        this.starts = Arrays.copyOf(found, lines);
    }

    /** The text of {@code bytes}, without a byte order mark, or null after reporting why it is not UTF-8 text. */
    static DocumentText decode(String file, byte[] bytes, List<DocumentProblem> problems) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.add(new DocumentProblem(file, lineOfByte(bytes, i), 0, "",
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
            problems.add(new DocumentProblem(file, lineOfByte(bytes, in.position()), 0, "",
                    "the file is not UTF-8 text (byte " + (in.position() + 1) + "); save it as UTF-8"));
            return null;
        }
        String text = out.flip().toString();
        return new DocumentText(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** The text itself. */
    String text() {
        return text;
    }

    /** The 1-based line of the code point at {@code offset}, or 0 when the offset is not known. */
    int line(long offset) {
        return offset < 0 ? 0 : lineIndex(offset) + 1;
    }

    /** The 1-based column of the code point at {@code offset}, or 0 when the offset is not known. */
    int column(long offset) {
        return offset < 0 ? 0 : (int) (offset - starts[lineIndex(offset)]) + 1;
    }

    /** The text of the 1-based {@code line}, without its line break; empty past the last line. */
    String lineText(int line) {
        if (line < 1 || line > starts.length) {
            return "";
        }
        int from = text.offsetByCodePoints(0, starts[line - 1]);
        int to = line < starts.length ? text.offsetByCodePoints(from, starts[line] - starts[line - 1]) : text.length();
        String found = text.substring(from, to);
        return found.replaceFirst("(\r\n|\r|\n)$", "");
    }

    /** The first of U+2028, U+2029 and NEL on the line of {@code offset}, or 0 when it has none. */
    char separatorOnLineOf(long offset) {
        if (offset < 0) {
            return 0;
        }
        int index = lineIndex(offset);
        int from = text.offsetByCodePoints(0, starts[index]);
        int to = index + 1 < starts.length ? text.offsetByCodePoints(from, starts[index + 1] - starts[index]) : text.length();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return c;
            }
        }
        return 0;
    }

    private int lineIndex(long offset) {
        int found = Arrays.binarySearch(starts, (int) Math.min(offset, Integer.MAX_VALUE));
        return found >= 0 ? found : -found - 2;
    }

    /** The 1-based line of the byte at {@code index}, counted as an editor counts lines. */
    static int lineOfByte(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }
}
