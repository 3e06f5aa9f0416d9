package nl.innovatiewijzer.document;

import java.util.Locale;

/**
 * The spelling of enum values in facts files: the contract writes {@code privacyOfficer} where
 * Java writes {@code PRIVACY_OFFICER}. One rule spells every enum, so no enum repeats its names;
 * {@link TreeReader.Spelling#CONTRACT} reads the spelling back.
 */
public final class ContractNames {

    /** The spellings of an enum's constants, by ordinal: reports write enum values often. */
    private static final ClassValue<String[]> SPELLINGS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] spellings = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                spellings[i] = spell(((Enum<?>) constants[i]).name());
            }
            return spellings;
        }
    };

    private ContractNames() {
    }

    /** The contract's camelCase spelling of an enum constant, e.g. {@code coCreation}. */
    public static String of(Enum<?> value) {
        return SPELLINGS.get(value.getDeclaringClass())[value.ordinal()];
    }

    private static String spell(String javaName) {
        String[] words = javaName.toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
