package nl.innovatiewijzer.engine;

/** A class a hostile rule can reach whose loading fails: a {@link LinkageError} thrown from a rule. */
public final class BrokenClass {

    /** Never set: reading it runs the initialiser, which throws. */
    public static final int VALUE = Integer.parseInt("not a number");

    private BrokenClass() {
    }
}
