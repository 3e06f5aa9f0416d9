package nl.innovatiewijzer.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Collection;
import org.kie.api.definition.KiePackage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.innovatiewijzer.KnowledgeBaseException;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.RuleInfo;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
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
 * unique rule names across all files, the metadata every rule needs, and that every text a rule
 * refers to exists in both languages. Reports every problem at once.
 *
 * <p>Rules are built with a {@code KnowledgeBuilder}, not through {@code KieServices} and a
 * {@code KieFileSystem}: nothing is put in the shared {@code KieRepository}, so builds running at
 * once (a reload while another advisor compiles) cannot race for one release slot.
 */
final class KnowledgeBaseCompiler {

    private static final Pattern REASON_CALL = Pattern.compile("\\breason\\s*\\(\\s*\"([^\"]*)\"");

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
            return knowledge(files, fingerprint, entry.texts(), rules, base(entry.packages()), true);
        });
        if (cached.isPresent()) {
            return cached.get();
        }
        // the limits come first: rules and texts name them
        List<Problem> limitProblems = new ArrayList<>();
        Limits limits = Limits.read(files.files(), limitProblems);
        // the texts are read on a second core while the rules are parsed and compiled
        List<Problem> textProblems = new ArrayList<>();
        CompletableFuture<TextCatalogue> reading = CompletableFuture.supplyAsync(
                () -> TextCatalogue.read(files.files(), limits, textProblems));
        List<Problem> ruleProblems = new ArrayList<>();
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Map<String, byte[]> compiledSources = new HashMap<>();
        for (SourceFile file : files.files()) {
            if (file.isRules()) {
                PackageDescr drl = describe(file, rules, ruleProblems, checkLanguage, limits);
                compiledSources.put(file.path(), ConstraintLimits.write(limits, file, drl));
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
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        Map<String, String> shownByPath = new HashMap<>();
        for (SourceFile file : files.files()) {
            if (file.isRules()) {
                shownByPath.put(file.path(), file.shown());
                builder.add(resource(file, compiledSources.get(file.path())), ResourceType.DRL);
            }
        }
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            problems.add(problem(result, shownByPath));
        }
        MetadataCheck.check(rules.values(), texts, problems);
        checkReasons(files, texts, problems);
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        Collection<KiePackage> packages = builder.getKnowledgePackages();
        if (checkLanguage) { // an entry is served as checked, so one compiled without the check is never stored
            cache.store(origin, new CompileCache.Entry(List.copyOf(rules.values()), packages, texts));
        }
        return knowledge(files, fingerprint, texts, rules, base(packages), false);
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

    private static InternalKnowledgeBase base(Collection<KiePackage> packages) {
        // never changed once built: a new version of the rules is a new knowledge base
        KieBaseConfiguration configuration = KieServices.get().newKieBaseConfiguration();
        configuration.setOption(KieBaseMutabilityOption.DISABLED);
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(configuration);
        base.addPackages(packages);
        return base;
    }

    private static CompiledKnowledge knowledge(RuleFiles files, String fingerprint, TextCatalogue texts,
                                               Map<String, RuleInfo> rules, InternalKnowledgeBase base, boolean fromCache) {
        return new CompiledKnowledge(base, texts, rules, files.source(), fingerprint,
                (int) files.files().stream().filter(SourceFile::isRules).count(), fromCache,
                base.newKieSessionsPool(Runtime.getRuntime().availableProcessors()));
    }

    private static Resource resource(SourceFile file) {
        return resource(file, file.content());
    }

    /** The file for Drools, with {@code content}: the file's own, or with its limits written as numbers. */
    private static Resource resource(SourceFile file, byte[] content) {
        Resource resource = ResourceFactory.newByteArrayResource(content);
        resource.setSourcePath(file.path());
        resource.setResourceType(ResourceType.DRL);
        return resource;
    }

    /**
     * Parses one file for its rules' names, lines and metadata; syntax errors are reported here.
     * Returns what the parser read, or null when it could not read the file.
     */
    private static PackageDescr describe(SourceFile file, Map<String, RuleInfo> rules, List<Problem> problems,
                                         boolean checkLanguage, Limits limits) {
        String source = new String(file.content(), StandardCharsets.UTF_8);
        Problem unreadable = checkLanguage ? RuleLanguage.unicodeEscape(file, source) : null;
        if (unreadable == null) {
            unreadable = RuleLanguage.tooDeep(file, source);
        }
        if (unreadable != null) {
            problems.add(unreadable);
            return null;
        }
        DrlParser parser = new DrlParser();
        PackageDescr drl;
        try {
            drl = parser.parse(resource(file), new ByteArrayInputStream(file.content()));
        } catch (DroolsParserException | IOException | RuntimeException e) {
            problems.add(Problem.inFile(file.shown(), "cannot be parsed: " + e.getMessage()));
            return null;
        } catch (StackOverflowError e) {
            problems.add(Problem.inFile(file.shown(), "cannot be parsed: the file nests too deeply"));
            return null;
        }
        if (parser.hasErrors()) {
            for (DroolsError error : parser.getErrors()) {
                problems.add(parserProblem(file.shown(), error));
            }
            return null;
        }
        if (drl == null) {
            return null;
        }
        if (checkLanguage) {
            RuleLanguage.check(file, source, drl, limits, problems);
        }
        String[] lines = RuleOutline.lines(source);
        for (RuleDescr rule : drl.getRules()) {
            RuleInfo info = RuleOutline.describe(rule, file.shown(), lines,
                    annotation(rule, "factor"), annotation(rule, "finding"), annotation(rule, "action"),
                    annotation(rule, "missing"), annotation(rule, "obligation"));
            RuleInfo earlier = rules.get(rule.getName());
            if (earlier != null) {
                problems.add(new Problem(file.shown(), rule.getLine(), rule.getColumn(), "",
                        "duplicate rule name \"" + rule.getName() + "\"; it is already used at "
                                + earlier.file() + ":" + earlier.line() + ". Give each rule its own sentence."));
            } else {
                rules.put(rule.getName(), info);
            }
        }
        return drl;
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
            return new Problem(file, parse.getRow(), parse.getCol() + 1, "", clean(parse.getMessage()));
        }
        int[] lines = error.getLines();
        return new Problem(file, lines.length > 0 ? lines[0] : 0, 0, "", clean(error.getMessage()));
    }

    private static Problem problem(KnowledgeBuilderResult result, Map<String, String> shownByPath) {
        String path = result.getResource() == null ? null : result.getResource().getSourcePath();
        String shown = path == null ? "rules" : shownByPath.getOrDefault(path, path);
        if (result instanceof ParserError parse) {
            return new Problem(shown, parse.getRow(), parse.getCol() + 1, "", clean(parse.getMessage()));
        }
        int[] lines = result.getLines();
        return new Problem(shown, lines.length > 0 ? Math.max(lines[0], 0) : 0, 0, "", clean(result.getMessage()));
    }

    /** Drools messages can run over many lines and repeat the file; one readable line is kept. */
    static String clean(String message) {
        if (message == null) {
            return "unknown error";
        }
        String joined = String.join(" ", message.strip().lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
        return joined.length() > 400 ? joined.substring(0, 400) + "..." : joined;
    }

    /** Every {@code reason("id", ...)} a rule file calls must have a text. */
    private static void checkReasons(RuleFiles files, TextCatalogue texts, List<Problem> problems) {
        for (SourceFile file : files.files()) {
            if (!file.isRules()) {
                continue;
            }
            String drl = new String(file.content(), StandardCharsets.UTF_8);
            Matcher call = REASON_CALL.matcher(drl);
            while (call.find()) {
                if (!texts.has(TextKind.REASONS, call.group(1))) {
                    int line = (int) drl.substring(0, call.start()).chars().filter(c -> c == '\n').count() + 1;
                    problems.add(new Problem(file.shown(), line, 0, "", "reason \"" + call.group(1)
                            + "\" has no text; add it under reasons: in a texts file, in nl and en"));
                }
            }
        }
    }
}
