package nl.innovatiewijzer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The engine behind every {@link Advisor}: it compiles knowledge bases and runs assessments. The
 * advisor finds it once with {@link java.util.ServiceLoader}, so that this package, the API, never
 * depends on the engine that implements it. Applications use {@link Advisor} and
 * {@link ReloadingAdvisor}; they neither call nor implement this interface.
 */
public interface RuleEngine {

    /**
     * The knowledge base shipped inside the jar: read back from its precompiled copy when
     * {@code precompiled} and the jar has one, else compiled afresh.
     *
     * @throws KnowledgeBaseException when the shipped knowledge base is missing or broken
     */
    KnowledgeBase shipped(boolean precompiled);

    /**
     * The knowledge base in {@code folder}, compiled, or read back from {@code cacheDirectory}
     * when that holds it compiled from the same files; a null {@code cacheDirectory} compiles afresh.
     *
     * @throws KnowledgeBaseException listing every problem with file, line and column
     */
    KnowledgeBase compile(Path folder, Path cacheDirectory);

    /**
     * The fingerprint the knowledge base in {@code folder} would have if compiled now.
     *
     * @throws KnowledgeBaseException when the folder cannot be read
     */
    String fingerprint(Path folder);

    /** A compiled knowledge base: immutable, and safe to assess with from many threads at once. */
    interface KnowledgeBase {

        /** Which knowledge base this is: source, number of files and rules, fingerprint. */
        KnowledgeBaseInfo info();

        /**
         * Assesses one project in one language, in a session of its own.
         *
         * @throws AssessmentException when a rule loops or fails; the knowledge base stays usable
         */
        Assessment assess(ProjectFacts facts, Language language);

        /**
         * Assesses one project without trying the answers to its open questions: the same
         * judgement, with the open questions in the order of the factors. The full assessment by
         * default, for an engine that does not order its questions.
         *
         * @throws AssessmentException when a rule loops or fails; the knowledge base stays usable
         */
        default Assessment judge(ProjectFacts facts, Language language) {
            return assess(facts, language);
        }

        /**
         * The knowledge check: what is not wrong but likely a mistake, such as a text no rule uses.
         *
         * @throws KnowledgeBaseException when the check finds advice that is wrong (see {@link Advisor#warnings()})
         */
        List<Problem> warnings();

        /** Every rule, with its file, line and metadata, in any order. */
        List<RuleInfo> rules();

        /**
         * The improvement paths of one project: per factor not strong and per duty to do, the
         * smallest sets of changes that make it strong or done. None by default, for an engine
         * written before there were levers.
         *
         * @throws AssessmentException when a rule loops or fails; the knowledge base stays usable
         */
        default List<Improvement> improvements(ProjectFacts facts, Language language) {
            return List.of();
        }

        /**
         * The texts of the knowledge base in one language, in the order they are written. None by
         * default, for an engine written before there were overviews.
         */
        default KnowledgeTexts texts(Language language) {
            return new KnowledgeTexts(language, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Labels.none(language),
                    List.of());
        }
    }
}
