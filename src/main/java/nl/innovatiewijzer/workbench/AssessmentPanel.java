package nl.innovatiewijzer.workbench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.DutyKind;
import nl.innovatiewijzer.FactChange;
import nl.innovatiewijzer.Improvement;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.StepKind;

/**
 * The assessment beside a project's questions: the next steps, the nine statuses, the
 * recommendations with why, the duties with their basis and dates, and the improvement paths.
 * The page draws it when it opens and draws it again after every answer, from the same template,
 * so the words are the knowledge base's in both.
 */
final class AssessmentPanel {

    private static final int OPEN_QUESTIONS = 5;

    private final Assessment assessment;
    private final Labels words;

    AssessmentPanel(Assessment assessment, Labels words) {
        this.assessment = assessment;
        this.words = words;
    }

    Assessment assessment() {
        return assessment;
    }

    String word(String id, Object... values) {
        return words.text(id, values);
    }

    /** The question worth answering first: the first of the missing facts, which come most useful first. */
    Optional<MissingFact> nextQuestion() {
        return assessment.missingFacts().stream().findFirst();
    }

    /** The open questions worth answering first, at most {@value #OPEN_QUESTIONS}. */
    List<MissingFact> openQuestions() {
        return assessment.missingFacts().stream().limit(OPEN_QUESTIONS).toList();
    }

    /** Where the question of a missing fact is on the page: its own, or that of the list its item is in. */
    String anchor(MissingFact fact) {
        String field = fact.field().replaceAll("\\[\\d+]", "");
        return "q-" + field.replace('.', '-');
    }

    String status(Status status) {
        return words.text("status-" + cssClass(status));
    }

    static String cssClass(Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    String stepKind(StepKind kind) {
        return words.text("step-" + kind.name().toLowerCase(Locale.ROOT));
    }

    String priority(Priority priority) {
        return words.text("priority-" + priority.name().toLowerCase(Locale.ROOT));
    }

    String state(Obligation duty) {
        return words.text("obligation-" + duty.state().name().toLowerCase(Locale.ROOT));
    }

    /** The duty's badge, law or policy; empty when the knowledge base does not say. */
    String dutyKind(Obligation duty) {
        return duty.kind() == null ? "" : words.text(duty.kind() == DutyKind.LAW ? "duty-law" : "duty-policy");
    }

    String dutyKindClass(Obligation duty) {
        return duty.kind() == null ? "" : duty.kind().name().toLowerCase(Locale.ROOT);
    }

    String appliesFrom(Obligation duty) {
        return duty.appliesFrom() == null ? "" : words.text("duty-applies-from", duty.appliesFrom());
    }

    /** Whether the improvement paths are in: they take longer, so the page draws them after the rest. */
    boolean improvementsDrawn() {
        return assessment.hasImprovements();
    }

    List<Improvement> improvements() {
        return assessment.hasImprovements() ? assessment.improvements() : List.of();
    }

    /** "F3: from Attention to Strong", or the duty's name from its state to done. */
    String target(Improvement improvement) {
        if (improvement.duty()) {
            String title = assessment.obligation(improvement.target()).map(Obligation::title).orElse(improvement.target());
            return words.text("improvement-target", title, words.text("obligation-" + lower(improvement.from())),
                    words.text("obligation-" + lower(improvement.to())));
        }
        String title = assessment.factor(improvement.target()).map(f -> f.id() + " " + f.title())
                .orElse(improvement.target());
        return words.text("improvement-target", title, words.text("status-" + lower(improvement.from())),
                words.text("status-" + lower(improvement.to())));
    }

    String effort(FactChange change) {
        return words.text("effort-" + change.effort().name().toLowerCase(Locale.ROOT));
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
