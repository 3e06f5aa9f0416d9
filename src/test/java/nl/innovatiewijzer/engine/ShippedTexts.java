package nl.innovatiewijzer.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.KnowledgeBaseException;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Problem;

/**
 * The texts of the knowledge base in {@code rules/}, for tests outside the engine that write or
 * check what advisers read; read once, as the compiler reads them, without compiling the rules.
 */
public final class ShippedTexts {

    private static final class Compiled {
        static final TextCatalogue TEXTS = read();

        private static TextCatalogue read() {
            List<Problem> problems = new ArrayList<>();
            TextCatalogue texts = TextCatalogue.read(RuleFiles.fromDirectory(Path.of("rules")).files(), problems);
            if (!problems.isEmpty()) {
                throw new KnowledgeBaseException(problems);
            }
            return texts;
        }
    }

    private ShippedTexts() {
    }

    /** A limit of the knowledge base: its name, its value with its unit, what it means, and where it is written. */
    public record Limit(String name, String value, String unit, String meaning, String file, int line) {
    }

    /** The limits in {@code rules/}, in the order they are written, with their meaning in {@code language}. */
    public static List<Limit> limits(Language language) {
        return Compiled.TEXTS.limits().all().stream()
                .map(limit -> new Limit(limit.name(), limit.written(), limit.unit(), limit.meaning(language),
                        limit.file(), limit.line()))
                .toList();
    }

    /** The text of {@code id} in {@code section} (factors, findings, actions, questions, obligations, reasons). */
    public static String text(String section, String id, Language language) {
        return Compiled.TEXTS.text(kind(section), id, language);
    }

    /** One part of a text with parts, such as an action's {@code title}. */
    public static String text(String section, String id, String part, Language language) {
        return Compiled.TEXTS.text(kind(section), id, part, language);
    }

    private static TextKind kind(String section) {
        for (TextKind kind : TextKind.values()) {
            if (kind.section().equals(section)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no section " + section);
    }
}
