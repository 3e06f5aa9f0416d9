package nl.innovatiewijzer.report;

import java.util.List;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Evidence;
import nl.innovatiewijzer.KnowledgeBaseInfo;
import nl.innovatiewijzer.Status;

/**
 * What the HTML templates ({@code src/main/jte}) are given for one project: the assessment, its
 * outline, and the words they need; every value is escaped by the templates themselves.
 *
 * @param assessment the assessment shown
 * @param outline    the head, summary, first steps, duties and questions, in words
 * @param explain    whether the technical part is shown: rules, files, field paths
 */
record HtmlView(Assessment assessment, Outline outline, boolean explain) {

    /** The view of one project; it reads the same wherever the project stands in a document. */
    static HtmlView of(Assessment assessment, boolean explain) {
        return new HtmlView(assessment, Outline.of(assessment), explain);
    }

    /** A word of the report, with its values filled in. */
    String word(Label label, Object... values) {
        return label.in(assessment.labels(), values);
    }

    /** The title of the report: "Advies van de Innovatiewijzer: ...". */
    String title() {
        return word(Label.REPORT) + ": " + assessment.project().name();
    }

    String status(Status status) {
        return word(Label.of(status));
    }

    /** The improvement paths in words, or null when they were not asked for. */
    ImprovementOutline improvements() {
        return ImprovementOutline.of(assessment);
    }

    List<PriorityGroup> groups() {
        return PriorityGroup.of(assessment.recommendations());
    }

    String openQuestions(int count) {
        return Label.openQuestions(assessment.labels(), count);
    }

    List<String> facts(List<Evidence> evidence) {
        return Explanation.facts(evidence);
    }

    String footer() {
        return Explanation.footer(assessment.knowledgeBase(), assessment.labels());
    }

    /** "Kennisbank: rules, regels: 74, bestanden: 10, vingerafdruk:", before the fingerprint itself. */
    String knowledgeBase() {
        KnowledgeBaseInfo kb = assessment.knowledgeBase();
        return word(Label.KNOWLEDGE_BASE) + ": " + kb.source() + ", " + word(Label.KNOWLEDGE_BASE_SIZE, kb.rules(), kb.files())
                + ", " + word(Label.FINGERPRINT) + ":";
    }

    static StatusColours colour(Status status) {
        return StatusColours.of(status);
    }
}
