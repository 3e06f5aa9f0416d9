package nl.innovatiewijzer;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * The advisor: a compiled knowledge base that assesses innovation projects. Compile it once,
 * then call {@link #assess(ProjectFacts)} as often as needed, from as many threads as needed;
 * every assessment runs in its own short session, and nothing is printed.
 *
 * <pre>
 * Advisor advisor = Advisor.withDefaultRules();
 * Assessment result = advisor.assess(ProjectFacts.read(Path.of("facts/slimme-afvalinzameling.yaml")));
 * String json = result.toJson();
 * </pre>
 */
public final class Advisor {

    private static volatile Advisor shipped;

    private final RuleEngine.KnowledgeBase knowledgeBase;

    private Advisor(RuleEngine.KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /** The engine, found once: the API names no class of it, so that nothing here depends on Drools. */
    static RuleEngine engine() {
        return Engine.INSTANCE;
    }

    private static final class Engine {
        static final RuleEngine INSTANCE = ServiceLoader.load(RuleEngine.class, RuleEngine.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + RuleEngine.class.getName()
                        + " on the class path: the jar is incomplete"));
    }

    /**
     * The advisor with the knowledge base shipped inside the jar. Compiled on first use and then
     * shared, as it is immutable.
     *
     * @throws KnowledgeBaseException when the shipped knowledge base is missing or broken
     */
    public static Advisor withDefaultRules() {
        Advisor advisor = shipped;
        if (advisor == null) {
            synchronized (Advisor.class) {
                advisor = shipped;
                if (advisor == null) {
                    advisor = new Advisor(engine().shipped(true));
                    shipped = advisor;
                }
            }
        }
        return advisor;
    }

    /**
     * A new advisor with the shipped knowledge base compiled afresh, not read from its precompiled
     * copy in the jar: to check that copy, or to measure what it saves.
     *
     * @throws KnowledgeBaseException when the shipped knowledge base is missing or broken
     */
    public static Advisor compileDefaultRules() {
        return new Advisor(engine().shipped(false));
    }

    /**
     * An advisor with the knowledge base in a folder: every {@code .drl} rule file and
     * {@code .yaml} texts file below it, read now. Editing the files changes the advice of the
     * next advisor made from them, with no rebuild.
     *
     * @throws KnowledgeBaseException listing every problem with file, line and column
     */
    public static Advisor fromDirectory(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return new Advisor(engine().compile(folder, null));
    }

    /**
     * An advisor with the knowledge base in a folder, compiled at most once per version of its
     * files: compiled packages are kept in {@code cacheDirectory} and read back while the files,
     * the Drools version and the fact model stay the same. A stale or damaged cache entry is
     * ignored and replaced; a cache that cannot be written only costs speed. Compiled rules are
     * code, so a cache folder that belongs to another user, or that others may write, is not
     * used: the rules are compiled without it, and a warning is logged once (SLF4J, at WARN).
     *
     * @throws KnowledgeBaseException listing every problem with file, line and column
     */
    public static Advisor fromDirectory(Path folder, Path cacheDirectory) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        return new Advisor(engine().compile(folder, cacheDirectory));
    }

    /**
     * Assesses a project, with every text in Dutch.
     *
     * @throws AssessmentException when a rule loops or fails; the advisor stays usable
     */
    public Assessment assess(ProjectFacts facts) {
        return assess(facts, Language.NL);
    }

    /**
     * Assesses a project, with every text in the language given.
     *
     * @throws AssessmentException when a rule loops or fails; the advisor stays usable
     */
    public Assessment assess(ProjectFacts facts, Language language) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(language, "language");
        return knowledgeBase.assess(facts, language); // facts were checked when they were made
    }

    /**
     * What the project could change to make each factor strong and each duty done, with every
     * text in Dutch (see {@link #improvements(ProjectFacts, Language)}).
     *
     * @throws AssessmentException when a rule loops or fails; the advisor stays usable
     */
    public List<Improvement> improvements(ProjectFacts facts) {
        return improvements(facts, Language.NL);
    }

    /**
     * Judges a project as {@link #assess(ProjectFacts, Language)} does, without trying the answers
     * to its open questions: the same factors, recommendations, duties and next steps, with the
     * missing facts in the order of the factors and only what their rules name as what they could
     * change. Many times faster for a project with open questions; for a portfolio, a dashboard or
     * anything else that needs the judgement alone.
     *
     * @throws AssessmentException when a rule of the knowledge base fails or loops on these facts
     */
    public Assessment judge(ProjectFacts facts, Language language) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(language, "language");
        return knowledgeBase.judge(facts, language);
    }

    /**
     * What the project could change to make each factor strong and each duty done: for each factor
     * that is not {@code STRONG} and each duty {@code TODO}, up to three different smallest sets of
     * changes (from the levers of the knowledge base) that make it so when the rules run on the
     * changed facts, fewest changes and least effort first. A fact the project does not give is
     * never changed: it is a question first. Factors first, F1 .. F9, then the duties in the
     * assessment's order. Put them in an assessment with {@link Assessment#withImprovements(List)}.
     *
     * @throws AssessmentException when a rule loops or fails; the advisor stays usable
     */
    public List<Improvement> improvements(ProjectFacts facts, Language language) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(language, "language");
        return knowledgeBase.improvements(facts, language);
    }

    /** Which knowledge base this advisor uses. */
    public KnowledgeBaseInfo knowledgeBase() {
        return knowledgeBase.info();
    }

    /**
     * What is not wrong but likely a mistake in the knowledge base, found by the knowledge check
     * that {@code validate} runs: a text no rule uses, a reason no rule gives, an action at HIGH on
     * a factor no rule rates RISK, a RISK with no action at HIGH, a rule that fires on no project. Problems that keep the rules from
     * compiling keep the advisor from being made at all; the knowledge check finds the rest by
     * running the rules on the example projects beside them (the {@code facts/} folder next to a
     * folder of rules, or the shipped examples) and on projects it makes from the rules' own
     * conditions and from a fixed seed, so the same rules always give the same answer. It runs
     * once, when first asked for, and takes some tenths of a second; {@link #assess} never runs it.
     *
     * @throws KnowledgeBaseException when the check finds advice that is wrong: a factor rated
     *         STRONG and weak at once, an action at HIGH on a STRONG factor, a question about a fact
     *         the project gives, a duty decided two ways, a rule that fails on a project; each with
     *         the rule's file and line and a project that shows it
     */
    public List<Problem> warnings() {
        return knowledgeBase.warnings();
    }

    /**
     * The texts of the knowledge base in one language: the names of the factors and obligations,
     * the findings, the titles of the actions, the questions and the labels, for an overview of
     * what the knowledge base says without assessing a project.
     */
    public KnowledgeTexts texts(Language language) {
        Objects.requireNonNull(language, "language");
        return knowledgeBase.texts(language);
    }

    /**
     * Every rule of the knowledge base with its file, line and metadata, in file and line order:
     * what explains why an expected outcome did not come.
     */
    public List<RuleInfo> rules() {
        return knowledgeBase.rules().stream()
                .sorted(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line))
                .toList();
    }
}
