package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.facts.WorkingMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCacheTest {

    @TempDir
    Path dir;

    private RulesFolder rules;
    private Path cacheDir;

    private static final ProjectFacts LONG_CYCLES = ProjectFacts.builder("Lange cycli")
            .workingMethod(new WorkingMethod(20, null, null, null, null)).build();

    @BeforeEach
    void aRulesFolderAndAnEmptyCache() {
        rules = RulesFolder.in(dir.resolve("rules")).drl("f4.drl", RulesFolder.longCyclesRule("RISK")).write("f4.yaml", RulesFolder.LONG_CYCLES_TEXTS);
        cacheDir = dir.resolve("cache");
    }

    private DroolsKnowledgeBase compile() {
        return DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(rules.path()), CompileCache.in(cacheDir));
    }

    private List<Path> cacheFiles() throws Exception {
        if (!Files.isDirectory(cacheDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void theSecondCompilationOfUnchangedRulesIsReadFromTheCacheAndJudgesTheSame() {
        DroolsKnowledgeBase first = compile();
        DroolsKnowledgeBase second = compile();

        assertFalse(first.loadedFromCache());
        assertTrue(second.loadedFromCache());
        assertEquals(first.assess(LONG_CYCLES, Language.NL).toJson(), second.assess(LONG_CYCLES, Language.NL).toJson());
        assertEquals(first.rules().size(), second.rules().size());
    }

    @Test
    void aChangedRuleFileMissesTheCacheAndIsCompiled() {
        compile();
        rules.drl("f4.drl", RulesFolder.longCyclesRule("ATTENTION"));

        DroolsKnowledgeBase changed = compile();

        assertFalse(changed.loadedFromCache());
        assertEquals(Status.ATTENTION, changed.assess(LONG_CYCLES, Language.NL).status("F4"));
    }

    @Test
    void theTextsComeBackFromTheCacheInBothLanguages() {
        compile();

        DroolsKnowledgeBase cached = compile();

        assertTrue(cached.loadedFromCache());
        assertEquals(List.of("Een werkcyclus duurt 20 weken."),
                cached.assess(LONG_CYCLES, Language.NL).factor("F4").orElseThrow().findings());
        assertEquals(List.of("One work cycle takes 20 weeks."),
                cached.assess(LONG_CYCLES, Language.EN).factor("F4").orElseThrow().findings());
    }

    @Test
    void aChangedTextsFileMissesTheCacheAndItsNewTextIsUsed() {
        compile();
        rules.write("f4.yaml", RulesFolder.LONG_CYCLES_TEXTS.replace("Een werkcyclus duurt", "Eén cyclus duurt"));

        DroolsKnowledgeBase changed = compile();

        assertFalse(changed.loadedFromCache());
        assertEquals(List.of("Eén cyclus duurt 20 weken."),
                changed.assess(LONG_CYCLES, Language.NL).factor("F4").orElseThrow().findings());
    }

    @Test
    void aCorruptCacheFileIsNotTrustedButRebuilt() throws Exception {
        compile();
        Path entry = cacheFiles().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        DroolsKnowledgeBase rebuilt = compile();

        assertFalse(rebuilt.loadedFromCache());
        assertEquals(Status.RISK, rebuilt.assess(LONG_CYCLES, Language.NL).status("F4"));
        assertTrue(compile().loadedFromCache(), "the damaged entry was written anew");
    }

    @Test
    void anEntryWrittenByAnotherDroolsVersionIsNotUsed() throws Exception {
        RuleFiles files = RuleFiles.fromDirectory(rules.path());
        DroolsKnowledgeBase compiled = compile();
        Path entry = cacheFiles().get(0);
        String otherVersionKey = CompileCache.key(files, "9.44.0.Final");
        // the same compiled packages, stored as another Drools version would have stored them
        byte[] original = Files.readAllBytes(entry);
        Files.delete(entry);
        try (OutputStream out = Files.newOutputStream(cacheDir.resolve(otherVersionKey + ".kb"))) {
            out.write(original);
        }

        DroolsKnowledgeBase again = compile();

        assertFalse(again.loadedFromCache());
        assertEquals(compiled.assess(LONG_CYCLES, Language.NL).toJson(), again.assess(LONG_CYCLES, Language.NL).toJson());
    }

    @Test
    void anEntryUnderTheWrongNameIsDetectedByItsHeader() throws Exception {
        compile();
        Path entry = cacheFiles().get(0);
        rules.drl("f4.drl", RulesFolder.longCyclesRule("ATTENTION"));
        String newKey = CompileCache.key(RuleFiles.fromDirectory(rules.path()));
        Files.move(entry, cacheDir.resolve(newKey + ".kb")); // the old rules, posing as the new ones

        DroolsKnowledgeBase compiled = compile();

        assertFalse(compiled.loadedFromCache());
        assertEquals(Status.ATTENTION, compiled.assess(LONG_CYCLES, Language.NL).status("F4"));
    }

    @Test
    void manyCompilationsAtOnceLeaveOneWholeEntry() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DroolsKnowledgeBase>> compilations = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                compilations.add(pool.submit(this::compile));
            }
            for (Future<DroolsKnowledgeBase> compilation : compilations) {
                assertEquals(Status.RISK, compilation.get().assess(LONG_CYCLES, Language.NL).status("F4"));
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, cacheFiles().size(), "no temporary files left: " + cacheFiles());
        assertTrue(compile().loadedFromCache());
    }

    @Test
    void theBuildPrecompilesTheShippedRulesUnderTheKeyTheJarLooksFor() throws Exception {
        Path output = dir.resolve("precompiled/rules.kb");

        Precompiler.main(new String[] {output.toString()});

        RuleFiles shipped = RuleFiles.shipped();
        CompileCache.Origin origin = CompileCache.Origin.of(shipped.source(), shipped.fingerprint());
        Path packages = output.resolveSibling("rules-packages.kb");
        var entry = CacheEntry.read(Files.newInputStream(output), CompileCache.key(shipped), origin, () -> {
            try {
                return Files.newInputStream(packages);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(entry.isPresent());
        assertEquals(DroolsKnowledgeBase.compile(shipped).rules().size(), entry.get().rules().size());
        // its packages are kept apart, read only when asked for, and whole: the classic engine is made
        // of them, as when the executable model cannot be used
        assertTrue(Files.size(packages) > 4 * Files.size(output), Files.size(packages) + " against " + Files.size(output));
        assertEquals(entry.get().rules().size(), KnowledgeBaseCompiler.base(entry.get().packages()).getKiePackages().stream()
                .mapToInt(kiePackage -> kiePackage.getRules().size()).sum());
        assertTrue(CacheEntry.read(Files.newInputStream(output), CompileCache.key(shipped), origin).isEmpty(),
                "an entry whose packages are kept apart is not read without them");
    }

    @Test
    void theKeyTheBuildWroteBesideTheShippedEntryIsTheHashOfWhatItNames() throws Exception {
        // given the entry and key the build wrote for the shipped rules
        Path output = dir.resolve("precompiled/rules.kb");
        Precompiler.main(new String[] {output.toString()});
        String written = Files.readString(output.resolveSibling("rules.key"));
        RuleFiles shipped = RuleFiles.shipped();

        // when a start makes the shipped rules' key
        String key = CompileCache.key(shipped);

        // then it is the one written, which is the hash of what the key is made of; other files get their own
        assertEquals(CompileCache.hashed(CompileCache.keyInput(shipped)) + "\n" + CompileCache.keyInput(shipped), written);
        assertEquals(CompileCache.hashed(CompileCache.keyInput(shipped)), key);
        RuleFiles other = RuleFiles.fromDirectory(rules.path());
        assertEquals(CompileCache.hashed(CompileCache.keyInput(other)), CompileCache.key(other));
        assertTrue(!CompileCache.key(other).equals(key));
    }

    @Test
    void theKeyNamesTheDroolsVersionDroolsShipsNotTheManifestOfTheJarItRunsFrom() throws Exception {
        RuleFiles files = RuleFiles.fromDirectory(rules.path());
        java.util.Properties versions = new java.util.Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("drools.versions.properties")) {
            versions.load(in);
        }

        assertEquals(CompileCache.key(files, versions.getProperty("drools.version")), CompileCache.key(files));
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyCostsSpeed() throws Exception {
        Files.writeString(dir.resolve("not-a-folder"), "a file where the cache folder should be");

        DroolsKnowledgeBase compiled = DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(rules.path()),
                CompileCache.in(dir.resolve("not-a-folder")));

        assertEquals(Status.RISK, compiled.assess(LONG_CYCLES, Language.NL).status("F4"));
    }
}
