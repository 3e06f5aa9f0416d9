package nl.innovatiewijzer.facts;

import java.util.Locale;

/**
 * The spelling of enum values in facts files: the contract writes {@code privacyOfficer} where
 * Java writes {@code PRIVACY_OFFICER}. One rule converts both ways, so no enum repeats its names.
 */
public final class ContractNames {

    private ContractNames() {
    }

    /** The contract's camelCase spelling of an enum constant, e.g. {@code coCreation}. */
    public static String of(Enum<?> value) {
        String[] words = value.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    /** The constant spelled {@code name} in the contract, or null when there is none. */
    public static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(name)) {
                return constant;
            }
        }
        return null;
    }

    /** Every value of the enum, as the contract spells it, separated by commas. */
    public static String allOf(Class<? extends Enum<?>> type) {
        StringBuilder all = new StringBuilder();
        for (Enum<?> constant : type.getEnumConstants()) {
            all.append(all.length() == 0 ? "" : ", ").append(of(constant));
        }
        return all.toString();
    }
}
