package nl.innovatiewijzer.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.DutyKind;
import nl.innovatiewijzer.Evidence;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.KnowledgeBaseInfo;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.NextStep;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.ProjectSummary;
import nl.innovatiewijzer.Recommendation;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.StepKind;
import nl.innovatiewijzer.facts.Domain;
import nl.innovatiewijzer.facts.Phase;

/** Assessments built by hand, as the engine would give them, to render without running any rules. */
final class Examples {

    static final String HOSTILE_SCRIPT = "<script>alert(1)</script>";
    static final String HOSTILE_MARKDOWN = "*bold* [link](javascript:x) | pipe";
    static final String HOSTILE_QUOTES = "\"Tom's\" & <b>Jerry</b>";

    static final List<String> TITLES_NL = List.of("Vaardige projectleider en gedreven team",
            "Ruimte, vertrouwen en budget", "Antwoord op vragen uit domeinen", "Kortcyclische werkwijze",
            "Multidisciplinaire interactieve teams", "Samenwerking en leren van de markt",
            "Samenwerking in een netwerk of keten", "Betrokken eindgebruikers", "Een lerende aanpak");
    static final List<String> TITLES_EN = List.of("Skilled project leader and driven team", "Room, trust and budget",
            "Answering questions from the domains", "Short-cycle way of working", "Multidisciplinary interactive teams",
            "Collaborating with and learning from the market", "Collaboration in a network or chain",
            "Involved end users", "A learning approach");

    private static final KnowledgeBaseInfo KB = new KnowledgeBaseInfo("rules", 10, 74, "sha256:abc123");

    private Examples() {
    }

    /** The report's words as the shipped knowledge base writes them. */
    static Labels labels(Language language) {
        return Advisor.withDefaultRules().assess(ProjectFacts.builder("x").build(), language).labels();
    }

    /** A Dutch assessment of a pilot: F1 strong, F4 attention, F5 risk, a DPIA to do, one missing fact. */
    static Assessment pilot(String name) {
        return new Assessment(new ProjectSummary(name, "Voorbeeldstad"), Language.NL, KB,
                factors(TITLES_NL, "Bevinding over", Status.STRONG, Status.UNKNOWN, Status.UNKNOWN,
                        Status.ATTENTION, Status.RISK, Status.UNKNOWN, Status.UNKNOWN, Status.STRONG, Status.UNKNOWN),
                List.of(new Recommendation("F5-add-privacy-officer", "F5", Priority.HIGH, "Betrek een privacy officer",
                                "Neem een privacy officer op in het team.",
                                List.of("Project, verwerkt persoonsgegevens: ja.", "Het team heeft geen privacyfunctionaris."),
                                "Personal data without a privacy officer", "rules/f5-multidisciplinary-team.drl",
                                List.of(new Evidence("project.processesPersonalData", true))),
                        new Recommendation("F4-shorter-cycles", "F4", Priority.MEDIUM, "Maak de cycli korter",
                                "Knip het werk in stappen van hooguit vier weken.",
                                List.of("workingMethod.cycleLengthWeeks = 8"),
                                "Long work cycles", "rules/f4-short-cycles.drl"),
                        new Recommendation("F9-share-lessons", "F9", Priority.LOW, "Deel de lessen",
                                "Deel de lessen met andere gemeenten.", List.of("learning.lessonsShared = false"),
                                "Lessons kept inside the team", "rules/f9-learning.drl")),
                List.of(new MissingFact("market.dataOwnershipAgreed", "F6",
                        "Is afgesproken dat de gemeente eigenaar blijft van de data?")),
                List.of(new Obligation("dpia", "Gegevensbeschermingseffectbeoordeling (DPIA)", ObligationState.TODO,
                        List.of("dataUse.dpiaCriteria heeft 2 criteria", "dataUse.dpiaDone = false"))),
                List.of(), labels(Language.NL));
    }

    /** The same pilot in English, as the engine gives it with {@code Language.EN}. */
    static Assessment pilotInEnglish(String name) {
        return new Assessment(new ProjectSummary(name, "Exampletown"), Language.EN, KB,
                factors(TITLES_EN, "Finding about", Status.STRONG, Status.UNKNOWN, Status.UNKNOWN,
                        Status.ATTENTION, Status.RISK, Status.UNKNOWN, Status.UNKNOWN, Status.STRONG, Status.UNKNOWN),
                List.of(new Recommendation("F5-add-privacy-officer", "F5", Priority.HIGH, "Involve a privacy officer",
                                "Add a privacy officer to the team.",
                                List.of("project.processesPersonalData = true", "no team member has role privacyOfficer"),
                                "Personal data without a privacy officer", "rules/f5-multidisciplinary-team.drl"),
                        new Recommendation("F4-shorter-cycles", "F4", Priority.MEDIUM, "Shorten the cycles",
                                "Cut the work into steps of at most four weeks.",
                                List.of("workingMethod.cycleLengthWeeks = 8"), "Long work cycles",
                                "rules/f4-short-cycles.drl")),
                List.of(new MissingFact("market.dataOwnershipAgreed", "F6",
                        "Is it agreed that the municipality keeps its data?")),
                List.of(new Obligation("dpia", "Data protection impact assessment (DPIA)", ObligationState.TODO,
                        List.of("dataUse.dpiaDone = false"))),
                List.of(), labels(Language.EN));
    }

    /** A Dutch assessment with the statuses given for F1 .. F9 and HIGH recommendations with the ids given. */
    static Assessment withStatuses(String name, List<Status> statuses, String... highRecommendations) {
        List<Recommendation> recommendations = new ArrayList<>();
        for (String id : highRecommendations) {
            recommendations.add(new Recommendation(id, id.substring(0, 2), Priority.HIGH, "Titel van " + id,
                    "Actie " + id, List.of("reden"), "Regel " + id, "rules/test.drl"));
        }
        return new Assessment(new ProjectSummary(name, null), Language.NL, KB,
                factors(TITLES_NL, "Bevinding over", statuses.toArray(Status[]::new)), recommendations,
                List.of(), List.of(), List.of(), labels(Language.NL));
    }

    /** An assessment whose every value from facts or texts is {@code text}: name, findings, advice, questions. */
    static Assessment everywhere(String text) {
        List<FactorResult> factors = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            factors.add(new FactorResult("F" + (i + 1), text, Status.RISK, List.of(text)));
        }
        return new Assessment(new ProjectSummary(text, text), Language.NL, new KnowledgeBaseInfo(text, 1, 1, text),
                factors,
                List.of(new Recommendation("F1-x", "F1", Priority.HIGH, text, text, List.of(text), text, text)),
                List.of(new MissingFact("project.domain", "F3", text)),
                List.of(new Obligation("dpia", text, ObligationState.UNKNOWN, List.of(text))),
                List.of(), labels(Language.NL));
    }

    /**
     * A Dutch assessment as a director gets it: a social-domain pilot with a date and an assessor,
     * three next steps (an action, a duty, a question), a law duty to do, a policy duty not known to
     * be done and a law duty not in force yet, twelve recommendations (the most the rules give), a
     * strong factor that still has an action, and open questions of which one decides a duty.
     */
    static Assessment forADirector(String name) {
        List<Recommendation> recommendations = new ArrayList<>();
        String[] factors = {"F1", "F1", "F2", "F4", "F4", "F5", "F5", "F6", "F7", "F8", "F9", "F9"};
        for (int i = 0; i < factors.length; i++) {
            Priority priority = i < 3 ? Priority.HIGH : i < 9 ? Priority.MEDIUM : Priority.LOW;
            recommendations.add(new Recommendation(factors[i] + "-actie-" + (i + 1), factors[i], priority,
                    "Spreek af wie stap " + (i + 1) + " zet",
                    "Leg in het eerstvolgende overleg met de opdrachtgever vast wie deze stap zet, wanneer die klaar is "
                            + "en hoe het team merkt dat hij gelukt is; zet de afspraak in het projectplan.",
                    List.of("De werkcyclus duurt 10 weken.", "De tussenstappen worden niet geëvalueerd."),
                    "Regel " + (i + 1), "rules/test.drl"));
        }
        return new Assessment(new ProjectSummary(name, "Voorbeeldstad", Domain.SOCIAL, Phase.PILOT,
                LocalDate.of(2026, 12, 1), "Team informatiebeheer"), Language.NL, KB,
                factors(TITLES_NL, "Bevinding over", Status.RISK, Status.ATTENTION, Status.STRONG,
                        Status.ATTENTION, Status.RISK, Status.STRONG, Status.ATTENTION, Status.UNKNOWN, Status.STRONG),
                recommendations,
                List.of(new MissingFact("endUsers.involvement", "F8", "Hoe worden eindgebruikers betrokken?"),
                        new MissingFact("dataUse.dpiaCriteria", "F5", "Welke hoogrisicocriteria gelden voor de verwerking?",
                                List.of("F5", "dpia")),
                        new MissingFact("endUsers.feedbackEveryCycle", "F8", "Geven eindgebruikers elke cyclus feedback?")),
                List.of(new Obligation("dpia", "Gegevensbeschermingseffectbeoordeling (DPIA)", ObligationState.TODO,
                                List.of("Er worden persoonsgegevens van kinderen verwerkt."), List.of(), DutyKind.LAW,
                                "AVG artikel 35", LocalDate.of(2018, 5, 25), true),
                        new Obligation("iama", "Impact Assessment Mensenrechten en Algoritmes (IAMA)",
                                ObligationState.UNKNOWN, List.of("Het algoritme raakt inwoners."), List.of(),
                                DutyKind.POLICY, "Motie Bouchallikh en Dekker-Abdulaziz", null, true),
                        new Obligation("humanOversight", "Menselijk toezicht op het AI-systeem", ObligationState.TODO,
                                List.of("Het systeem is een hoogrisico-AI-systeem."), List.of(), DutyKind.LAW,
                                "AI-verordening artikel 26", LocalDate.of(2027, 8, 2), false)),
                List.of(), labels(Language.NL),
                List.of(new NextStep(1, StepKind.RECOMMENDATION, "F1-actie-1", "F1", "Spreek af wie stap 1 zet",
                                "Zonder projectleider met tijd komt geen andere stap van de grond."),
                        new NextStep(2, StepKind.OBLIGATION, "dpia", null, "Voer de DPIA uit",
                                "De verwerking loopt al en de wet vraagt de DPIA vooraf."),
                        new NextStep(3, StepKind.QUESTION, "dataUse.dpiaCriteria", "F5",
                                "Welke hoogrisicocriteria gelden voor de verwerking?",
                                "Het antwoord beslist welke verplichtingen gelden.")));
    }

    /** The same assessment with the statuses, advice and duties of {@link #forADirector}, in English words. */
    static Assessment forADirectorInEnglish(String name) {
        Assessment dutch = forADirector(name);
        return new Assessment(new ProjectSummary(name, "Exampletown", Domain.SOCIAL, Phase.PILOT,
                LocalDate.of(2026, 12, 1), "Information team"), Language.EN, KB,
                factors(TITLES_EN, "Finding about", dutch.factors().stream().map(FactorResult::status).toArray(Status[]::new)),
                dutch.recommendations(), dutch.missingFacts(), dutch.obligations(), List.of(), labels(Language.EN),
                dutch.nextSteps());
    }

    private static List<FactorResult> factors(List<String> titles, String finding, Status... statuses) {
        List<FactorResult> factors = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Status status = statuses[i];
            List<String> findings = status == Status.UNKNOWN ? List.of() : List.of(finding + " F" + (i + 1) + ".");
            factors.add(new FactorResult("F" + (i + 1), titles.get(i), status, findings));
        }
        return factors;
    }
}
