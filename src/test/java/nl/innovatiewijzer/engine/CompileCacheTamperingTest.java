package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.facts.WorkingMethod;
import org.drools.base.common.DroolsObjectOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** Entries that are damaged, crafted, or compiled from other files: never served, always compiled again. */
class CompileCacheTamperingTest {

    private static final ProjectFacts LONG_CYCLES = ProjectFacts.builder("Lange cycli")
            .workingMethod(new WorkingMethod(20, null, null, null, null)).build();

    /** Long enough for any machine, short enough that a hang fails the build instead of stopping it. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private RulesFolder rules;
    private Path cacheDir;

    @BeforeEach
    void aRulesFolderThatRatesLongCyclesARisk() {
        rules = RulesFolder.in(dir.resolve("rules")).drl("f4.drl", RulesFolder.longCyclesRule("RISK"))
                .write("f4.yaml", RulesFolder.LONG_CYCLES_TEXTS);
        cacheDir = dir.resolve("cache");
    }

    private DroolsKnowledgeBase compile(RulesFolder folder) {
        return DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(folder.path()), CompileCache.in(cacheDir));
    }

    private Path entryOf(RulesFolder folder) {
        return cacheDir.resolve(CompileCache.key(RuleFiles.fromDirectory(folder.path())) + ".kb");
    }

    private CompileCache.Origin originOf(RulesFolder folder) {
        RuleFiles files = RuleFiles.fromDirectory(folder.path());
        return CompileCache.Origin.of(files.source(), files.fingerprint());
    }

    /** The same entry with another key in its header: a header anyone could have written. */
    private static byte[] relabelled(byte[] entry, String key) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry));
        ByteArrayOutputStream relabelled = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(relabelled);
        out.writeUTF(in.readUTF());
        out.writeInt(in.readInt());
        in.readUTF();
        out.writeUTF(key);
        out.write(in.readAllBytes());
        return relabelled.toByteArray();
    }

    /**
     * A whole entry of the rules, with these bytes where its compiled packages belong: the one part
     * of an entry that Java's serialization reads.
     */
    private void storeCrafted(byte[] packages) throws IOException {
        compile(rules);
        CompileCache.Origin origin = originOf(rules);
        CompileCache.Entry real = CacheEntry.read(Files.newInputStream(entryOf(rules)), origin.key(), origin).orElseThrow();
        try (OutputStream out = Files.newOutputStream(entryOf(rules))) {
            CacheEntry.write(out, origin.key(), origin, real, packages);
        }
    }

    /** What the user must see after any bad entry: the right advice, from rules compiled again, and a good entry. */
    private void assertCompiledAgainAndTheEntryReplaced(byte[] bad) throws IOException {
        DroolsKnowledgeBase compiled = compile(rules);

        assertFalse(compiled.loadedFromCache(), "the bad entry was served");
        assertEquals(Status.RISK, compiled.assess(LONG_CYCLES, Language.NL).status("F4"));
        assertEquals(List.of(RuleFiles.fromDirectory(rules.path()).source() + "/f4.drl"),
                compiled.rules().stream().map(rule -> rule.file()).toList());
        assertFalse(Arrays.equals(bad, Files.readAllBytes(entryOf(rules))), "the bad entry was not replaced");
        assertTrue(compile(rules).loadedFromCache(), "the entry compiled again is not served the next time");
    }

    @Test
    void aFlippedByteInACompiledClassIsFoundByTheChecksumAndTheEntryRebuilt() throws Exception {
        compile(rules);
        byte[] bytes = Files.readAllBytes(entryOf(rules));
        int classFile = indexOf(bytes, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
        assertTrue(classFile > 0, "the entry holds the compiled classes of the rules");
        bytes[classFile + 40] ^= 0x20; // what once made ClassFormatError at every start
        Files.write(entryOf(rules), bytes);

        assertCompiledAgainAndTheEntryReplaced(bytes);
    }

    @Test
    void anEntryWithoutItsLastByteIsNotServedButRebuilt() throws Exception {
        compile(rules);
        byte[] bytes = Files.readAllBytes(entryOf(rules));
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 1);
        Files.write(entryOf(rules), truncated);

        assertCompiledAgainAndTheEntryReplaced(truncated);
    }

    @Test
    void theEntryOfTheSameFilesInAnotherFolderIsNotServedForThisOne() throws Exception {
        RulesFolder other = RulesFolder.in(dir.resolve("other")).drl("f4.drl", RulesFolder.longCyclesRule("RISK"))
                .write("f4.yaml", RulesFolder.LONG_CYCLES_TEXTS);
        compile(other);
        byte[] foreign = relabelled(Files.readAllBytes(entryOf(other)), CompileCache.key(RuleFiles.fromDirectory(rules.path())));
        Files.write(entryOf(rules), foreign);

        assertCompiledAgainAndTheEntryReplaced(foreign); // served, its rules would name other/f4.drl
    }

    @Test
    void theEntryOfAnotherFoldersRulesUnderThisFoldersKeyIsNotServed() throws Exception {
        RulesFolder other = RulesFolder.in(dir.resolve("other")).drl("f4.drl", RulesFolder.longCyclesRule("ATTENTION"))
                .write("f4.yaml", RulesFolder.LONG_CYCLES_TEXTS);
        compile(other);
        byte[] foreign = relabelled(Files.readAllBytes(entryOf(other)), CompileCache.key(RuleFiles.fromDirectory(rules.path())));
        Files.write(entryOf(rules), foreign);

        assertCompiledAgainAndTheEntryReplaced(foreign); // served, F4 would be ATTENTION
    }

    @Test
    void anEntryCompiledFromFilesThatDifferFromTheFilesOnDiskIsNotServed() throws Exception {
        rules.drl("f4.drl", RulesFolder.longCyclesRule("ATTENTION"));
        compile(rules);
        byte[] before = Files.readAllBytes(entryOf(rules));
        rules.drl("f4.drl", RulesFolder.longCyclesRule("RISK"));
        byte[] stale = relabelled(before, CompileCache.key(RuleFiles.fromDirectory(rules.path())));
        Files.write(entryOf(rules), stale);

        assertCompiledAgainAndTheEntryReplaced(stale);
    }

    @Test
    void anEntryCompiledWithoutTheChecksIsNotServedForACleanFolder() throws Exception {
        compile(rules);
        CompileCache.Origin clean = originOf(rules);
        CompileCache.Entry real = CacheEntry.read(Files.newInputStream(entryOf(rules)), clean.key(), clean).orElseThrow();
        // a rule the checks refuse, compiled by Drools alone, recording checks other than these
        KnowledgeBuilder unchecked = KnowledgeBuilderFactory.newKnowledgeBuilder();
        unchecked.add(ResourceFactory.newByteArrayResource((RulesFolder.HEADER + "import java.io.File;\n"
                + RulesFolder.longCyclesRule("STRONG")).getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        assertFalse(unchecked.hasErrors(), unchecked.getErrors().toString());
        CompileCache.Origin other = new CompileCache.Origin(clean.source(), clean.fingerprint(), "no checks");
        ByteArrayOutputStream crafted = new ByteArrayOutputStream();
        CacheEntry.write(crafted, other, new CompileCache.Entry(real.rules(), unchecked.getKnowledgePackages(), real.texts(), real.answers()));
        byte[] entry = relabelled(crafted.toByteArray(), clean.key());
        Files.write(entryOf(rules), entry);

        assertCompiledAgainAndTheEntryReplaced(entry); // served, F4 would be STRONG
    }

    @Test
    void aHugeArrayInTheBodyIsRefusedBeforeItIsMade() throws Exception {
        ByteArrayOutputStream objects = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(objects)) {
            out.writeObject(new int[] {0x0BADCAFE});
        }
        byte[] bytes = objects.toByteArray();
        int value = indexOf(bytes, new byte[] {0x0B, (byte) 0xAD, (byte) 0xCA, (byte) 0xFE});
        bytes[value - 4] = 0x7F; // the length of the array: 2,130,706,433 ints, 8 GB
        storeCrafted(bytes);
        byte[] crafted = Files.readAllBytes(entryOf(rules));

        assertTimeoutPreemptively(HANG_GUARD, () -> assertCompiledAgainAndTheEntryReplaced(crafted));
    }

    @Test
    void deeplyNestedSetsInTheBodyAreRefusedInsteadOfHashedForever() throws Exception {
        // each level doubles the work of hashing the outermost set: a hundred levels never finish
        Set<Object> root = new HashSet<>();
        Set<Object> left = root;
        Set<Object> right = new HashSet<>();
        for (int level = 0; level < 100; level++) {
            Set<Object> nextLeft = new HashSet<>();
            Set<Object> nextRight = new HashSet<>();
            nextLeft.add("unlike the right");
            left.add(nextLeft);
            left.add(nextRight);
            right.add(nextLeft);
            right.add(nextRight);
            left = nextLeft;
            right = nextRight;
        }
        ByteArrayOutputStream objects = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(objects)) {
            out.writeObject(root);
        }
        storeCrafted(objects.toByteArray());
        byte[] crafted = Files.readAllBytes(entryOf(rules));

        assertTimeoutPreemptively(HANG_GUARD, () -> assertCompiledAgainAndTheEntryReplaced(crafted));
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
