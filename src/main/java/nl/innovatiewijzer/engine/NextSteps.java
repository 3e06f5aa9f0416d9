package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.NextStep;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.Recommendation;
import nl.innovatiewijzer.StepKind;
import nl.innovatiewijzer.rules.Candidate;
import nl.innovatiewijzer.rules.Duty;
import nl.innovatiewijzer.rules.Question;
import nl.innovatiewijzer.rules.Recommended;

/**
 * The next steps of an assessment, from what the plan rules proposed: each candidate once, at the
 * lowest place a rule gave it; the three lowest places become steps 1, 2 and 3. Ties go by
 * priority (a duty counts as high, a question after low), then factor, then id, so that the same
 * facts always give the same steps. Which candidates there are and their places are the rules'
 * to say; here they are only counted off and named.
 */
final class NextSteps {

    /** At most this many steps: more is a list again, not a place to begin. */
    static final int MOST = 3;

    private static final Comparator<RecordedAdvice.Proposed> FIRST = Comparator
            .comparingInt(RecordedAdvice.Proposed::order)
            .thenComparing(p -> priority(p.candidate()), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(p -> factor(p.candidate()), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(p -> p.candidate().id())
            .thenComparing(p -> p.rule().step());

    private NextSteps() {
    }

    static List<NextStep> of(List<RecordedAdvice.Proposed> proposed, List<Recommendation> recommendations,
                             List<Obligation> obligations, List<MissingFact> missing, TextCatalogue texts,
                             Language language) {
        if (proposed.isEmpty()) {
            return List.of();
        }
        Map<String, RecordedAdvice.Proposed> lowest = new LinkedHashMap<>();
        for (RecordedAdvice.Proposed step : proposed) {
            lowest.merge(kind(step.candidate()) + ":" + step.candidate().id(), step,
                    (a, b) -> FIRST.compare(b, a) < 0 ? b : a);
        }
        List<RecordedAdvice.Proposed> ordered = new ArrayList<>(lowest.values());
        ordered.sort(FIRST);
        List<NextStep> steps = new ArrayList<>(MOST);
        for (RecordedAdvice.Proposed step : ordered) {
            Optional<String> title = title(step.candidate(), recommendations, obligations, missing);
            if (title.isEmpty()) {
                continue; // a candidate the assessment does not list; the plan rules matched on nothing else
            }
            String why = texts.has(TextKind.STEPS, step.rule().step())
                    ? texts.text(TextKind.STEPS, step.rule().step(), language) : "";
            steps.add(new NextStep(steps.size() + 1, kind(step.candidate()), step.candidate().id(),
                    factor(step.candidate()), title.get(), why));
            if (steps.size() == MOST) {
                break;
            }
        }
        return List.copyOf(steps);
    }

    /**
     * The next steps as the assessment would list them, each as its kind and id, worked out from
     * the advice alone: what trying an answer or a change compares, without the texts.
     */
    static List<String> keys(RecordedAdvice advice, Covering covering) {
        if (advice.steps().isEmpty()) {
            return List.of();
        }
        Set<String> advised = new HashSet<>();
        advice.recommendations().forEach(a -> advised.add(a.rule().action()));
        Set<String> decided = new HashSet<>();
        advice.obligations().forEach(d -> decided.add(d.rule().obligation()));
        Set<String> asked = new HashSet<>();
        advice.missingFacts().forEach(rule -> asked.add(rule.missing()));
        Map<String, RecordedAdvice.Proposed> lowest = new HashMap<>();
        for (RecordedAdvice.Proposed step : advice.steps()) {
            Candidate candidate = step.candidate();
            boolean listed = candidate instanceof Recommended r ? advised.contains(r.action())
                    : candidate instanceof Duty d ? decided.contains(d.obligation())
                    : asked.contains(((Question) candidate).field());
            if (listed) {
                String id = candidate instanceof Recommended r ? covering.listedUnder(r.action(), advised) : candidate.id();
                lowest.merge(kind(candidate) + ":" + id, step, (a, b) -> FIRST.compare(b, a) < 0 ? b : a);
            }
        }
        List<Map.Entry<String, RecordedAdvice.Proposed>> ordered = new ArrayList<>(lowest.entrySet());
        ordered.sort(Map.Entry.comparingByValue(FIRST));
        List<String> keys = new ArrayList<>(MOST);
        for (Map.Entry<String, RecordedAdvice.Proposed> step : ordered) {
            if (!keys.contains(step.getKey())) {
                keys.add(step.getKey());
            }
            if (keys.size() == MOST) {
                break;
            }
        }
        return List.copyOf(keys);
    }

    private static Optional<String> title(Candidate candidate, List<Recommendation> recommendations,
                                          List<Obligation> obligations, List<MissingFact> missing) {
        if (candidate instanceof Recommended r) {
            return recommendations.stream().filter(x -> x.id().equals(r.action())).map(Recommendation::title).findFirst();
        }
        if (candidate instanceof Duty d) {
            return obligations.stream().filter(x -> x.id().equals(d.obligation())).map(Obligation::title).findFirst();
        }
        Question q = (Question) candidate;
        return missing.stream().filter(x -> x.field().equals(q.field())).map(MissingFact::question).findFirst();
    }

    private static StepKind kind(Candidate candidate) {
        return candidate instanceof Recommended ? StepKind.RECOMMENDATION
                : candidate instanceof Duty ? StepKind.OBLIGATION : StepKind.QUESTION;
    }

    private static Priority priority(Candidate candidate) {
        return candidate instanceof Recommended r ? r.priority() : candidate instanceof Duty ? Priority.HIGH : null;
    }

    private static String factor(Candidate candidate) {
        return candidate instanceof Recommended r ? r.factor() : candidate instanceof Question q ? q.factor() : null;
    }
}
