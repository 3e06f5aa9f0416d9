package nl.innovatiewijzer.engine;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Improvement;
import nl.innovatiewijzer.KnowledgeBaseException;
import nl.innovatiewijzer.KnowledgeBaseInfo;
import nl.innovatiewijzer.KnowledgeTexts;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.RuleEngine;
import nl.innovatiewijzer.RuleInfo;

/**
 * A compiled knowledge base: compiled once, then any number of assessments, each in its own
 * short Drools session. Immutable and safe to share between threads.
 */
final class DroolsKnowledgeBase implements RuleEngine.KnowledgeBase {

    private final CompiledKnowledge knowledge;
    private final KnowledgeBaseInfo info;
    private final Frame frame;
    private final List<SourceFile> files;
    private final ExampleProjects examples;
    /** The knowledge check's result, made once when first asked for: the rules never change. */
    private volatile KnowledgeCheck.Result checked;
    /** Which levers matter to which factor or duty, read from the rules' conditions when first asked for. */
    private volatile LeverRelevance relevance;
    /** What the answers to the open questions of the projects assessed lately can change. */
    private final TrialMemory trials = new TrialMemory();

    private DroolsKnowledgeBase(CompiledKnowledge knowledge, RuleFiles files, ExampleProjects examples) {
        this.knowledge = knowledge;
        this.files = files.files();
        this.examples = examples;
        this.info = new KnowledgeBaseInfo(knowledge.source(), knowledge.files(), knowledge.rules().size(),
                knowledge.fingerprint());
        this.frame = Frame.of(knowledge.texts());
    }

    /**
     * Compiles the rule and texts files.
     *
     * @throws KnowledgeBaseException listing every problem with file, line and column
     */
    static DroolsKnowledgeBase compile(RuleFiles files) {
        return compile(files, CompileCache.none());
    }

    /**
     * Compiles the rule and texts files, or reads them back from {@code cache} when it holds them
     * compiled; a knowledge base compiled here is stored in the cache.
     *
     * @throws KnowledgeBaseException listing every problem with file, line and column
     */
    static DroolsKnowledgeBase compile(RuleFiles files, CompileCache cache) {
        return compile(files, cache, ExampleProjects.none());
    }

    /**
     * As {@link #compile(RuleFiles, CompileCache)}, with the example projects the knowledge check
     * runs the rules on besides those it makes.
     *
     * @throws KnowledgeBaseException listing every problem with file, line and column
     */
    static DroolsKnowledgeBase compile(RuleFiles files, CompileCache cache, ExampleProjects examples) {
        return new DroolsKnowledgeBase(KnowledgeBaseCompiler.compile(files, cache), files, examples);
    }

    /** Compiled without the check of the rule language: only for tests of the defences behind it. */
    static DroolsKnowledgeBase compileWithoutLanguageCheck(RuleFiles files) {
        return new DroolsKnowledgeBase(KnowledgeBaseCompiler.compile(files, CompileCache.none(), false), files,
                ExampleProjects.none());
    }

    /** True when the rule base was built from the shipped rules' executable model ({@link ShippedModel}). */
    boolean builtFromModel() {
        return knowledge.fromModel();
    }

    /** True when the compiled rules were read back from a cache rather than compiled. */
    boolean loadedFromCache() {
        return knowledge.fromCache();
    }

    @Override
    public KnowledgeBaseInfo info() {
        return info;
    }

    @Override
    public List<RuleInfo> rules() {
        return List.copyOf(knowledge.allRules());
    }

    /** The answers the question order tries for each fact the rules ask for. */
    PossibleAnswers answers() {
        return knowledge.answers();
    }

    /** The texts of the knowledge base. */
    TextCatalogue texts() {
        return knowledge.texts();
    }

    @Override
    public KnowledgeTexts texts(Language language) {
        TextCatalogue texts = knowledge.texts();
        return new KnowledgeTexts(language, written(texts, TextKind.FACTORS, "text", language),
                written(texts, TextKind.FINDINGS, "text", language), written(texts, TextKind.ACTIONS, "title", language),
                written(texts, TextKind.QUESTIONS, "text", language), written(texts, TextKind.OBLIGATIONS, "text", language),
                frame.labels().get(language), texts.limits().all().stream()
                        .map(limit -> new KnowledgeTexts.Limit(limit.name(), limit.written(), limit.meaning(language),
                                limit.file(), limit.line()))
                        .toList(), covers(texts), texts.keyFacts().all(),
                written(texts, TextKind.STEPS, "text", language),
                texts.duties().all().stream().map(duty -> new KnowledgeTexts.Duty(duty.id(), duty.kind(),
                        duty.basis(language), duty.appliesFrom(), duty.source())).toList());
    }

    /** Per action that covers others, the ids it covers, in the order of the files. */
    private static Map<String, List<String>> covers(TextCatalogue texts) {
        Map<String, List<String>> covers = new LinkedHashMap<>();
        for (String id : texts.ids(TextKind.ACTIONS)) {
            List<String> covered = texts.covering().covered(id);
            if (!covered.isEmpty()) {
                covers.put(id, covered);
            }
        }
        return covers;
    }

    /** One part of every text of a kind, as written, placeholders and all, in the order of the files. */
    private static Map<String, String> written(TextCatalogue texts, TextKind kind, String part, Language language) {
        Map<String, String> written = new LinkedHashMap<>();
        for (String id : texts.ids(kind)) {
            written.put(id, texts.entry(kind, id).texts().get(language).get(part).text());
        }
        return written;
    }

    /**
     * The knowledge check ({@link KnowledgeCheck}): texts no rule uses, and what the advice says
     * against itself on the examples and the projects the check makes.
     *
     * @throws KnowledgeBaseException listing the errors, when the check finds any
     */
    @Override
    public List<Problem> warnings() {
        KnowledgeCheck.Result result = check();
        if (!result.errors().isEmpty()) {
            throw new KnowledgeBaseException(result.errors());
        }
        return result.warnings();
    }

    /** What the knowledge check finds, errors and warnings; run once, when first asked for. */
    KnowledgeCheck.Result check() {
        KnowledgeCheck.Result result = checked;
        if (result == null) {
            result = KnowledgeCheck.run(knowledge, files, examples.read());
            checked = result;
        }
        return result;
    }

    /**
     * Assesses one project in one language.
     *
     * @throws nl.innovatiewijzer.AssessmentException when a rule loops or fails; this knowledge base stays usable
     */
    @Override
    public Assessment assess(ProjectFacts facts, Language language) {
        RecordedAdvice advice = AssessmentRun.run(knowledge, facts);
        return AssessmentAssembler.assemble(advice, reach(facts, advice), knowledge, frame, info, facts, language);
    }

    /**
     * The improvement paths of one project (see {@link Improvements}), tried on this compiled
     * knowledge base, in sessions as {@link #assess} opens them.
     *
     * @throws nl.innovatiewijzer.AssessmentException when a rule loops or fails on the project as it is
     */
    @Override
    public List<Improvement> improvements(ProjectFacts facts, Language language) {
        // the paths start from the project's factors and duties, not from the order of its questions
        Assessment base = judge(facts, language);
        return Improvements.of(knowledge, relevance(), facts, base);
    }

    /**
     * The assessment without trying the answers to its open questions: the factors, duties and
     * advice are the same, the missing facts come in the order of the factors, with only what
     * their rules name as what they could change. For work that needs the judgement alone.
     */
    @Override
    public Assessment judge(ProjectFacts facts, Language language) {
        return AssessmentAssembler.assemble(AssessmentRun.run(knowledge, facts), null, knowledge, frame, info, facts,
                language);
    }

    /** What the answers to the project's open questions can change: tried, or remembered from the last time. */
    private Map<String, AnswerTrials.Reach> reach(ProjectFacts facts, RecordedAdvice advice) {
        if (advice.missingFacts().isEmpty()) {
            return Map.of();
        }
        LocalDate day = AssessmentAssembler.assessedOn(facts);
        Map<String, AnswerTrials.Reach> reach = trials.recall(facts, day);
        if (reach == null) {
            reach = AnswerTrials.of(knowledge, frame.factors(), facts, advice);
            trials.remember(facts, day, reach);
        }
        return reach;
    }

    private LeverRelevance relevance() {
        LeverRelevance read = relevance;
        if (read == null) {
            read = LeverRelevance.of(knowledge.texts().levers().all(), knowledge, files);
            relevance = read;
        }
        return read;
    }
}
