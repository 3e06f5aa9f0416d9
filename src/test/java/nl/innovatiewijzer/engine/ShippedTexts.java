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
