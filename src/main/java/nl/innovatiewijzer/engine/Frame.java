package nl.innovatiewijzer.engine;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.Language;

/**
 * What the texts of a knowledge base say around the rules: which factors there are and in which
 * order, the order of the duties, and the report's words in each language. Worked out once per
 * knowledge base, as every assessment uses it.
 *
 * @param factors the factor ids, as the {@code factors:} texts list them
 * @param duties  the obligation ids, as the {@code obligations:} texts list them
 * @param labels  the report's words per language, from the {@code labels:} texts
 */
record Frame(List<String> factors, List<String> duties, Map<Language, Labels> labels) {

    static Frame of(TextCatalogue texts) {
        Map<Language, Labels> labels = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> words = new LinkedHashMap<>();
            for (String id : texts.ids(TextKind.LABELS)) {
                words.put(id, texts.text(TextKind.LABELS, id, language));
            }
            labels.put(language, new Labels(language, words));
        }
        return new Frame(List.copyOf(texts.ids(TextKind.FACTORS)), List.copyOf(texts.ids(TextKind.OBLIGATIONS)),
                labels);
    }

    /** The place of a duty in reports; a duty the texts do not list comes after those they do. */
    int dutyRank(String id) {
        int rank = duties.indexOf(id);
        return rank < 0 ? duties.size() : rank;
    }
}
