package nl.innovatiewijzer;

import java.nio.file.Path;

/**
 * The knowledge base in {@code rules/} as it is on disk, compiled once for every test that only
 * reads it: compiling it takes a second or two, and an advisor is immutable, so one serves all.
 * A test that edits rules works on a copy and compiles that copy itself.
 */
public final class RulesOnDisk {

    private RulesOnDisk() {
    }

    /** The advisor on the rules in {@code rules/}. */
    public static Advisor advisor() {
        return Compiled.ADVISOR;
    }

    private static final class Compiled {
        static final Advisor ADVISOR = Advisor.fromDirectory(Path.of("rules"));
    }
}
