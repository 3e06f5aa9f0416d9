package nl.innovatiewijzer.engine;

/**
 * The functions a rule uses to say why it fired; rule files import them with
 * {@code import function nl.innovatiewijzer.engine.Because.fact;} (and {@code reason}).
 */
public final class Because {

    private Because() {
    }

    /** A fact and its actual value, shown as {@code field = value}. */
    public static Reason fact(String field, Object value) {
        return Reason.ofFact(field, value);
    }

    /** A reason in plain words from the {@code reasons} texts, with {0}, {1}, ... filled by {@code values}. */
    public static Reason reason(String id, Object... values) {
        return Reason.ofText(id, values);
    }
}
