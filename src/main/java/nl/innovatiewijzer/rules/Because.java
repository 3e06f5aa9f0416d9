package nl.innovatiewijzer.rules;

import java.util.Arrays;
import java.util.List;

/**
 * The functions a rule uses to say why it fired; rule files import them with
 * {@code import function nl.innovatiewijzer.rules.Because.fact;} and
 * {@code import function nl.innovatiewijzer.rules.Because.reason;}.
 */
public final class Because {

    private Because() {
    }

    /** A fact and its actual value, shown as {@code field = value}. */
    public static Reason fact(String field, Object value) {
        return new Reason(field, value, null, List.of());
    }

    /** A reason in plain words from the {@code reasons} texts, with {0}, {1}, ... filled by {@code values}. */
    public static Reason reason(String id, Object... values) {
        return new Reason(null, null, id, Arrays.asList(values));
    }
}
