package nl.innovatiewijzer.engine;

/** What a hostile rule can call to throw what the JVM throws when it cannot go on. */
public final class FailingJvm {

    private FailingJvm() {
    }

    /** Throws an {@link InternalError}, which an assessment does not turn into advice. */
    public static int fail() {
        throw new InternalError("the JVM cannot go on");
    }
}
