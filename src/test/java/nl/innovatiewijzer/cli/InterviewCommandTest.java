package nl.innovatiewijzer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.facts.AlgorithmType;
import nl.innovatiewijzer.facts.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interview with its answers piped in, one per line, as a script or a test gives them. */
class InterviewCommandTest {

    private static final Advisor ADVISOR = Advisor.withDefaultRules();

    @TempDir
    Path dir;

    private static Run answering(String answers, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(args, new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** The first open question of a project with only a name, as the assessment orders them. */
    private static MissingFact firstQuestion(ProjectFacts facts) {
        return ADVISOR.assess(facts).missingFacts().get(0);
    }

    @Test
    void aNewFileStartsWithTheNameAndIsAValidFactsFileAfterTheFirstAnswer() throws IOException {
        Path file = dir.resolve("nieuw.yaml");
        MissingFact first = firstQuestion(ProjectFacts.builder("Mijn project").build());

        Run run = answering("Mijn project\nq\n", "interview", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Hoe heet het project?\n"), run.out());
        assertTrue(run.out().contains("Vraag 1: " + first.question() + "\n"), run.out());
        assertTrue(run.out().contains("(lege regel: weet niet; q: stoppen)"), run.out());
        assertEquals("Mijn project", ProjectFacts.read(file).project().name());
        assertTrue(run.out().contains("Advies van de Innovatiewijzer: Mijn project"), "it ends with the assessment:\n" + run.out());
    }

    @Test
    void anAnswerIsWrittenAtOnceAndWhatItChangedIsShown() throws IOException {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, "project: {name: P}\n");

        Run run = answering("ja\nq\n", "interview", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Vraag 1: Is er één persoon aangewezen die het project leidt?\n"
                + "Hierop wacht: de stand van F1 en de eerste stappen.\n"
                + "Mogelijke antwoorden: ja of nee\n"), run.out());
        assertTrue(run.out().contains("Veranderd: F1 Vaardige projectleider en gedreven team: Onbekend -> Aandacht"), run.out());
        assertTrue(run.out().contains("Bewaard in " + file + "."), run.out());
        assertEquals(Boolean.TRUE, ProjectFacts.read(file).projectLeader().assigned());
    }

    @Test
    void aWrongAnswerIsSaidPlainlyAndTheSameQuestionComesAgain() throws IOException {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, "project: {name: P}\nprojectLeader: {assigned: true}\n");
        MissingFact first = firstQuestion(ProjectFacts.read(file));

        Run run = answering("zeven\n-3\n\nq\n", "interview", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("„zeven” is geen antwoord op deze vraag. Verwacht: "), run.out());
        assertTrue(run.out().contains("„-3” is geen antwoord op deze vraag."), run.out());
        assertTrue(run.out().contains("Overgeslagen; deze vraag komt deze keer niet terug."), run.out());
        assertEquals(1, run.out().split("Vraag 1: " + first.question(), -1).length - 1, "asked once:\n" + run.out());
        assertEquals(4, run.out().split("Antwoord: ", -1).length - 1, "a prompt for each line:\n" + run.out());
        assertEquals("", run.err());
    }

    @Test
    void valuesAreAnsweredByTheirWordOrTheirNumber() throws IOException {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, "project: {name: P}\n");

        // asked in this order: who leads, the algorithm, personal data, the leader's hours, the team's drive
        Run run = answering("ja\n1\nnee\n20\nhoog\n" + "\n".repeat(3) + "q\n", "interview", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        ProjectFacts facts = ProjectFacts.read(file);
        assertEquals(Boolean.TRUE, facts.projectLeader().assigned(), Files.readString(file));
        assertEquals(AlgorithmType.NONE, facts.dataUse().algorithmType(), Files.readString(file));
        assertEquals(Boolean.FALSE, facts.project().processesPersonalData(), Files.readString(file));
        assertEquals(20, facts.projectLeader().hoursPerWeek(), Files.readString(file));
        assertEquals(Level.HIGH, facts.team().motivation(), Files.readString(file));
    }

    @Test
    void anExistingFileIsResumedAndOnlyWhatIsMissingIsAsked() throws IOException {
        Path file = dir.resolve("hondenoverlast.yaml");
        Files.copy(Path.of("facts/hondenoverlast.yaml"), file);
        ProjectFacts facts = ProjectFacts.read(file);
        MissingFact first = firstQuestion(facts);

        Run run = answering("q\n", "interview", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Vraaggesprek: " + facts.project().name() + "\n"), run.out());
        assertTrue(run.out().contains("Vraag 1: " + first.question()), run.out());
        assertFalse(run.out().contains("Hoe heet het project?"), run.out());
    }

    @Test
    void aProjectWithNothingMissingSaysSoAndGivesTheAssessment() throws IOException {
        Path file = dir.resolve("factuurcontrole.yaml");
        Files.copy(Path.of("facts/factuurcontrole.yaml"), file);
        String before = Files.readString(file);

        Run run = answering("", "interview", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Er zijn geen open vragen meer.\n"), run.out());
        assertTrue(run.out().contains("Advies van de Innovatiewijzer: Automatische factuurcontrole"), run.out());
        assertEquals(before, Files.readString(file), "nothing answered, nothing written: its comments stay");
    }

    @Test
    void theEndOfTheInputStopsTheInterviewAndKeepsWhatWasAnswered() throws IOException {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, "project: {name: P}\n");

        Run run = answering("nee\n", "interview", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Gestopt. Wat u hebt beantwoord, staat in " + file), run.out());
        assertEquals(Boolean.FALSE, ProjectFacts.read(file).projectLeader().assigned());
    }

    @Test
    void aFileThatIsNotValidFactsIsNeverOverwritten() throws IOException {
        Path file = dir.resolve("kapot.yaml");
        String broken = "project:\n  name: P\n  phase: later\n";
        Files.writeString(file, broken);

        Run run = answering("ja\n", "interview", file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(file + ":3:10: project.phase"), run.err());
        assertTrue(run.err().contains("is not a valid facts file, so it is left as it is"), run.err());
        assertEquals(broken, Files.readString(file));
    }

    @Test
    void aFileThatIsNoFactsFileByItsNameIsRefused() {
        Run run = answering("P\n", "interview", dir.resolve("notities.txt").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("a facts file is named .yaml, .yml or .json"), run.err());
        assertFalse(Files.exists(dir.resolve("notities.txt")));
    }

    @Test
    void inEnglishTheQuestionsAndAnswersAreEnglishAndAJsonFileStaysJson() throws IOException {
        Path file = dir.resolve("p.json");

        Run run = answering("My project\nyes\nq\n", "interview", file.toString(), "--lang", "en");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("What is the project called?\n"), run.out());
        assertTrue(run.out().contains("Possible answers: yes or no"), run.out());
        assertTrue(Files.readString(file).startsWith("{"), Files.readString(file));
        assertEquals(Boolean.TRUE, ProjectFacts.read(file).projectLeader().assigned());
    }

    @Test
    void aListIsAnsweredWithCommasAndNoneIsAnEmptyList() {
        FactQuestion roles = FactQuestion.of("team.members", ADVISOR.texts(nl.innovatiewijzer.Language.NL).labels())
                .orElseThrow();

        assertEquals(java.util.List.of(java.util.Map.of("role", "domainExpert"), java.util.Map.of("role", "dataScientist")),
                roles.read("domainExpert, " + roles.word("dataScientist")).value());
        assertEquals(java.util.List.of(), roles.read("geen").value());
        assertTrue(roles.read("domainExpert, tovenaar").problem().startsWith("„tovenaar” is geen antwoord"),
                roles.read("domainExpert, tovenaar").problem());
    }

    @Test
    void aFactOfEachItemOfAListIsSetOnEveryItemThatHasNoneYet() throws IOException {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, "project: {name: P}\nmarket:\n  suppliers:\n    - {size: small}\n    - {size: large, bringsKnowledge: false}\n");
        FactsDocument document = FactsDocument.read(file);

        document.set("market.suppliers.bringsKnowledge", true);
        document.write();

        ProjectFacts facts = ProjectFacts.read(file);
        assertEquals(Boolean.TRUE, facts.market().suppliers().get(0).bringsKnowledge());
        assertEquals(Boolean.FALSE, facts.market().suppliers().get(1).bringsKnowledge());
        assertEquals(2, document.itemsHolding("market.suppliers.bringsKnowledge"));
        assertTrue(FactQuestion.of("market.suppliers.bringsKnowledge",
                ADVISOR.texts(nl.innovatiewijzer.Language.NL).labels()).orElseThrow().ofItems());
    }
}
