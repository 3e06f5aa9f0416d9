package nl.innovatiewijzer.report;

import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Status;

/**
 * The fixed words of a report (headings, labels, status names) in Dutch and English. What the
 * knowledge base says (factor names, findings, actions, questions) comes translated in the
 * assessment itself; only the frame around it lives here.
 */
enum Label {
    REPORT("Advies van de Innovatiewijzer", "Innovatiewijzer advice"),
    MUNICIPALITY("Gemeente", "Municipality"),
    FACTORS("Succesfactoren", "Success factors"),
    FACTOR("Factor", "Factor"),
    STATUS("Stand", "Status"),
    FINDINGS("Bevindingen", "Findings"),
    CHART("Stand van de negen succesfactoren", "Status of the nine success factors"),
    LEGEND("Legenda", "Legend"),
    RECOMMENDATIONS("Aanbevelingen", "Recommendations"),
    NO_RECOMMENDATIONS("Geen aanbevelingen.", "No recommendations."),
    BECAUSE("Waarom", "Why"),
    RULE("Regel", "Rule"),
    IN_FILE("in", "in"),
    MISSING_FACTS("Open vragen", "Open questions"),
    MISSING_FACTS_INTRO("Deze feiten zijn niet bekend; met een antwoord kan de factor beoordeeld worden.",
            "These facts are not known; an answer lets the factor be judged."),
    FIELD("Veld", "Field"),
    OBLIGATIONS("Verplichtingen", "Obligations"),
    NO_OBLIGATIONS("De feiten brengen geen verplichtingen met zich mee.", "The facts trigger no obligations."),
    KNOWLEDGE_BASE("Kennisbank", "Knowledge base"),
    KNOWLEDGE_BASE_SIZE("regels: {0}, bestanden: {1}", "rules: {0}, files: {1}"),

    STATUS_STRONG("Sterk", "Strong"),
    STATUS_ATTENTION("Aandacht", "Attention"),
    STATUS_RISK("Risico", "Risk"),
    STATUS_UNKNOWN("Onbekend", "Unknown"),

    PRIORITY_HIGH("Prioriteit hoog", "High priority"),
    PRIORITY_MEDIUM("Prioriteit middel", "Medium priority"),
    PRIORITY_LOW("Prioriteit laag", "Low priority"),

    OBLIGATION_DONE("Gedaan", "Done"),
    OBLIGATION_TODO("Te doen", "To do"),
    OBLIGATION_UNKNOWN("Niet bekend of het gedaan is", "Not known whether it was done"),

    PORTFOLIO("Portfolio-overzicht", "Portfolio summary"),
    PROJECT_COUNT("{0} projecten", "{0} projects"),
    PROJECT_COUNT_ONE("1 project", "1 project"),
    STATUS_PER_FACTOR("Stand per factor", "Status per factor"),
    PORTFOLIO_CHART("Aantal projecten per stand, per factor", "Number of projects per status, per factor"),
    FREQUENT_RECOMMENDATIONS("Meest gegeven aanbevelingen", "Most frequent recommendations"),
    PROJECTS("Projecten", "Projects"),
    HIGHEST_PRIORITY("Hoogste prioriteit", "Highest priority"),
    RANKING("Projecten naar risico", "Projects by risk"),
    RANKING_INTRO("Eerst het aantal factoren met risico, dan het aantal aanbevelingen met hoge prioriteit.",
            "First the number of factors at risk, then the number of high-priority recommendations."),
    PROJECT("Project", "Project"),
    RISK_FACTORS("Factoren met risico", "Factors at risk"),
    HIGH_RECOMMENDATIONS("Aanbevelingen hoog", "High recommendations"),
    SHOWN_OF("{0} van {1}", "{0} of {1}"),
    PRIORITY_WORD_HIGH("hoog", "high"),
    PRIORITY_WORD_MEDIUM("middel", "medium"),
    PRIORITY_WORD_LOW("laag", "low");

    private final String dutch;
    private final String english;

    Label(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    /** The label in a language, with {0}, {1}, ... replaced by the values given. */
    public String in(Language language, Object... values) {
        String text = language == Language.EN ? english : dutch;
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /** "1 project", "3 projecten": the number of projects in a portfolio. */
    static String projects(Language language, int count) {
        return count == 1 ? PROJECT_COUNT_ONE.in(language) : PROJECT_COUNT.in(language, count);
    }

    /** The name of a factor status. */
    public static Label of(Status status) {
        return switch (status) {
            case STRONG -> STATUS_STRONG;
            case ATTENTION -> STATUS_ATTENTION;
            case RISK -> STATUS_RISK;
            case UNKNOWN -> STATUS_UNKNOWN;
        };
    }

    /** The heading of a priority group. */
    public static Label of(Priority priority) {
        return switch (priority) {
            case HIGH -> PRIORITY_HIGH;
            case MEDIUM -> PRIORITY_MEDIUM;
            case LOW -> PRIORITY_LOW;
        };
    }

    /** The priority as one word, for inside a sentence or table. */
    public static Label word(Priority priority) {
        return switch (priority) {
            case HIGH -> PRIORITY_WORD_HIGH;
            case MEDIUM -> PRIORITY_WORD_MEDIUM;
            case LOW -> PRIORITY_WORD_LOW;
        };
    }

    /** The state of an obligation. */
    public static Label of(ObligationState state) {
        return switch (state) {
            case DONE -> OBLIGATION_DONE;
            case TODO -> OBLIGATION_TODO;
            case UNKNOWN -> OBLIGATION_UNKNOWN;
        };
    }
}
