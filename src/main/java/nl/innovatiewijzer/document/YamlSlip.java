package nl.innovatiewijzer.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The common slips of someone who writes YAML by hand, told from what the YAML parser stumbled
 * on: a text with ": " or " #" in it that needs quotes, a brace not closed on its line, more
 * after a closing quote, a line indented too far or too little, a tab. Each is placed where the
 * slip is (which need not be where the parser noticed it) and says what to write instead.
 */
final class YamlSlip {

    private static final Pattern GOT = Pattern.compile("but got (\\S+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");
    private static final Pattern CANNOT_START = Pattern.compile("found character '(.)' that cannot start any token");

    private final String file;
    private final DocumentText text;

    private YamlSlip(String file, DocumentText text) {
        this.file = file;
        this.text = text;
    }

    /** The slip behind {@code e}, or null when it is not one of those known. */
    static DocumentProblem explain(String file, DocumentText text, MarkedYAMLException e) {
        return new YamlSlip(file, text).explain(e);
    }

    private DocumentProblem explain(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        int at = e.getProblemMark().getIndex();
        int contextAt = e.getContextMark() == null ? -1 : e.getContextMark().getIndex();
        if (problem.startsWith("mapping values are not allowed")) {
            return mappingValue(at);
        }
        if (context.contains("flow mapping") || context.contains("flow sequence")) {
            return flow(at, contextAt, problem);
        }
        if (problem.contains("expected <block end>")) {
            return blockEnd(at, problem);
        }
        if (problem.contains("(TAB)")) {
            Place tab = new Place(at);
            return tab.line.substring(0, tab.index).isBlank()
                    ? problem(tab, "a tab indents this line; YAML indents with spaces only: replace the tab with spaces")
                    : problem(tab, "a tab stands here; YAML separates with spaces only: replace the tab with a space");
        }
        Matcher cannotStart = CANNOT_START.matcher(problem);
        if (cannotStart.find()) {
            return startsWithSign(new Place(at), cannotStart.group(1));
        }
        if (problem.startsWith("sequence entries are not allowed")) {
            return startsWithSign(new Place(at), "- ");
        }
        if (context.contains("quoted scalar") && problem.contains("end of stream") && contextAt >= 0) {
            return problem(new Place(contextAt), "the text in quotes that starts here is never closed; end it with the "
                    + "same quote on its line");
        }
        if (context.contains("simple key") && problem.contains("could not find expected ':'") && contextAt >= 0) {
            Place line = new Place(contextAt).firstOfLine();
            return problem(line, "this line has no key followed by ': '; a text that goes on over more lines is put "
                    + "in double quotes, and every other line is key: value");
        }
        return null;
    }

    /** ": " where YAML cannot take a key: in a text, after a key without a space, or on a line indented too far. */
    private DocumentProblem mappingValue(int at) {
        Place colon = new Place(at);
        int separator = colon.line.indexOf(": ");
        if (separator >= 0 && separator < colon.index) {
            return quoteIt(colon, colon.line, "the text holds ': ' (a colon and a space), which YAML reads as the start "
                    + "of a key");
        }
        Place above = colon.lineAbove();
        if (above == null) {
            return null;
        }
        Matcher glued = Pattern.compile("^(\\s*[^\\s:#]+):(\\S.*)$").matcher(above.line);
        if (glued.matches() && !above.line.contains(": ")) {
            return problem(above.at(glued.end(1)), "a key is followed by ': ' (a colon and a space); write "
                    + glued.group(1).strip() + ": " + glued.group(2));
        }
        Place first = colon.firstOfLine();
        if (first.index > indent(above.line) && above.line.matches("\\s*[^\\s:#][^:#]*: \\S.*")) {
            return problem(first, "this line is indented further than line " + above.number + " above it, so YAML reads "
                    + "it as more of that line's text; indent it as far as the key it stands beside");
        }
        return problem(colon, "a ': ' here starts a key where none can stand; put a text that holds ': ' in double "
                + "quotes, and indent the keys of one mapping equally");
    }

    private DocumentProblem flow(int at, int open, String problem) {
        Place place = new Place(at);
        if (open >= 0) {
            Place bracket = new Place(open);
            Matcher comment = Pattern.compile("\\s#").matcher(bracket.line);
            if (comment.find(bracket.index) && !insideQuotes(bracket.line, comment.start())) {
                Place hash = bracket.at(comment.start() + 1);
                return quoteIt(hash, segment(bracket.line, bracket.index, hash.index), "the text stops at ' #': "
                        + "everything after it is read as a comment, so the " + bracket.line.charAt(bracket.index)
                        + " is never closed");
            }
            if (bracket.number != place.number) {
                return problem(bracket, bracket.line.charAt(bracket.index) == '{'
                        ? "the { is not closed with } on its line; end it there, and put a text that holds a comma in "
                        + "double quotes"
                        : "the [ is not closed with ] on its line; end the list there, or put a text that starts with [ "
                        + "in double quotes");
            }
        }
        DocumentProblem quote = afterQuote(place);
        if (quote != null) {
            return quote;
        }
        Matcher got = GOT.matcher(problem);
        String sign = got.find() ? got.group(1) : "";
        if ((sign.equals(":") || sign.equals("?")) && place.index > 0 && place.line.charAt(place.index - 1) == sign.charAt(0)) {
            place = place.at(place.index - 1);
        }
        String why = switch (sign) {
            case ":" -> "the text holds ': ' (a colon and a space), which YAML reads as the start of a key";
            case "?" -> "the text holds '? ' (a question mark and a space), which YAML reads as the start of a key";
            case "{" -> PLACEHOLDER.matcher(place.line).region(place.index, place.line.length()).lookingAt()
                    ? "the text holds a placeholder such as {0}, which YAML reads as a mapping of its own"
                    : "found { inside a text between { and }";
            default -> "found " + sign + " inside the brackets, where a text that holds , : ? # [ ] { } must be in quotes";
        };
        int start = open >= 0 && new Place(open).number == place.number ? new Place(open).index : -1;
        return quoteIt(place, segment(place.line, start, place.index), why);
    }

    private DocumentProblem blockEnd(int at, String problem) {
        Place place = new Place(at);
        DocumentProblem quote = afterQuote(place);
        if (quote != null) {
            return quote;
        }
        if (problem.contains("<block mapping start>") || problem.contains("<block sequence start>")) {
            Place first = place.firstOfLine();
            return problem(first, "this line is indented " + first.index + " spaces, as far as none of the keys above "
                    + "it; indent it as far as the keys it belongs with");
        }
        return null;
    }

    /** More after the closing quote of a text: a quote inside the text, or words after it. */
    private DocumentProblem afterQuote(Place place) {
        int before = place.index - 1;
        while (before >= 0 && place.line.charAt(before) == ' ') {
            before--;
        }
        if (before < 0 || place.line.charAt(before) != '"' && place.line.charAt(before) != '\'') {
            return null;
        }
        char quote = place.line.charAt(before);
        return problem(place.at(before), "the text in quotes ends at this " + quote + ", and more follows it; put the "
                + "whole text in quotes, and write a " + quote + " inside it as " + (quote == '"' ? "\\\"" : "''"));
    }

    /** A text that starts with a sign YAML reads as its own, such as @ or "- ". */
    private DocumentProblem startsWithSign(Place place, String sign) {
        int separator = place.line.indexOf(": ");
        String why = "a text that starts with " + sign.strip() + " goes in double quotes";
        if (separator >= 0 && separator < place.index) {
            return quoteIt(place, place.line, why);
        }
        return problem(place, why + "; a list item '- ' stands on a line of its own, under its key");
    }

    /** The problem {@code why}, with the {@code key: value} of {@code written} shown in double quotes. */
    private DocumentProblem quoteIt(Place place, String written, String why) {
        int separator = written.indexOf(": ");
        if (separator < 0) {
            return problem(place, why + "; put the whole text in double quotes");
        }
        String key = written.substring(0, separator).strip().replaceFirst("^- ", "");
        String value = written.substring(separator + 2).strip();
        return problem(place, why + "; put the whole text in double quotes: " + key + ": \""
                + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }

    /**
     * The {@code key: value} around {@code index} between the commas of the brackets opened at
     * {@code open} (-1 when not known: then from the comma or bracket before it), braces inside a
     * text, such as those of {0}, taken as part of it.
     */
    private static String segment(String line, int open, int index) {
        int start = open >= 0 ? open + 1 : Math.max(line.lastIndexOf('{', index - 1), line.lastIndexOf(',', index - 1)) + 1;
        int depth = 0;
        boolean quoted = false;
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == ',' || c == '}' || c == ']')) {
                if (i >= index) {
                    return line.substring(start, i);
                }
                start = i + 1;
            }
        }
        return line.substring(start);
    }

    private static boolean insideQuotes(String line, int index) {
        boolean inside = false;
        for (int i = 0; i < index; i++) {
            if (line.charAt(i) == '"') {
                inside = !inside;
            }
        }
        return inside;
    }

    private static int indent(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    private DocumentProblem problem(Place place, String message) {
        return new DocumentProblem(file, place.number, place.column(), "", "not valid YAML: " + message);
    }

    /** A place in the text: its line's number and text, and the index of the place in that line. */
    private final class Place {
        final int number;
        final String line;
        final int index;

        Place(int offset) {
            this(text.line(offset), text.column(offset) - 1);
        }

        private Place(int number, int column) {
            this.number = number;
            this.line = text.lineText(number);
            this.index = Math.min(line.length(), line.offsetByCodePoints(0, Math.min(column, line.codePointCount(0, line.length()))));
        }

        private Place(int number, String line, int index) {
            this.number = number;
            this.line = line;
            this.index = index;
        }

        int column() {
            return line.codePointCount(0, index) + 1;
        }

        Place at(int otherIndex) {
            return new Place(number, line, otherIndex);
        }

        Place firstOfLine() {
            return at(indent(line));
        }

        /** The nearest line above with more than a comment on it, or null. */
        Place lineAbove() {
            for (int above = number - 1; above >= 1; above--) {
                String written = text.lineText(above);
                if (!written.isBlank() && !written.strip().startsWith("#")) {
                    return new Place(above, written, 0);
                }
            }
            return null;
        }
    }
}
