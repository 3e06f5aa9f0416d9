package nl.innovatiewijzer.knowledge;

import static nl.innovatiewijzer.knowledge.ProjectVariant.strong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.FactChange;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Recommendation;
import org.junit.jupiter.api.Test;

/**
 * The report reads as a Dutch civil servant and an English public-sector writer would write it:
 * wording once found clumsy, literal or misleading does not come back.
 */
class NativeWordingTest {

    private static final Advisor ADVISOR = Fired.knowledgeBase();

    /** Dutch wording that was weak, each with what the report says instead. */
    private static final List<String> WEAK_DUTCH = List.of(
            "privacyfunctionaris",            // read as the FG, who must stay independent: a privacyadviseur
            "privacy officer",                // English inside a Dutch sentence
            "ciso", "security officer",       // an informatiebeveiliger
            "opslag en toegang van",          // toegang tot
            "weken per cyclus",               // a value in brackets inside a sentence
            "laat het team sneller leren",
            "kost zo maanden",
            "met de uitkomst wint",
            "via vng",
            "bied andere gemeenten aan",
            "lunchsessie of inloopuur waar",  // "waar ... waar" in one sentence
            "sparring",
            "klankbordsessie met inwoners",   // a sounding board of possible suspects
            "in hun eigen werk",              // said of residents and homeowners too
            "eigenaar in de lijn");           // asked of a project that may have no owner

    /** English wording that was weak: Dutch turns of phrase, translated word for word. */
    private static final List<String> WEAK_ENGLISH = List.of(
            "look along", "think along", "thinks along", "works along",
            "intervision",
            "the own department", "own departments",
            "sparring",
            "knowledge afternoon",
            "structural use",
            "weeks per cycle",
            "walk-in hour",
            "impact assessment for human rights",
            "in their own work",
            "owner in the line");

    @Test
    void noTextTheReportShowsUsesWordingThatWasWeak() throws IOException {
        Set<String> found = new LinkedHashSet<>();
        for (ProjectFacts facts : projects()) {
            found.addAll(weak(ADVISOR.assess(facts, Language.NL), WEAK_DUTCH));
            found.addAll(weak(ADVISOR.assess(facts, Language.EN), WEAK_ENGLISH));
        }
        for (Path example : ExampleProjectsTest.examples()) { // and what the improvement paths say
            ProjectFacts facts = ProjectFacts.read(example);
            found.addAll(weak(ADVISOR.assess(facts, Language.NL).withImprovements(ADVISOR.improvements(facts, Language.NL)),
                    WEAK_DUTCH));
            found.addAll(weak(ADVISOR.assess(facts, Language.EN).withImprovements(ADVISOR.improvements(facts, Language.EN)),
                    WEAK_ENGLISH));
        }

        assertEquals(Set.of(), found);
    }

    @Test
    void theIamaIsCalledFraiaInEnglishAndIamaInDutch() {
        var facts = strong().with("dataUse.impactOnResidents", "true").with("dataUse.iamaDone", "false").facts();

        assertEquals("Fundamental Rights and Algorithms Impact Assessment (FRAIA)",
                ADVISOR.assess(facts, Language.EN).obligation("iama").orElseThrow().title());
        assertEquals("Impact Assessment Mensenrechten en Algoritmes (IAMA)",
                ADVISOR.assess(facts).obligation("iama").orElseThrow().title());
    }

    @Test
    void personalDataWithoutAPrivacyAdviserAsksForAPrivacyAdviserAndAnInformationSecurityOfficer() {
        var facts = strong().with("team.members", "[{role: domainExpert}, {role: programmeManager}, {role: dataScientist}]")
                .facts();
        Assessment assessment = ADVISOR.assess(facts);

        Recommendation privacy = assessment.recommendation("F5-add-privacy-officer").orElseThrow();
        assertEquals("Haal een privacyadviseur in het team", privacy.title());
        assertTrue(privacy.action().startsWith("Vraag een privacyadviseur van de gemeente"), privacy.action());
        assertTrue(privacy.action().endsWith("vraag ook een informatiebeveiliger om na te gaan wie er toegang toe heeft en "
                + "hoe ze worden opgeslagen."), privacy.action());
        assertTrue(assessment.recommendation("F5-involve-security-officer").isEmpty(), "the privacy adviser's action says it");
    }

    @Test
    void theAdviceToHaveResidentsRepresentedIsOneShortSentenceInBothLanguages() {
        var facts = strong().with("dataUse.impactOnResidents", "true")
                .with("network.partners", "[{type: knowledgeInstitute}]").facts();

        for (Language language : Language.values()) {
            Recommendation residents = ADVISOR.assess(facts, language).recommendation("F8-involve-affected-residents")
                    .orElseThrow();
            assertTrue(words(residents.title()) <= 10, residents.title());
            assertTrue(words(residents.action()) <= 30 && residents.action().indexOf(';') < 0, residents.action());
        }
    }

    private static List<ProjectFacts> projects() throws IOException {
        List<ProjectFacts> projects = new ArrayList<>();
        for (RuleCase rule : RuleCases.all()) {
            projects.add(rule.fires().facts());
            projects.add(rule.nearMiss().facts());
        }
        for (Path example : ExampleProjectsTest.examples()) {
            projects.add(ProjectFacts.read(example));
        }
        return projects;
    }

    /** Each weak phrase in a text the report shows, with the text it is in. */
    private static List<String> weak(Assessment assessment, List<String> phrases) {
        List<String> texts = new ArrayList<>();
        for (FactorResult factor : assessment.factors()) {
            texts.add(factor.title());
            texts.addAll(factor.findings());
        }
        for (Recommendation recommendation : assessment.recommendations()) {
            texts.add(recommendation.title());
            texts.add(recommendation.action());
        }
        assessment.missingFacts().stream().map(MissingFact::question).forEach(texts::add);
        assessment.obligations().stream().map(Obligation::title).forEach(texts::add);
        if (assessment.hasImprovements()) {
            assessment.improvements().stream().flatMap(i -> i.paths().stream()).flatMap(p -> p.changes().stream())
                    .map(FactChange::text).forEach(texts::add);
        }

        List<String> found = new ArrayList<>();
        for (String text : texts) {
            phrases.stream().filter(phrase -> asWords(phrase).matcher(text).find())
                    .forEach(phrase -> found.add(assessment.language() + " \"" + phrase + "\": " + text));
        }
        return found;
    }

    /** The phrase as whole words, in any case: "works along" is not found in "works alongside". */
    private static Pattern asWords(String phrase) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(phrase) + "(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static int words(String text) {
        return text.trim().split("\\s+").length;
    }
}
