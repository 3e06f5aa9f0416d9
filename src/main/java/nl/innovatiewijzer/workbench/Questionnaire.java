package nl.innovatiewijzer.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.reference.FactField;

/**
 * The questions of a project page: every section of the facts format with its facts in plain
 * words (their names and meanings from {@code rules/facts.yaml}), each with the answer the
 * project's facts give now. A list of items (team members, partners) is asked by the value that
 * names each item, as the interview asks it; the other fields of its items stay as the file has them.
 */
final class Questionnaire {

    private final Labels words;
    private final Map<String, Object> facts;

    Questionnaire(Labels words, Map<String, Object> facts) {
        this.words = words;
        this.facts = facts;
    }

    /** The sections with questions, in the order of the facts format. */
    List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        for (FactField section : FactField.sections()) {
            List<Question> questions = new ArrayList<>();
            collect(section, questions);
            if (!questions.isEmpty()) {
                sections.add(new Section(section.path(), words.text("fact." + section.path()),
                        words.text("fact." + section.path() + ".meaning"), questions));
            }
        }
        return sections;
    }

    private void collect(FactField holder, List<Question> questions) {
        for (FactField field : holder.fields()) {
            switch (field.kind()) {
                case SECTION -> collect(field, questions);
                case ITEMS -> field.fields().stream()
                        .filter(item -> item.required() && item.kind() == FactField.Kind.VALUE)
                        .findFirst()
                        .ifPresent(key -> questions.add(question(field, key)));
                default -> questions.add(question(field, field));
            }
        }
    }

    private Question question(FactField field, FactField answer) {
        Object value = value(field.path());
        List<Choice> choices = new ArrayList<>();
        if (answer.kind() == FactField.Kind.BOOLEAN) {
            choices.add(new Choice("true", words.text("value.yes"), Boolean.TRUE.equals(value)));
            choices.add(new Choice("false", words.text("value.no"), Boolean.FALSE.equals(value)));
        }
        for (String spelling : answer.values()) {
            choices.add(new Choice(spelling, answer.word(words, spelling), chosen(field, answer, value, spelling)));
        }
        String text = value == null || value instanceof List || value instanceof Map ? "" : String.valueOf(value);
        return new Question(field.path(), field.kind(), field.kind() == FactField.Kind.ITEMS ? answer.name() : "",
                words.text("fact." + field.path()), words.text("fact." + field.path() + ".meaning"),
                value == null, text, choices);
    }

    private static boolean chosen(FactField field, FactField answer, Object value, String spelling) {
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(item -> spelling.equals(item)
                    || item instanceof Map<?, ?> map && spelling.equals(map.get(answer.name())));
        }
        return field.kind() == FactField.Kind.VALUE && spelling.equals(value);
    }

    private Object value(String path) {
        Object at = facts;
        for (String part : path.split("\\.")) {
            if (!(at instanceof Map<?, ?> map)) {
                return null;
            }
            at = map.get(part);
        }
        return at;
    }

    /** One section of the facts format: {@code team}, with its name, meaning and questions. */
    record Section(String path, String name, String meaning, List<Question> questions) {
    }

    /**
     * One question.
     *
     * @param path    the fact's field path, e.g. {@code team.motivation}
     * @param kind    what kind of value it takes
     * @param itemKey for a list of items, the field that names each item (e.g. {@code role}); empty otherwise
     * @param unknown whether the facts leave it out: "do not know"
     * @param text    the value as typed, for a question answered in a text box
     * @param choices the answers to choose from, for yes/no and fixed lists
     */
    record Question(String path, FactField.Kind kind, String itemKey, String name, String meaning,
                    boolean unknown, String text, List<Choice> choices) {

        /** Answered by choosing one from a list: yes or no, or a value of a fixed list. */
        boolean select() {
            return kind == FactField.Kind.VALUE || kind == FactField.Kind.BOOLEAN;
        }

        /** Answered by ticking any number of values. */
        boolean several() {
            return kind == FactField.Kind.VALUES || kind == FactField.Kind.ITEMS;
        }

        boolean date() {
            return kind == FactField.Kind.DATE;
        }

        String id() {
            return "q-" + path.replace('.', '-');
        }
    }

    /** One answer to choose, by its spelling in a facts file and its word. */
    record Choice(String value, String word, boolean chosen) {
    }
}
