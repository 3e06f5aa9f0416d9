package nl.innovatiewijzer.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.document.DocumentParser;
import nl.innovatiewijzer.document.Node;
import nl.innovatiewijzer.document.TreeReader;

/**
 * One section of the texts files that a class of its own reads ({@code limits:}, {@code duties:},
 * {@code levers:}): every texts file that has it, entry by entry. What is wrong with a file as a
 * whole, and every other section, are the {@link TextCatalogue}'s to read and report.
 */
final class TextsSection {

    /** Reads one entry of the section; problems go to {@code in}. */
    interface EntryReader {
        void read(TreeReader in, Node.Entry entry);
    }

    private TextsSection() {
    }

    /**
     * Hands every entry of {@code section} in {@code files} to {@code reader}, in the order of the
     * files; the problems found on the way are added to {@code problems}.
     *
     * @param expected what the section must be, for the message when it is no mapping
     */
    static void read(List<SourceFile> files, String section, String expected, EntryReader reader,
                     List<Problem> problems) {
        for (SourceFile file : files) {
            if (file.isTexts() && new String(file.content(), StandardCharsets.UTF_8).contains(section)) {
                readFile(file, section, expected, reader, problems);
            }
        }
    }

    private static void readFile(SourceFile file, String section, String expected, EntryReader reader,
                                 List<Problem> problems) {
        Node root = DocumentParser.parse(file.shown(), file.content(), false, new ArrayList<>());
        if (!(root instanceof Node.MapNode sections) || !sections.entries().containsKey(section)) {
            return; // what is wrong with the file as a whole, the texts report
        }
        TreeReader in = new TreeReader(file.shown(), new ArrayList<>());
        Node.MapNode entries = in.mapping(sections.entries().get(section).value(), section, expected);
        if (entries != null) {
            for (Node.Entry entry : entries.entries().values()) {
                reader.read(in, entry);
            }
        }
        in.problems().forEach(problem -> problems.add(Problem.of(problem)));
    }
}
