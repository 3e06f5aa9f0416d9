package nl.innovatiewijzer.engine;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.facts.ContractNames;

/**
 * Writes fact values as a facts file would: enums in the contract's spelling, whole numbers without
 * ".0", lists separated by commas; an unknown value is said in the language of the report.
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
            if (values.isEmpty()) {
                return "[]";
            }
            Stream<String> written = values.stream().map(v -> format(v, language));
            // a set has no order of its own (collectSet gives one); written in a fixed order, the
            // same facts always give the same text
            boolean unordered = values instanceof Set<?> && !(values instanceof SortedSet<?>)
                    && !(values instanceof LinkedHashSet<?>);
            return (unordered ? written.sorted() : written).collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
