package nl.innovatiewijzer.workbench;

/** A save that was made from an out-of-date version of the project: another save came first. */
final class StaleVersionException extends Exception {

    StaleVersionException(String message) {
        super(message);
    }
}
