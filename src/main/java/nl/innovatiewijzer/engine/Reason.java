package nl.innovatiewijzer.engine;

import java.util.Arrays;
import java.util.List;
import nl.innovatiewijzer.Language;

/**
 * One line of a {@code because}: either a fact with its value ({@code workingMethod.cycleLengthWeeks = 14}),
 * the same in every language, or a reason from the texts, filled with values. Rules make them
 * with {@link Because#fact} and {@link Because#reason}.
 */
public record Reason(String field, Object value, String reasonId, List<Object> values) {

    static Reason ofFact(String field, Object value) {
        return new Reason(field, value, null, List.of());
    }

    static Reason ofText(String reasonId, Object... values) {
        return new Reason(null, null, reasonId, Arrays.asList(values));
    }

    String render(TextCatalogue texts, Language language) {
        if (reasonId == null) {
            return field + " = " + FactValues.format(value, language);
        }
        return texts.text(TextKind.REASONS, reasonId, language, values.toArray());
    }
}
