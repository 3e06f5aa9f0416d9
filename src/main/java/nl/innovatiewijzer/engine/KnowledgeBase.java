package nl.innovatiewijzer.engine;

import java.util.Collection;
import java.util.List;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.KnowledgeBaseException;
import nl.innovatiewijzer.KnowledgeBaseInfo;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;

/**
 * A compiled knowledge base: compiled once, then any number of assessments, each in its own
 * short Drools session. Immutable and safe to share between threads.
 */
public final class KnowledgeBase {

    private final CompiledKnowledge knowledge;
    private final KnowledgeBaseInfo info;

    private KnowledgeBase(CompiledKnowledge knowledge) {
        this.knowledge = knowledge;
        this.info = new KnowledgeBaseInfo(knowledge.source(), knowledge.files(), knowledge.rules().size(),
                knowledge.fingerprint());
    }

    /**
     * Compiles the rule and texts files.
     *
     * @throws KnowledgeBaseException listing every problem with file, line and column
     */
    public static KnowledgeBase compile(RuleFiles files) {
        return compile(files, CompileCache.none());
    }

    /**
     * Compiles the rule and texts files, or reads them back from {@code cache} when it holds them
     * compiled; a knowledge base compiled here is stored in the cache.
     *
     * @throws KnowledgeBaseException listing every problem with file, line and column
     */
    public static KnowledgeBase compile(RuleFiles files, CompileCache cache) {
        return new KnowledgeBase(KnowledgeBaseCompiler.compile(files, cache));
    }

    /** True when the compiled rules were read back from a cache rather than compiled. */
    public boolean loadedFromCache() {
        return knowledge.fromCache();
    }

    /** Which knowledge base this is: source, number of files and rules, fingerprint. */
    public KnowledgeBaseInfo info() {
        return info;
    }

    /** Every rule, with its file, line and metadata. */
    public Collection<RuleInfo> rules() {
        return knowledge.allRules();
    }

    /** The texts of the knowledge base. */
    public TextCatalogue texts() {
        return knowledge.texts();
    }

    /** Texts that no rule uses: not wrong, but a sign of a rule removed or an id mistyped. */
    public List<Problem> unusedTexts() {
        return MetadataCheck.unusedTexts(knowledge.allRules(), knowledge.texts());
    }

    /**
     * Assesses one project in one language.
     *
     * @throws nl.innovatiewijzer.AssessmentException when a rule loops or fails; this knowledge base stays usable
     */
    public Assessment assess(ProjectFacts facts, Language language) {
        Advice advice = AssessmentRun.run(knowledge, facts);
        return AssessmentAssembler.assemble(advice, knowledge, info, facts, language);
    }
}
