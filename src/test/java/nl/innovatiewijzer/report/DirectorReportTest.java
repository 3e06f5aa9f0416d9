package nl.innovatiewijzer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.KnowledgeBaseInfo;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.ProjectSummary;
import nl.innovatiewijzer.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The report as a director reads it, in every format people read: the project, its phase, domain,
 * date and assessor at the top, a summary, the first steps before the rest of the advice, the duties
 * near the top with their badges, and the open questions per factor.
 */
class DirectorReportTest {

    private static final List<ReportFormat> FORMATS = List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML);

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"TEXT", "MARKDOWN", "HTML"})
    void theHeadNamesProjectMunicipalityPhaseDomainDateAndAssessorInWords(ReportFormat format) {
        String dutch = visible(format, format.renderer().assessment(Examples.forADirector("Jeugdhulp op maat")));
        String english = visible(format, format.renderer().assessment(Examples.forADirectorInEnglish("Youth care")));

        inOrder(dutch, "Jeugdhulp op maat", "Voorbeeldstad", "pilot", "sociaal domein", "1 december 2026",
                "Team informatiebeheer", "Samenvatting");
        inOrder(english, "Youth care", "Exampletown", "pilot", "social domain", "1 December 2026", "Information team",
                "Summary");
        assertFalse(dutch.contains("SOCIAL") || dutch.contains("2026-12-01"), dutch);
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"TEXT", "MARKDOWN", "HTML"})
    void theSummaryThenTheFirstStepsComeBeforeAnyOtherAdvice(ReportFormat format) {
        String report = visible(format, format.renderer().assessment(Examples.forADirector("Jeugdhulp op maat")));

        inOrder(report, "Samenvatting", "Verplichtingen te doen: 1", "Eerste stappen: 3", "Begin hier",
                "Actie", "Spreek af wie stap 1 zet", "Zonder projectleider met tijd komt geen andere stap van de grond.",
                "Verplichting", "Voer de DPIA uit", "Vraag", "Welke hoogrisicocriteria gelden voor de verwerking?",
                "Verplichtingen", "Succesfactoren", "Aanbevelingen", "Open vragen");
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"TEXT", "MARKDOWN", "HTML"})
    void dutiesOfTheLawComeBeforeThoseOfPolicyAndSayFromWhenOneApplies(ReportFormat format) {
        String dutch = visible(format, format.renderer().assessment(Examples.forADirector("Jeugdhulp op maat")));
        String english = visible(format, format.renderer().assessment(Examples.forADirectorInEnglish("Youth care")));

        inOrder(dutch, "Gegevensbeschermingseffectbeoordeling (DPIA)", "Wet", "Te doen",
                "Menselijk toezicht op het AI-systeem", "Wet", "geldt vanaf 2 augustus 2027",
                "Impact Assessment Mensenrechten en Algoritmes (IAMA)", "Beleid", "Niet bekend of het gedaan is",
                "Of er meer verplichtingen gelden, is nog niet te zeggen");
        assertTrue(dutch.contains("AVG artikel 35") && dutch.contains("AI-verordening artikel 26"), dutch);
        inOrder(english, "Law", "To do", "applies from 2 August 2027", "Policy", "Whether more duties apply");
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"TEXT", "MARKDOWN", "HTML"})
    void noDutiesIsSaidOnlyWhenTheFactsToDecideThemAreKnown(ReportFormat format) {
        Assessment decided = Examples.withStatuses("Bekend", List.of(Status.values()[0], Status.STRONG, Status.STRONG,
                Status.STRONG, Status.STRONG, Status.STRONG, Status.STRONG, Status.STRONG, Status.STRONG));
        Assessment undecided = onlyAName();

        assertTrue(format.renderer().assessment(decided).contains("De feiten brengen geen verplichtingen met zich mee."));
        String report = visible(format, format.renderer().assessment(undecided));
        assertFalse(report.contains("geen verplichtingen"), report);
        assertTrue(report.contains("Welke verplichtingen gelden, is nog niet te zeggen: daarvoor ontbreken feiten."), report);
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"TEXT", "MARKDOWN", "HTML"})
    void aStrongFactorWithAnActionSaysItCanStillImproveAndAnUnknownOnePointsToItsQuestions(ReportFormat format) {
        String report = visible(format, format.renderer().assessment(Examples.forADirector("Jeugdhulp op maat")));

        assertTrue(report.contains("sterk; dit kan nog beter"), report);
        assertTrue(report.contains("Te weinig bekend om te oordelen; zie de 2 open vragen bij F8."), report);
        // F3 is strong without an action: no word needed
        assertEquals(2, occurrences(report, "sterk; dit kan nog beter") / (format == ReportFormat.HTML ? 2 : 1), report);
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"TEXT", "MARKDOWN", "HTML"})
    void openQuestionsStandPerFactorInTheAssessmentsOrderWithinIt(ReportFormat format) {
        String report = visible(format, format.renderer().assessment(Examples.forADirector("Jeugdhulp op maat")));
        String questions = report.substring(report.lastIndexOf("Open vragen"));

        inOrder(questions, "F5", "Multidisciplinaire interactieve teams",
                "Welke hoogrisicocriteria gelden voor de verwerking?", "F8", "Betrokken eindgebruikers",
                "Hoe worden eindgebruikers betrokken?", "Geven eindgebruikers elke cyclus feedback?");
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"TEXT", "MARKDOWN", "HTML"})
    void withoutFirstStepsTheReportSaysNothingNeedsToComeFirst(ReportFormat format) {
        String report = visible(format, format.renderer().assessment(Examples.pilotInEnglish("Pilot")));

        inOrder(report, "Summary", "Start here", "Nothing needs to come first.", "Obligations", "Success factors");
    }

    /** A project of which only the name is known: every factor unknown, and a question that decides a duty. */
    private static Assessment onlyAName() {
        List<FactorResult> factors = Examples.TITLES_NL.stream()
                .map(title -> new FactorResult("F" + (Examples.TITLES_NL.indexOf(title) + 1), title, Status.UNKNOWN, List.of()))
                .toList();
        return new Assessment(new ProjectSummary("Alleen een naam", null), Language.NL,
                new KnowledgeBaseInfo("rules", 1, 1, "sha256:0"), factors, List.of(),
                List.of(new MissingFact("project.processesPersonalData", "F5", "Verwerkt het project persoonsgegevens?",
                        List.of("F5", "dpia"))), List.of(), List.of(), Examples.labels(Language.NL));
    }

    private static void inOrder(String report, String... parts) {
        int at = 0;
        for (String part : parts) {
            int found = report.indexOf(part, at);
            assertTrue(found >= 0, "\"" + part + "\" does not follow in order:\n" + report);
            at = found + part.length();
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    /** The report as a reader sees it: HTML without its head, tags and escapes, Markdown without its escapes. */
    static String visible(ReportFormat format, String report) {
        if (format == ReportFormat.MARKDOWN) {
            return report.replace("\\", "").replace("**", "");
        }
        if (format != ReportFormat.HTML) {
            return report;
        }
        return report.substring(report.indexOf("<body")).replaceAll("<[^>]*>", "").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }
}
