package nl.innovatiewijzer.engine;

/**
 * One file of a knowledge base: a {@code .drl} rule file or a {@code .yaml} texts file.
 *
 * @param path    the path relative to the knowledge base folder, with '/' between folders
 * @param shown   how messages and reports name the file, e.g. {@code rules/f1-project-leader.drl}
 * @param content the bytes of the file
 */
record SourceFile(String path, String shown, byte[] content) {

    /** True for a rule file. */
    boolean isRules() {
        return path.endsWith(".drl");
    }

    /** True for a texts file. */
    boolean isTexts() {
        return path.endsWith(".yaml") || path.endsWith(".yml");
    }
}
