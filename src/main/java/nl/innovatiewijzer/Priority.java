package nl.innovatiewijzer;

/** How urgent a recommendation is; recommendations are listed from HIGH to LOW. */
public enum Priority {
    HIGH, MEDIUM, LOW
}
