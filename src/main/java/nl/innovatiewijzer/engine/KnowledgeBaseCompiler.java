package nl.innovatiewijzer.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.Collection;
import org.kie.api.definition.KiePackage;
import nl.innovatiewijzer.KnowledgeBaseException;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.RuleInfo;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles the files of a knowledge base into a Drools rule base, and checks what Drools does not:
 * the shape of every rule file ({@link RuleSyntax}) and its rule language ({@link RuleLanguage}),
 * unique rule names across all files, the metadata every rule needs, that what a rule says fits
 * its metadata ({@link AdviceCheck}), and that every text a rule refers to exists in both
 * languages. Reports every problem of every file at once, in the order of the files: each check
 * runs on whatever could be read, also when another file could not be, and Drools compiles the
 * rules only when none was found, so that it never speaks about a mistake in its own words.
 *
 * <p>Rules are built with a {@code KnowledgeBuilder}, not through {@code KieServices} and a
 * {@code KieFileSystem}: nothing is put in the shared {@code KieRepository}, so builds running at
 * once (a reload while another advisor compiles) cannot race for one release slot.
 */
final class KnowledgeBaseCompiler {

    private KnowledgeBaseCompiler() {
    }

    static CompiledKnowledge compile(RuleFiles files, CompileCache cache) {
        return compile(files, cache, true);
    }

    /**
     * Compiles, with or without the check of the rule language: without it only for the engine's
     * own tests of what stands behind that check (the firing limit, a rule that throws).
     */
    static CompiledKnowledge compile(RuleFiles files, CompileCache cache, boolean checkLanguage) {
        String fingerprint = files.fingerprint(); // hashing every file is worth doing once
        CompileCache.Origin origin = CompileCache.Origin.of(files.source(), fingerprint);
        EngineWarmUp.start();
        // only a knowledge base that passed every check is stored, under the hash of all its files
        Optional<CompiledKnowledge> cached = cache.load(origin, entry -> {
            Map<String, RuleInfo> rules = new LinkedHashMap<>();
            entry.rules().forEach(rule -> rules.put(rule.name(), rule));
            return knowledge(files, fingerprint, entry.texts(), entry.answers(), rules, entry::packages, true);
        });
        if (cached.isPresent()) {
            return cached.get();
        }
        Checked checked = check(files, checkLanguage);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        checked.sources().forEach((path, content) -> builder.add(resource(path, content), ResourceType.DRL));
        List<Problem> problems = new ArrayList<>();
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            problems.add(problem(result, checked.shownByPath()));
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(inOrder(problems));
        }
        Collection<KiePackage> packages = builder.getKnowledgePackages();
        Map<String, RuleInfo> rules = checked.rules();
        TextCatalogue texts = checked.texts();
        // worked out here, where the rule files are read anyway, and kept with the compiled rules
        PossibleAnswers answers = PossibleAnswers.of(RuleConditions.of(files.files(), checked.limits()), rules.values());
        if (checkLanguage) { // an entry is served as checked, so one compiled without the check is never stored
            cache.store(origin, new CompileCache.Entry(List.copyOf(rules.values()), packages, texts, answers));
        }
        return knowledge(files, fingerprint, texts, answers, rules, () -> packages, false);
    }

    /**
     * What every check found in the files, and the rule files as Drools is to compile them: by path,
     * in the order of the files, with their limits written as numbers.
     */
    record Checked(Limits limits, TextCatalogue texts, Map<String, RuleInfo> rules, Map<String, byte[]> sources,
                   Map<String, String> shownByPath) {
    }

    /**
     * Runs every check on the files and returns them as Drools is to compile them.
     *
     * @throws KnowledgeBaseException listing every problem with file, line and column
     */
    static Checked check(RuleFiles files, boolean checkLanguage) {
        // the limits come first: rules and texts name them
        List<Problem> limitProblems = new ArrayList<>();
        Limits limits = Limits.read(files.files(), limitProblems);
        // the texts are read on a second core while the rules are parsed and compiled
        List<Problem> textProblems = new ArrayList<>();
        CompletableFuture<TextCatalogue> reading = CompletableFuture.supplyAsync(
                () -> TextCatalogue.read(files.files(), limits, textProblems));
        List<Problem> ruleProblems = new ArrayList<>();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Map<String, byte[]> sources = new LinkedHashMap<>();
        Map<String, String> shownByPath = new HashMap<>();
        List<WrittenRule> written = new ArrayList<>();
        for (SourceFile file : files.files()) {
            if (file.isRules()) {
                PackageDescr drl = describe(file, rules, written, ruleProblems, checkLanguage, limits);
                sources.put(file.path(), ConstraintLimits.write(limits, file, drl));
                shownByPath.put(file.path(), file.shown());
            }
        }
        TextCatalogue texts = join(reading);
        List<Problem> problems = new ArrayList<>(limitProblems);
        problems.addAll(textProblems);
        problems.addAll(ruleProblems);
        if (problems.isEmpty() && rules.isEmpty()) {
            // also what a rule file caught halfway through being saved looks like
            problems.add(Problem.inFile(files.source(), "the rule files hold no rules"));
        }
        // every check that can run on what was read runs, so that one validate lists every problem
        MetadataCheck.check(written, texts, checkLanguage, problems);
        AdviceCheck.check(written, texts, checkLanguage, problems);
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(inOrder(problems));
        }
        return new Checked(limits, texts, rules, sources, shownByPath);
    }

    private static TextCatalogue join(CompletableFuture<TextCatalogue> reading) {
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** The rule base of the compiled packages: the classic engine, for every knowledge base but the shipped one. */
    static InternalKnowledgeBase base(Collection<KiePackage> packages) {
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(unchanging());
        base.addPackages(packages);
        return base;
    }

    /** Never changed once built: a new version of the rules is a new knowledge base. */
    static KieBaseConfiguration unchanging() {
        KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration();
        configuration.setOption(KieBaseMutabilityOption.DISABLED);
        return configuration;
    }

    /**
     * The knowledge with its rule base: for the shipped rules, the one built from the classes the
     * build generated for exactly these files ({@link ShippedModel}), which needs no packages; else
     * the compiled packages'.
     */
    private static CompiledKnowledge knowledge(RuleFiles files, String fingerprint, TextCatalogue texts,
                                               PossibleAnswers answers, Map<String, RuleInfo> rules,
                                               Supplier<Collection<KiePackage>> packages, boolean fromCache) {
        Optional<InternalKnowledgeBase> model = ShippedModel.base(fingerprint);
        InternalKnowledgeBase base = model.orElseGet(() -> base(packages.get()));
        return new CompiledKnowledge(base, texts, answers, rules, files.source(), fingerprint,
                (int) files.files().stream().filter(SourceFile::isRules).count(), fromCache,
                base.newKieSessionsPool(Runtime.getRuntime().availableProcessors()), model.isPresent());
    }

    private static Resource resource(SourceFile file) {
        return resource(file.path(), file.content());
    }

    /** The file for Drools, with {@code content}: the file's own, or with its limits written as numbers. */
    private static Resource resource(String path, byte[] content) {
        Resource resource = ResourceFactory.newByteArrayResource(content);
        resource.setSourcePath(path);
        resource.setResourceType(ResourceType.DRL);
        return resource;
    }

    /**
     * Reads one file for its rules' names, places, metadata and advice: first as its text reads
     * ({@link RuleSyntax}), then, when that found nothing Drools would stumble on, with Drools'
     * own parser, whose rules the rule language is checked against. Returns what the parser read,
     * or null when it could not read the file.
     */
    private static PackageDescr describe(SourceFile file, Map<String, RuleInfo> rules, List<WrittenRule> written,
                                         List<Problem> problems, boolean checkLanguage, Limits limits) {
        String source = new String(file.content(), StandardCharsets.UTF_8);
        Problem unreadable = checkLanguage ? RuleLanguage.unicodeEscape(file, source) : null;
        if (unreadable == null) {
            unreadable = RuleLanguage.tooDeep(file, source);
        }
        if (unreadable != null) {
            problems.add(unreadable);
            return null;
        }
        List<Problem> shape = new ArrayList<>();
        DrlTokens tokens = DrlTokens.read(file, source, shape);
        int characters = shape.size();
        List<WrittenRule> outline = RuleSyntax.read(file, tokens.tokens(), shape);
        boolean droolsCanRead = tokens.readable() && shape.size() == characters;
        if (checkLanguage) {
            problems.addAll(shape);
            if (!droolsCanRead) {
                // Drools would stumble where the shape is wrong, and say so in its own words
                outline.forEach(rule -> add(rule, rules, written, problems));
                return null;
            }
            // a curly quote or a non-breaking space is read as meant, so that the rest is checked too
            source = tokens.repaired();
        }
        byte[] content = source.getBytes(StandardCharsets.UTF_8);
        DrlParser parser = new DrlParser();
        PackageDescr drl;
        try {
            drl = parser.parse(resource(file.path(), content), new ByteArrayInputStream(content));
        } catch (DroolsParserException | IOException | RuntimeException e) {
            problems.add(Problem.inFile(file.shown(), "cannot be read: " + DroolsMessages.parser(e.getMessage())));
            return null;
        } catch (StackOverflowError e) {
            problems.add(Problem.inFile(file.shown(), "cannot be read: the file nests too deeply"));
            return null;
        }
        if (parser.hasErrors()) {
            for (DroolsError error : parser.getErrors()) {
                problems.add(parserProblem(file.shown(), error));
            }
            outline.forEach(rule -> add(rule.unread(), rules, written, problems));
            return null;
        }
        if (drl == null) {
            return null;
        }
        if (checkLanguage) {
            RuleLanguage.check(file, source, drl, limits, problems);
        }
        String[] lines = RuleOutline.lines(source);
        Map<Integer, WrittenRule> byLine = new HashMap<>();
        outline.forEach(rule -> byLine.putIfAbsent(rule.info().line(), rule));
        for (RuleDescr rule : drl.getRules()) {
            if (rule instanceof QueryDescr) {
                continue; // refused by the rule language; no rule to describe
            }
            RuleInfo info = RuleOutline.describe(rule, file.shown(), lines,
                    annotation(rule, "factor"), annotation(rule, "finding"), annotation(rule, "action"),
                    annotation(rule, "missing"), annotation(rule, "obligation"), annotation(rule, "step"));
            WrittenRule read = byLine.get(rule.getLine());
            add(read == null ? new WrittenRule(info, rule.getColumn() + 1, List.of(), List.of(), List.of(), List.of(),
                    rule.getLine(), true)
                    : read.as(info), rules, written, problems);
        }
        return drl;
    }

    /** Adds a rule to those of the knowledge base; a name used before is a problem. */
    private static void add(WrittenRule rule, Map<String, RuleInfo> rules, List<WrittenRule> written, List<Problem> problems) {
        RuleInfo info = rule.info();
        RuleInfo earlier = rules.get(info.name());
        if (earlier != null) {
            problems.add(new Problem(info.file(), info.line(), rule.column(), "",
                    "duplicate rule name \"" + info.name() + "\"; it is already used at "
                            + earlier.file() + ":" + earlier.line() + ". Give each rule its own sentence."));
            return;
        }
        rules.put(info.name(), info);
        written.add(rule);
    }

    /** Problems by file, then line, then column: the order an adviser goes through them. */
    private static List<Problem> inOrder(List<Problem> problems) {
        return problems.stream().sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column)).toList();
    }

    private static String annotation(RuleDescr rule, String name) {
        AnnotationDescr annotation = rule.getAnnotation(name);
        if (annotation == null) {
            return null;
        }
        Object value = annotation.getSingleValueStripped();
        return value == null ? "" : value.toString().strip();
    }

    private static Problem parserProblem(String file, DroolsError error) {
        if (error instanceof ParserError parse) {
            return new Problem(file, parse.getRow(), parse.getCol() + 1, "", DroolsMessages.parser(parse.getMessage()));
        }
        int[] lines = error.getLines();
        return new Problem(file, lines.length > 0 ? lines[0] : 0, 0, "", DroolsMessages.compiler(error.getMessage()));
    }

    private static Problem problem(KnowledgeBuilderResult result, Map<String, String> shownByPath) {
        String path = result.getResource() == null ? null : result.getResource().getSourcePath();
        String shown = path == null ? "rules" : shownByPath.getOrDefault(path, path);
        if (result instanceof ParserError parse) {
            return new Problem(shown, parse.getRow(), parse.getCol() + 1, "", DroolsMessages.parser(parse.getMessage()));
        }
        int[] lines = result.getLines();
        return new Problem(shown, lines.length > 0 ? Math.max(lines[0], 0) : 0, 0, "", DroolsMessages.compiler(result.getMessage()));
    }

    /** Drools messages can run over many lines and repeat the file; one readable line is kept. */
    static String clean(String message) {
        if (message == null) {
            return "unknown error";
        }
        String joined = String.join(" ", message.strip().lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
        return joined.length() > 400 ? joined.substring(0, 400) + "..." : joined;
    }
}
