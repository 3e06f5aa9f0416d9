package nl.innovatiewijzer;

/**
 * Which knowledge base gave an assessment.
 *
 * @param source      {@code rules} for the shipped knowledge base, otherwise the folder it was read from
 * @param files       the number of {@code .drl} files
 * @param rules       the number of rules
 * @param fingerprint {@code sha256:} and the hash of every rule and text file, so two assessments
 *                    can be told to come from the same knowledge base
 */
public record KnowledgeBaseInfo(String source, int files, int rules, String fingerprint) {
}
