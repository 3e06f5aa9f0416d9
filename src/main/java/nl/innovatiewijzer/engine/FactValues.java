package nl.innovatiewijzer.engine;

import java.util.Collection;
import java.util.stream.Collectors;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.facts.ContractNames;

/**
 * Writes fact values as a facts file would: enums in the contract's spelling, whole numbers without
 * ".0"; an unknown value is said in the language of the report.
 */
final class FactValues {

    private FactValues() {
    }

    static String format(Object value, Language language) {
        if (value == null) {
            return language == Language.NL ? "onbekend" : "unknown";
        }
        if (value instanceof Enum<?> constant) {
            return ContractNames.of(constant);
        }
        if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString(number.longValue());
        }
        if (value instanceof Collection<?> values) {
            return values.isEmpty() ? "[]" : values.stream().map(v -> format(v, language)).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
