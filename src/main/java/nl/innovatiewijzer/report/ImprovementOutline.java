package nl.innovatiewijzer.report;

import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.FactChange;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.Improvement;
import nl.innovatiewijzer.ImprovementPath;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.SideEffect;
import nl.innovatiewijzer.Status;

/**
 * The improvement paths of an assessment in the words every report format shows: per factor or
 * duty a heading, then each path as its changes in plain words, with what else it makes worse.
 * The lever ids and field paths are only for {@code --explain}.
 *
 * @param targets one per factor not strong and per duty to do; empty when there is nothing to improve
 */
record ImprovementOutline(List<Target> targets) {

    /** One factor or duty: "F4 Short-cycle way of working: from Attention to Strong", its paths, or why there are none. */
    record Target(String heading, List<Path> paths, List<String> none) {
    }

    /** One path: its changes and its warnings. */
    record Path(List<Change> changes, List<String> warnings) {
    }

    /**
     * One change.
     *
     * @param text      what the project does, in plain words
     * @param effort    how much it asks, in words
     * @param technical the lever and the fact as a facts file writes them, for {@code --explain}
     */
    record Change(String text, String effort, String technical) {
    }

    /** The outline of the improvement paths, or null when they were not asked for. */
    static ImprovementOutline of(Assessment assessment) {
        if (!assessment.hasImprovements()) {
            return null;
        }
        Labels lang = assessment.labels();
        List<Target> targets = new ArrayList<>();
        for (Improvement improvement : assessment.improvements()) {
            List<Path> paths = new ArrayList<>();
            for (ImprovementPath path : improvement.paths()) {
                List<Change> changes = new ArrayList<>();
                for (FactChange change : path.changes()) {
                    changes.add(new Change(change.text(), Label.of(change.effort()).in(lang), change.lever() + ": "
                            + change.field() + " " + written(change.from()) + " -> " + written(change.to())));
                }
                List<String> warnings = new ArrayList<>();
                for (SideEffect effect : path.sideEffects()) {
                    warnings.add(effect.newDuty() ? Label.IMPROVEMENT_NEW_DUTY.in(lang, effect.title())
                            : Label.IMPROVEMENT_WORSE.in(lang, effect.id() + " " + effect.title(), word(effect.from(), lang),
                                    word(effect.to(), lang)));
                }
                paths.add(new Path(changes, warnings));
            }
            List<String> none = new ArrayList<>();
            if (paths.isEmpty()) {
                none.add(Label.IMPROVEMENT_NO_PATH.in(lang));
                if (assessment.factor(improvement.target()).map(FactorResult::openQuestions).orElse(0) > 0) {
                    none.add(Label.IMPROVEMENT_QUESTIONS_FIRST.in(lang));
                }
            }
            targets.add(new Target(Label.IMPROVEMENT_TARGET.in(lang, name(assessment, improvement.target()),
                    word(improvement.from(), lang), word(improvement.to(), lang)), paths, none));
        }
        return new ImprovementOutline(targets);
    }

    /** A factor by its id and name, a duty by its name. */
    private static String name(Assessment assessment, String target) {
        return assessment.factor(target).map(factor -> factor.id() + " " + factor.title())
                .or(() -> assessment.obligation(target).map(Obligation::title)).orElse(target);
    }

    /** The word for a status or a duty's state. */
    private static String word(String value, Labels lang) {
        for (Status status : Status.values()) {
            if (status.name().equals(value)) {
                return Label.of(status).in(lang);
            }
        }
        for (ObligationState state : ObligationState.values()) {
            if (state.name().equals(value)) {
                return Label.of(state).in(lang);
            }
        }
        return value;
    }

    private static String written(Object value) {
        return value == null ? "null" : value.toString();
    }
}
