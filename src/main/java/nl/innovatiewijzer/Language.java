package nl.innovatiewijzer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The language of an assessment's texts: Dutch by default, English on request. */
public enum Language {
    NL, EN;

    /** The code used on the command line and in texts files: {@code nl} or {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language with this code.
     *
     * @throws IllegalArgumentException naming the codes that exist
     */
    public static Language of(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code)) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language \"" + code + "\"; expected one of "
                + Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", ")));
    }
}
