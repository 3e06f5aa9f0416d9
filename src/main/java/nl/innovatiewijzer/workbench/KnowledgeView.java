package nl.innovatiewijzer.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.KnowledgeBaseInfo;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.Reload;
import nl.innovatiewijzer.scenario.InvalidScenarioException;
import nl.innovatiewijzer.scenario.ScenarioCheck;
import nl.innovatiewijzer.scenario.ScenarioFile;
import nl.innovatiewijzer.scenario.ScenarioReader;
import nl.innovatiewijzer.scenario.ScenarioResult;

/**
 * What the knowledge page shows: the rules that serve (their files and fingerprint), what
 * {@code validate} warns about them, how the scenarios fare against them, and the last change of
 * the rules that was refused because it did not compile.
 */
final class KnowledgeView {

    private final Language language;
    private final Labels words;
    private final KnowledgeBaseInfo rules;
    private final List<Problem> warnings;
    private final Outcome scenarios;
    private final Optional<Reload> refused;

    private KnowledgeView(Language language, Labels words, KnowledgeBaseInfo rules, List<Problem> warnings,
                          Outcome scenarios, Optional<Reload> refused) {
        this.language = language;
        this.words = words;
        this.rules = rules;
        this.warnings = warnings;
        this.scenarios = scenarios;
        this.refused = refused;
    }

    /**
     * The page for the rules that serve now. {@code runs} keeps the scenarios' outcome per
     * fingerprint of the rules, since running them all takes seconds.
     */
    static KnowledgeView of(Advisor advisor, Language lang, Supplier<List<ScenarioFile>> scenarios,
                            Optional<Reload> refused, Map<String, Outcome> runs) {
        KnowledgeBaseInfo info = advisor.knowledgeBase();
        Outcome outcome = runs.computeIfAbsent(info.fingerprint(), key -> run(advisor, scenarios));
        return new KnowledgeView(lang, advisor.texts(lang).labels(), info, advisor.warnings(), outcome, refused);
    }

    private static Outcome run(Advisor advisor, Supplier<List<ScenarioFile>> scenarios) {
        List<ScenarioResult> results = new ArrayList<>();
        List<Problem> unread = new ArrayList<>();
        try {
            for (ScenarioFile file : scenarios.get()) {
                try {
                    results.add(ScenarioCheck.run(advisor, ScenarioReader.read(file)));
                } catch (InvalidScenarioException e) {
                    unread.addAll(e.problems());
                }
            }
        } catch (InvalidScenarioException e) {
            unread.addAll(e.problems());
        }
        return new Outcome(List.copyOf(results), List.copyOf(unread));
    }

    String lang() {
        return language.code();
    }

    String word(String id, Object... values) {
        return words.text(id, values);
    }

    KnowledgeBaseInfo rules() {
        return rules;
    }

    List<Problem> warnings() {
        return warnings;
    }

    List<ScenarioResult> results() {
        return scenarios.results();
    }

    List<Problem> unreadScenarios() {
        return scenarios.unread();
    }

    long passed() {
        return scenarios.results().stream().filter(ScenarioResult::passed).count();
    }

    long failed() {
        return scenarios.results().size() - passed();
    }

    Optional<Reload> refused() {
        return refused;
    }

    /** The scenarios run against one version of the rules, and those that could not be read. */
    record Outcome(List<ScenarioResult> results, List<Problem> unread) {
    }
}
