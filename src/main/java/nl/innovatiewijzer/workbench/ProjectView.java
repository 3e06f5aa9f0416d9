package nl.innovatiewijzer.workbench;

import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.Language;

/**
 * What a project page shows: the questions with the project's answers, the assessment beside
 * them, the saved versions to compare, and the downloads. The page's script needs the facts as
 * they are, the version a save must name, and its few words; they travel in the page's attributes.
 */
final class ProjectView {

    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

    private final ProjectId id;
    private final String version;
    private final Language language;
    private final Labels words;
    private final Map<String, Object> facts;
    private final AssessmentPanel panel;
    private final List<SavedVersion> history;
    private final String token;

    ProjectView(ProjectId id, String version, Language language, Labels words, Map<String, Object> facts,
                AssessmentPanel panel, List<SavedVersion> history, String token) {
        this.id = id;
        this.version = version;
        this.language = language;
        this.words = words;
        this.facts = facts;
        this.panel = panel;
        this.history = history;
        this.token = token;
    }

    String id() {
        return id.value();
    }

    String version() {
        return Api.etag(version);
    }

    String lang() {
        return language.code();
    }

    /** The other language, for the switch at the top of the page. */
    String otherLang() {
        return language == Language.NL ? Language.EN.code() : Language.NL.code();
    }

    String word(String id, Object... values) {
        return words.text(id, values);
    }

    String name() {
        return panel.assessment().project().name();
    }

    /** The facts as JSON, for the script that sends them back with every answer. */
    String factsJson() {
        return Json.write(facts).strip();
    }

    List<Questionnaire.Section> sections() {
        return new Questionnaire(words, facts).sections();
    }

    AssessmentPanel panel() {
        return panel;
    }

    List<SavedVersion> history() {
        return history;
    }

    /** When a version was saved, as the page shows it: {@code 2026-12-02 06:10:00}, in UTC. */
    static String shown(java.time.Instant savedAt) {
        return SHOWN.format(savedAt);
    }

    /** The access token for the script's changes; empty when none is in force. */
    String token() {
        return token == null ? "" : token;
    }
}
