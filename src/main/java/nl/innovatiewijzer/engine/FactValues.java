package nl.innovatiewijzer.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SortedSet;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.document.ContractNames;

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
            String[] written = new String[values.size()];
            int i = 0;
            for (Object item : values) {
                written[i++] = format(item, language);
            }
            // a set has no order of its own (collectSet gives one); written in a fixed order, the
            // same facts always give the same text
            if (values instanceof Set<?> && !(values instanceof SortedSet<?>) && !(values instanceof LinkedHashSet<?>)) {
                Arrays.sort(written);
            }
            return String.join(", ", written);
        }
        return value.toString();
    }
}
