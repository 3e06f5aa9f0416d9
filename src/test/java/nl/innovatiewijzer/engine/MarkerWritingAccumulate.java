package nl.innovatiewijzer.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A class a hostile rule file names in {@code import accumulate}: making one leaves a file behind. */
public class MarkerWritingAccumulate {

    /** Where the marker goes; set by the test that expects none. */
    static volatile Path marker;

    public MarkerWritingAccumulate() {
        try {
            if (marker != null) {
                Files.writeString(marker, "constructed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
