package nl.innovatiewijzer;

import java.util.Map;

/**
 * The fixed words of a report (headings, labels, the names of statuses, priorities and states of
 * a duty) in one language, as the knowledge base's {@code labels:} texts write them, so that an
 * adviser changes them in {@code rules/} like every other word a user reads.
 *
 * @param language the language of the words
 * @param words    the text of each label id, with {0}, {1}, ... where a value goes
 */
public record Labels(Language language, Map<String, String> words) {

    public Labels {
        words = Map.copyOf(words);
    }

    /** No words at all: every label shows as its id. For assessments made without a knowledge base. */
    public static Labels none(Language language) {
        return new Labels(language, Map.of());
    }

    /**
     * The label with this id, with {0}, {1}, ... replaced by the values given; the id itself in
     * brackets when the knowledge base has no such label, so that a missing word shows rather than breaks.
     */
    public String text(String id, Object... values) {
        String text = words.get(id);
        if (text == null) {
            return "[" + id + "]";
        }
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }
}
