package nl.innovatiewijzer.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.reference.FactField;

/**
 * What answers one fact allows, in words, and how a typed answer becomes the fact's value: yes or
 * no, a number within the fact model's limits, a value of a fixed list by its word (or its number
 * in the list, or its spelling in a facts file), or several of them separated by commas. A list
 * of items (team members, partners) is answered by the value each item must have, such as roles.
 *
 * @param field  the fact's field, as the fact model declares it
 * @param answer the field the typed words fill: the field itself, or the required value of each item
 * @param words   the words of the knowledge base, in the language of the interview
 * @param ofItems whether the field belongs to the items of a list (each supplier's), so that it
 *                can only be answered once the list has items
 */
record FactQuestion(FactField field, FactField answer, Labels words, boolean ofItems) {

    /** The outcome of reading one answer: the value to write, or why the answer does not fit. */
    record Reading(Object value, String problem) {
    }

    /** The question for this field, or empty when it cannot be answered in one line. */
    static Optional<FactQuestion> of(String path, Labels words) {
        Optional<FactField> field = field(path);
        if (field.isEmpty() || field.get().kind() == FactField.Kind.SECTION) {
            return Optional.empty();
        }
        boolean ofItems = path.contains(".") && field(path.substring(0, path.lastIndexOf('.')))
                .map(holder -> holder.kind() == FactField.Kind.ITEMS).orElse(false);
        if (field.get().kind() == FactField.Kind.ITEMS) {
            return field.get().fields().stream()
                    .filter(f -> f.required() && f.kind() == FactField.Kind.VALUE)
                    .findFirst()
                    .map(value -> new FactQuestion(field.get(), value, words, ofItems));
        }
        return Optional.of(new FactQuestion(field.get(), field.get(), words, ofItems));
    }

    private static Optional<FactField> field(String path) {
        return FactField.sections().stream().flatMap(section -> section.withAllBelow().stream())
                .filter(field -> field.path().equals(path)).findFirst();
    }

    /** Whether several values may be given, separated by commas. */
    boolean several() {
        return field.kind() == FactField.Kind.VALUES || field.kind() == FactField.Kind.ITEMS;
    }

    /** The answers allowed, in words: "1 laag, 2 gemiddeld, 3 hoog", "ja of nee", "een heel getal van 0 tot 80". */
    String allowed() {
        String allowed = switch (answer.kind()) {
            case BOOLEAN -> words.text("interview-answers-yes-no");
            case WHOLE_NUMBER -> answer.max() == null
                    ? words.text("interview-answers-whole-from", whole(answer.min()))
                    : words.text("interview-answers-whole", whole(answer.min()), whole(answer.max()));
            case NUMBER -> words.text("interview-answers-number", whole(answer.min() == null ? 0.0 : answer.min()));
            case VALUE, VALUES -> numbered();
            default -> words.text("interview-answers-text");
        };
        return several() ? words.text("interview-answers-several", allowed, words.text("value.none"))
                : words.text("interview-answers", allowed);
    }

    /** The value of the typed answer, or why it does not fit. */
    Reading read(String typed) {
        String answer = typed.strip();
        if (several()) {
            if (answer.equalsIgnoreCase(words.text("value.none")) || answer.equalsIgnoreCase("none")
                    || answer.equals("[]")) {
                return new Reading(List.of(), null);
            }
            List<Object> values = new ArrayList<>();
            for (String part : answer.split(",")) {
                String one = part.strip();
                String value = constant(one);
                if (value == null) {
                    return wrong(one.isEmpty() ? typed : one);
                }
                values.add(field.kind() == FactField.Kind.ITEMS ? item(value) : value);
            }
            return new Reading(values, null);
        }
        Object value = switch (this.answer.kind()) {
            case BOOLEAN -> yesOrNo(answer);
            case WHOLE_NUMBER -> wholeNumber(answer);
            case NUMBER -> number(answer);
            case VALUE -> constant(answer);
            default -> answer.isEmpty() ? null : answer;
        };
        return value == null ? wrong(typed) : new Reading(value, null);
    }

    private Map<String, Object> item(String value) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put(answer.name(), value);
        return item;
    }

    private Reading wrong(String typed) {
        String expected = words.text("interview-expected", allowed().replaceFirst("^[^:]*: ", ""));
        return new Reading(null, words.text("interview-wrong", typed.strip(), expected));
    }

    private Boolean yesOrNo(String answer) {
        String lower = answer.toLowerCase(Locale.ROOT);
        String yes = words.text("value.yes").toLowerCase(Locale.ROOT);
        String no = words.text("value.no").toLowerCase(Locale.ROOT);
        if (lower.equals(yes) || List.of("ja", "j", "yes", "y", "true").contains(lower)) {
            return true;
        }
        if (lower.equals(no) || List.of("nee", "n", "no", "false").contains(lower)) {
            return false;
        }
        return null;
    }

    private Integer wholeNumber(String answer) {
        try {
            int value = Integer.parseInt(answer);
            boolean fits = (answer().min() == null || value >= answer().min())
                    && (answer().max() == null || value <= answer().max());
            return fits ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Double number(String answer) {
        try {
            double value = Double.parseDouble(answer.replace(" ", "").replace(',', '.'));
            boolean fits = Double.isFinite(value) && (answer().min() == null || value >= answer().min())
                    && (answer().max() == null || value <= answer().max());
            return fits ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value in the contract's spelling that the answer names by word, number or spelling; null if none. */
    private String constant(String typed) {
        List<String> values = answer.values();
        try {
            int number = Integer.parseInt(typed);
            return number >= 1 && number <= values.size() ? values.get(number - 1) : null;
        } catch (NumberFormatException e) {
            // a word, not a number
        }
        for (String value : values) {
            if (value.equalsIgnoreCase(typed) || word(value).equalsIgnoreCase(typed)) {
                return value;
            }
        }
        return null;
    }

    private String numbered() {
        List<String> shown = new ArrayList<>();
        List<String> values = answer.values();
        for (int i = 0; i < values.size(); i++) {
            shown.add((i + 1) + " " + word(values.get(i)));
        }
        return String.join(", ", shown);
    }

    /** The word for a value, from {@code value.<kind>.<value>}; its spelling when the texts have no word. */
    String word(String value) {
        return answer.word(words, value);
    }

    private static String whole(Double number) {
        return number == null ? "0" : String.valueOf(number.longValue());
    }
}
