package nl.innovatiewijzer.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values the knowledge check tries for a field: true and false, every constant of an enum,
 * and for a number the whole numbers the knowledge base names, each with its neighbours, so that
 * both sides of every threshold are tried; all within the bounds of the facts contract.
 */
final class TrialValues {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("(?<![\\w.{])\\d{1,6}(?![\\w.}])");

    private final Set<Integer> numbers;

    private TrialValues(Set<Integer> numbers) {
        this.numbers = numbers;
    }

    /** The numbers in the rule and texts files, with their neighbours, and 0 and 1. */
    static TrialValues of(List<SourceFile> files) {
        Set<Integer> numbers = new TreeSet<>(List.of(0, 1, 2));
        for (SourceFile file : files) {
            Matcher number = WHOLE_NUMBER.matcher(new String(file.content(), StandardCharsets.UTF_8));
            while (number.find()) {
                int n = Integer.parseInt(number.group());
                numbers.add(n - 1);
                numbers.add(n);
                numbers.add(n + 1);
            }
        }
        return new TrialValues(numbers);
    }

    /** The values to try for a field that holds one value (not a list), unknown left out. */
    List<Object> of(ProjectDraft.Field field) {
        List<Object> values = new ArrayList<>();
        Class<?> type = field.type();
        if (type == Boolean.class) {
            values.add(true);
            values.add(false);
        } else if (type.isEnum()) {
            values.addAll(List.of(type.getEnumConstants()));
        } else if (type == Integer.class || type == Double.class) {
            for (int n : numbers) {
                if (n >= field.min() && n <= field.max()) {
                    values.add(type == Integer.class ? (Object) n : (Object) (double) n);
                }
            }
        }
        return values;
    }
}
