package nl.innovatiewijzer.report;

import java.util.Locale;
import nl.innovatiewijzer.DutyKind;
import nl.innovatiewijzer.Effort;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.StepKind;

/**
 * The fixed words a report uses (headings, labels, status names), by their id in the
 * {@code labels:} texts of the knowledge base; the words themselves live in {@code rules/}, in
 * Dutch and English, with everything else a user reads.
 */
enum Label {
    REPORT,
    MUNICIPALITY,
    PHASE,
    DOMAIN,
    ASSESSED_ON,
    ASSESSED_BY,
    SUMMARY,
    SUMMARY_FACTORS,
    SUMMARY_DUTIES,
    SUMMARY_STEPS,
    NEXT_STEPS,
    NEXT_STEPS_INTRO,
    NO_NEXT_STEPS,
    STEP_RECOMMENDATION,
    STEP_OBLIGATION,
    STEP_QUESTION,
    DUTY_LAW,
    DUTY_POLICY,
    DUTY_APPLIES_FROM,
    DUTIES_UNDECIDED,
    DUTIES_MORE_UNDECIDED,
    STRONG_CAN_IMPROVE,
    UNKNOWN_SEE_QUESTIONS,
    TILE_SEE_QUESTIONS,
    DUTIES_TO_DO,
    FACTORS,
    FACTOR,
    STATUS,
    FINDINGS,
    CHART,
    LEGEND,
    RECOMMENDATIONS,
    NO_RECOMMENDATIONS,
    BECAUSE,
    RULE,
    IN_FILE,
    MISSING_FACTS,
    MISSING_FACTS_INTRO,
    FIELD,
    OBLIGATIONS,
    NO_OBLIGATIONS,
    KNOWLEDGE_BASE,
    KNOWLEDGE_BASE_SIZE,
    KNOWLEDGE_BASE_SHIPPED,
    KNOWLEDGE_BASE_FOLDER,
    KNOWLEDGE_BASE_FOOTER,
    FINGERPRINT,
    EVIDENCE,
    STATUS_STRONG,
    STATUS_ATTENTION,
    STATUS_RISK,
    STATUS_UNKNOWN,
    PRIORITY_HIGH,
    PRIORITY_MEDIUM,
    PRIORITY_LOW,
    OBLIGATION_DONE,
    OBLIGATION_TODO,
    OBLIGATION_UNKNOWN,
    PORTFOLIO,
    PROJECT_COUNT,
    PROJECT_COUNT_ONE,
    STATUS_PER_FACTOR,
    PORTFOLIO_CHART,
    FREQUENT_RECOMMENDATIONS,
    PROJECTS,
    HIGHEST_PRIORITY,
    RANKING,
    RANKING_INTRO,
    PROJECT,
    RISK_FACTORS,
    HIGH_RECOMMENDATIONS,
    SHOWN_OF,
    PRIORITY_WORD_HIGH,
    PRIORITY_WORD_MEDIUM,
    PRIORITY_WORD_LOW,
    LEFT_OUT,
    LEFT_OUT_INTRO,
    LEFT_OUT_INVALID,
    LEFT_OUT_SKIPPED,
    LEFT_OUT_NOT_ASSESSED,
    MORE_PROBLEMS,
    FILE,
    KNOWLEDGE_TITLE,
    KNOWLEDGE_INTRO,
    KNOWLEDGE_INTRO_FILES,
    KNOWLEDGE_HOW,
    KNOWLEDGE_HOW_STATUS,
    KNOWLEDGE_HOW_UNKNOWN,
    KNOWLEDGE_HOW_RECOMMENDATIONS,
    KNOWLEDGE_HOW_COMBINATIONS,
    KNOWLEDGE_HOW_OBLIGATIONS,
    KNOWLEDGE_GLANCE,
    KNOWLEDGE_GLANCE_INTRO,
    KNOWLEDGE_LIMITS,
    KNOWLEDGE_LIMITS_INTRO,
    KNOWLEDGE_LIMIT,
    KNOWLEDGE_LIMIT_VALUE,
    KNOWLEDGE_LIMIT_MEANING,
    KNOWLEDGE_EVERY_RULE,
    KNOWLEDGE_EVERY_RULE_INTRO,
    KNOWLEDGE_RULE,
    KNOWLEDGE_SAYS,
    KNOWLEDGE_ASKS,
    KNOWLEDGE_KEY_FACTS,
    KNOWLEDGE_COVERS,
    KNOWLEDGE_COMBINATIONS,
    KNOWLEDGE_CHANGING,
    KNOWLEDGE_CHANGING_EDIT,
    KNOWLEDGE_CHANGING_SCENARIO,
    KNOWLEDGE_CHANGING_OVERVIEW,
    OPEN_QUESTIONS_ONE,
    OPEN_QUESTIONS_COUNT,
    IMPROVEMENTS,
    IMPROVEMENTS_INTRO,
    NO_IMPROVEMENTS,
    IMPROVEMENT_TARGET,
    IMPROVEMENT_PATH,
    IMPROVEMENT_NO_PATH,
    IMPROVEMENT_QUESTIONS_FIRST,
    IMPROVEMENT_WORSE,
    IMPROVEMENT_NEW_DUTY,
    EFFORT_SMALL,
    EFFORT_MEDIUM,
    EFFORT_LARGE;

    /** The label's id in the {@code labels:} texts: the constant's name in lower case, words joined by dashes. */
    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The label in the words of an assessment, with {0}, {1}, ... replaced by the values given. */
    String in(Labels labels, Object... values) {
        return labels.text(id(), values);
    }

    /** "1 project", "3 projecten": the number of projects in a portfolio. */
    static String projects(Labels labels, int count) {
        return count == 1 ? PROJECT_COUNT_ONE.in(labels) : PROJECT_COUNT.in(labels, count);
    }

    /** "1 open vraag", "3 open questions": the questions still open for a factor; empty when there are none. */
    static String openQuestions(Labels labels, int count) {
        return count == 0 ? "" : count == 1 ? OPEN_QUESTIONS_ONE.in(labels) : OPEN_QUESTIONS_COUNT.in(labels, count);
    }

    /** The name of a factor status. */
    static Label of(Status status) {
        return switch (status) {
            case STRONG -> STATUS_STRONG;
            case ATTENTION -> STATUS_ATTENTION;
            case RISK -> STATUS_RISK;
            case UNKNOWN -> STATUS_UNKNOWN;
        };
    }

    /** The heading of a priority group. */
    static Label of(Priority priority) {
        return switch (priority) {
            case HIGH -> PRIORITY_HIGH;
            case MEDIUM -> PRIORITY_MEDIUM;
            case LOW -> PRIORITY_LOW;
        };
    }

    /** The priority as one word, for inside a sentence or table. */
    static Label word(Priority priority) {
        return switch (priority) {
            case HIGH -> PRIORITY_WORD_HIGH;
            case MEDIUM -> PRIORITY_WORD_MEDIUM;
            case LOW -> PRIORITY_WORD_LOW;
        };
    }

    /** Why a file was left out of a portfolio. */
    static Label of(Portfolio.LeftOut.Reason reason) {
        return switch (reason) {
            case INVALID -> LEFT_OUT_INVALID;
            case SKIPPED -> LEFT_OUT_SKIPPED;
            case NOT_ASSESSED -> LEFT_OUT_NOT_ASSESSED;
        };
    }

    /** The state of an obligation. */
    static Label of(ObligationState state) {
        return switch (state) {
            case DONE -> OBLIGATION_DONE;
            case TODO -> OBLIGATION_TODO;
            case UNKNOWN -> OBLIGATION_UNKNOWN;
        };
    }

    /** How much a change asks, as words inside a sentence. */
    static Label of(Effort effort) {
        return switch (effort) {
            case SMALL -> EFFORT_SMALL;
            case MEDIUM -> EFFORT_MEDIUM;
            case LARGE -> EFFORT_LARGE;
        };
    }

    /** What a next step is: an action, a duty or a question. */
    static Label of(StepKind kind) {
        return switch (kind) {
            case RECOMMENDATION -> STEP_RECOMMENDATION;
            case OBLIGATION -> STEP_OBLIGATION;
            case QUESTION -> STEP_QUESTION;
        };
    }

    /** Whether a duty rests on the law or on policy. */
    static Label of(DutyKind kind) {
        return switch (kind) {
            case LAW -> DUTY_LAW;
            case POLICY -> DUTY_POLICY;
        };
    }
}
