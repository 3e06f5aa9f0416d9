package nl.innovatiewijzer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.stream.Stream;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.facts.WorkingMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Compiled rules are code: a cache folder is used only while it belongs to the user and nobody else
 * may write it, and an entry only while the same holds for its file. Otherwise the rules are compiled
 * without it, and an unsafe folder is said once.
 */
class CompileCacheFolderTest {

    private static final ProjectFacts LONG_CYCLES = ProjectFacts.builder("Lange cycli")
            .workingMethod(new WorkingMethod(20, null, null, null, null)).build();

    @TempDir
    Path dir;

    private RulesFolder rules;
    private Path cacheDir;

    @BeforeEach
    void aRulesFolderOnAFileSystemWithOwners() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        rules = RulesFolder.in(dir.resolve("rules")).drl("f4.drl", RulesFolder.longCyclesRule("RISK"))
                .write("f4.yaml", RulesFolder.LONG_CYCLES_TEXTS);
        cacheDir = dir.resolve("cache");
    }

    private DroolsKnowledgeBase compile() {
        return DroolsKnowledgeBase.compile(RuleFiles.fromDirectory(rules.path()), CompileCache.in(cacheDir));
    }

    private Path entry() {
        return cacheDir.resolve(CompileCache.key(RuleFiles.fromDirectory(rules.path())) + ".kb");
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.toList();
        }
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    /** What the library logs while {@code action} runs: the command line shows it on standard error. */
    private static String standardErrorOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private List<String> linesNaming(String text, Path folder) {
        return text.lines().filter(line -> line.contains(folder.toString())).toList();
    }

    private static UserPrincipal nobody() {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a folder to another user");
        try {
            return FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        } catch (IOException e) {
            abort("this machine has no user nobody to give the folder to");
            return null;
        }
    }

    @Test
    void aNewCacheFolderIsMadeForItsOwnerOnlyAndServesTheNextCompilation() throws Exception {
        compile();

        assertEquals("rwx------", permissions(cacheDir));
        assertEquals("rw-------", permissions(entry()));
        assertTrue(compile().loadedFromCache());
    }

    @Test
    @ResourceLock(Resources.SYSTEM_ERR)
    void aCacheFolderEveryoneMayWriteIsNotUsedAndThatIsSaidOnce() throws Exception {
        Files.createDirectories(cacheDir);
        Files.setPosixFilePermissions(cacheDir, PosixFilePermissions.fromString("rwxrwxrwx"));
        DroolsKnowledgeBase[] compiled = new DroolsKnowledgeBase[2];

        String said = standardErrorOf(() -> {
            compiled[0] = compile();
            compiled[1] = compile();
        });

        assertFalse(compiled[1].loadedFromCache());
        assertEquals(Status.RISK, compiled[1].assess(LONG_CYCLES, Language.NL).status("F4"));
        assertEquals(List.of(), cacheFiles(), "nothing written to a folder others may write");
        List<String> lines = linesNaming(said, cacheDir);
        assertEquals(1, lines.size(), said);
        assertTrue(lines.get(0).contains("is not used: other users may write it (rwxrwxrwx)"), lines.get(0));
        assertFalse(said.contains("\tat "), "no stack trace: " + said);
    }

    @Test
    @ResourceLock(Resources.SYSTEM_ERR)
    void aCacheFolderItsGroupMayWriteIsNotUsedEvenWhenItHoldsTheEntry() throws Exception {
        compile();
        Files.setPosixFilePermissions(cacheDir, PosixFilePermissions.fromString("rwxrwx---"));
        DroolsKnowledgeBase[] compiled = new DroolsKnowledgeBase[1];

        String said = standardErrorOf(() -> compiled[0] = compile());

        assertFalse(compiled[0].loadedFromCache(), "an entry the group could have written was served");
        assertEquals(Status.RISK, compiled[0].assess(LONG_CYCLES, Language.NL).status("F4"));
        assertTrue(linesNaming(said, cacheDir).get(0).contains("other users may write it (rwxrwx---)"), said);
    }

    @Test
    @ResourceLock(Resources.SYSTEM_ERR)
    void aCacheFolderOfAnotherUserIsNotUsedEvenWhenItHoldsTheEntry() throws Exception {
        UserPrincipal nobody = nobody();
        compile();
        Files.setOwner(entry(), nobody);
        Files.setOwner(cacheDir, nobody);
        DroolsKnowledgeBase[] compiled = new DroolsKnowledgeBase[1];

        String said = standardErrorOf(() -> compiled[0] = compile());

        assertFalse(compiled[0].loadedFromCache(), "another user's entry was served");
        assertEquals(Status.RISK, compiled[0].assess(LONG_CYCLES, Language.NL).status("F4"));
        assertEquals(nobody, Files.getOwner(entry()), "another user's folder is left as it is");
        assertTrue(linesNaming(said, cacheDir).get(0).contains("it belongs to nobody, not to root"), said);
    }

    @Test
    void anEntryOthersMayWriteIsNotServedButReplacedByOneForItsOwnerOnly() throws Exception {
        compile();
        Files.setPosixFilePermissions(entry(), PosixFilePermissions.fromString("rw-rw-rw-"));

        DroolsKnowledgeBase compiled = compile();

        assertFalse(compiled.loadedFromCache());
        assertEquals(Status.RISK, compiled.assess(LONG_CYCLES, Language.NL).status("F4"));
        assertEquals("rw-------", permissions(entry()));
        assertTrue(compile().loadedFromCache());
    }

    @Test
    void anEntryOfAnotherUserInTheUsersOwnFolderIsNotServedButReplaced() throws Exception {
        UserPrincipal nobody = nobody();
        compile();
        Files.setOwner(entry(), nobody);

        DroolsKnowledgeBase compiled = compile();

        assertFalse(compiled.loadedFromCache());
        assertEquals(Status.RISK, compiled.assess(LONG_CYCLES, Language.NL).status("F4"));
        assertEquals(Files.getOwner(cacheDir), Files.getOwner(entry()));
        assertTrue(compile().loadedFromCache());
    }

    @Test
    void anEntryThatIsALinkIsNotFollowedButReplacedByAFile() throws Exception {
        compile();
        Path elsewhere = Files.move(entry(), dir.resolve("elsewhere.kb"));
        Files.createSymbolicLink(entry(), elsewhere);

        DroolsKnowledgeBase compiled = compile();

        assertFalse(compiled.loadedFromCache());
        assertEquals(Status.RISK, compiled.assess(LONG_CYCLES, Language.NL).status("F4"));
        assertFalse(Files.isSymbolicLink(entry()));
        assertTrue(compile().loadedFromCache());
    }
}
