package nl.innovatiewijzer.rules;

import java.util.List;

/**
 * One line of a {@code because}: either a fact with its value ({@code workingMethod.cycleLengthWeeks = 14}),
 * or a reason from the texts, filled with values. Rules make them with {@link Because#fact} and
 * {@link Because#reason}.
 *
 * @param field    the fact's field path, or null for a reason from the texts
 * @param value    the fact's value
 * @param reasonId the id of the reason in the {@code reasons} texts, or null for a fact
 * @param values   the values that fill the reason's {0}, {1}, ...
 */
public record Reason(String field, Object value, String reasonId, List<Object> values) {

    /** True when this is a fact with its value rather than a reason from the texts. */
    public boolean isFact() {
        return reasonId == null;
    }
}
