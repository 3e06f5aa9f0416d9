package nl.innovatiewijzer.report;

import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.Evidence;
import nl.innovatiewijzer.KnowledgeBaseInfo;
import nl.innovatiewijzer.Labels;

/**
 * The technical part of a report that {@code assess --explain} adds and the plain report leaves
 * out: the facts as field paths with their values as a facts file writes them, and the footer's
 * words. Shared by the renderers, so every format says the same.
 */
final class Explanation {

    /** The name of the shipped knowledge base in {@link KnowledgeBaseInfo#source()}. */
    private static final String SHIPPED = "rules";

    private Explanation() {
    }

    /** Each fact as {@code field = value}, e.g. {@code projectLeader.assigned = false}. */
    static List<String> facts(List<Evidence> evidence) {
        List<String> lines = new ArrayList<>(evidence.size());
        for (Evidence fact : evidence) {
            lines.add(fact.field() + " = " + value(fact.value()));
        }
        return lines;
    }

    /** "This advice comes from the Innovatiewijzer knowledge base: 74 rules in 10 files." */
    static String footer(KnowledgeBaseInfo kb, Labels lang) {
        String source = SHIPPED.equals(kb.source()) ? Label.KNOWLEDGE_BASE_SHIPPED.in(lang)
                : Label.KNOWLEDGE_BASE_FOLDER.in(lang, kb.source());
        return Label.KNOWLEDGE_BASE_FOOTER.in(lang, source, kb.rules(), kb.files());
    }

    private static String value(Object value) {
        if (value instanceof List<?> items) {
            List<String> written = new ArrayList<>(items.size());
            items.forEach(item -> written.add(value(item)));
            return "[" + String.join(", ", written) + "]";
        }
        return String.valueOf(value);
    }
}
