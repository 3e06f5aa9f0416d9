package nl.innovatiewijzer.workbench;

import java.util.regex.Pattern;

/**
 * The name of a project's facts file without {@code .yaml}, as it appears in an address. Only
 * letters, digits, {@code -}, {@code _} and inner dots are allowed, so an id is always one plain
 * file name inside the projects folder and can never name a path that leaves it.
 */
record ProjectId(String value) {

    static final String RULE = "letters, digits, '-', '_' and '.', starting with a letter or digit, at most 100";

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    ProjectId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a project id: an id is the name of a facts file without .yaml ("
                    + RULE + ")");
        }
    }

    static boolean isValid(String value) {
        return value != null && ALLOWED.matcher(value).matches() && !value.contains("..")
                && !value.endsWith(".") && !value.endsWith(ProjectsFolder.HISTORY);
    }

    @Override
    public String toString() {
        return value;
    }
}
