package nl.innovatiewijzer.engine;

import java.util.List;

/** The sections of a texts file, each a kind of text that rules refer to by id. */
enum TextKind {
    /** The names of the factors, in the order reports list them; their ids are the factors there are. */
    FACTORS("factors", List.of("text")),
    /** What a status rule found; may hold {0}, {1}, ... for values the rule passes. */
    FINDINGS("findings", List.of("text")),
    /** Recommended actions: a title and the action itself. */
    ACTIONS("actions", List.of("title", "action")),
    /** Plain-word reasons a rule gives in its {@code because}; may hold {0}, {1}, ... */
    REASONS("reasons", List.of("text")),
    /** The question that gets a missing fact, keyed by the fact's field path. */
    QUESTIONS("questions", List.of("text")),
    /** The names of obligations, in the order reports list them. */
    OBLIGATIONS("obligations", List.of("text")),
    /** The fixed words of a report: headings, labels, names of statuses; may hold {0}, {1}, ... */
    LABELS("labels", List.of("text")),
    /** Why a next step comes when it does: the reason a plan rule's {@code @step} names. */
    STEPS("steps", List.of("text"));

    private final String section;
    private final List<String> parts;

    TextKind(String section, List<String> parts) {
        this.section = section;
        this.parts = parts;
    }

    /** The section's key in a texts file. */
    String section() {
        return section;
    }

    /** The parts each entry has per language: {@code text}, or {@code title} and {@code action}. */
    List<String> parts() {
        return parts;
    }

    static TextKind ofSection(String section) {
        for (TextKind kind : values()) {
            if (kind.section.equals(section)) {
                return kind;
            }
        }
        return null;
    }
}
