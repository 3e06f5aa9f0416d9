package nl.innovatiewijzer.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.FactChange;
import nl.innovatiewijzer.Improvement;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.Evidence;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.NextStep;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.Recommendation;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.document.Suggestion;

/**
 * Runs a scenario's facts through an advisor and compares the assessment with each expectation.
 * Every difference names the rules behind it: those that fired, or, for an outcome that did not
 * come, those that could have given it and did not fire.
 */
public final class ScenarioCheck {

    private final Assessment assessment;
    private final RuleTrace trace;
    /** Per action that covers others, the actions it covers ({@code covers:} in the texts). */
    private final Map<String, List<String>> covers;
    /** The improvement paths, found only for a scenario that expects some. */
    private final List<Improvement> improvements;

    private ScenarioCheck(Assessment assessment, RuleTrace trace, Map<String, List<String>> covers,
                          List<Improvement> improvements) {
        this.assessment = assessment;
        this.trace = trace;
        this.covers = covers;
        this.improvements = improvements;
    }

    /** Runs {@code scenario} on {@code advisor}; never throws for a rule that fails, but reports it. */
    public static ScenarioResult run(Advisor advisor, Scenario scenario) {
        Assessment assessment;
        List<Improvement> improvements;
        try {
            assessment = advisor.assess(scenario.facts(), scenario.language());
            improvements = scenario.expectations().stream().anyMatch(e -> e instanceof Expectation.Improvements)
                    ? advisor.improvements(scenario.facts(), scenario.language()) : List.of();
        } catch (AssessmentException e) {
            return new ScenarioResult(scenario, List.of(), e.problems());
        }
        ScenarioCheck check = new ScenarioCheck(assessment, new RuleTrace(advisor.rules(), assessment.firedRules()),
                advisor.texts(scenario.language()).covers(), improvements);
        List<Difference> differences = new ArrayList<>();
        for (Expectation expectation : scenario.expectations()) {
            check.compare(expectation).ifPresent(differences::add);
        }
        return new ScenarioResult(scenario, differences, List.of());
    }

    private Optional<Difference> compare(Expectation expectation) {
        // Java 17 has no pattern switch; the interface is sealed, so this list is complete
        if (expectation instanceof Expectation.FactorStatus e) {
            return factorStatus(e);
        } else if (expectation instanceof Expectation.Finding e) {
            return finding(e);
        } else if (expectation instanceof Expectation.Recommended e) {
            return recommended(e);
        } else if (expectation instanceof Expectation.NotRecommended e) {
            return notRecommended(e);
        } else if (expectation instanceof Expectation.Obliged e) {
            return obliged(e);
        } else if (expectation instanceof Expectation.InForce e) {
            return inForce(e);
        } else if (expectation instanceof Expectation.NotObliged e) {
            return notObliged(e);
        } else if (expectation instanceof Expectation.Missing e) {
            return missing(e);
        } else if (expectation instanceof Expectation.NotMissing e) {
            return notMissing(e);
        } else if (expectation instanceof Expectation.NextSteps e) {
            return nextSteps(e);
        } else if (expectation instanceof Expectation.Improvements e) {
            return improvements(e);
        }
        throw new IllegalStateException("unknown expectation " + expectation);
    }

    private Optional<Difference> factorStatus(Expectation.FactorStatus e) {
        Status got = assessment.status(e.factor());
        if (got == e.status()) {
            return Optional.empty();
        }
        return differ(e, "factor " + e.factor(), e.status().name(), got.name(), raters(e.factor(), got));
    }

    private Optional<Difference> finding(Expectation.Finding e) {
        List<String> findings = assessment.factor(e.factor()).map(FactorResult::findings).orElse(List.of());
        if (findings.contains(e.text())) {
            return Optional.empty();
        }
        String got = findings.isEmpty() ? "no findings"
                : findings.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", "));
        return differ(e, "finding of " + e.factor(), "\"" + e.text() + "\"", got,
                raters(e.factor(), assessment.status(e.factor())));
    }

    private Optional<Difference> recommended(Expectation.Recommended e) {
        Predicate<RuleInfo> carries = RuleTrace.has(RuleInfo::action, e.action());
        String subject = "recommendation " + e.action();
        Optional<Recommendation> found = assessment.recommendation(e.action());
        if (found.isEmpty()) {
            String expected = e.priority() == null ? "recommended" : "recommended with priority " + e.priority();
            String got = listedUnder(e.action()).map(r -> "not listed apart: " + r.id() + " covers it and is listed "
                    + "with priority " + r.priority()).orElse("not recommended");
            return differ(e, subject, expected, got, trace.explain(carries, noRule("action", e.action())));
        }
        Recommendation recommendation = found.get();
        if (e.priority() != null && e.priority() != recommendation.priority()) {
            return differ(e, subject, "priority " + e.priority(), "priority " + recommendation.priority()
                    + because(recommendation.evidence(), recommendation.because()), trace.firedOnly(carries));
        }
        return Optional.empty();
    }

    /** The recommendation that covers {@code action}, directly or through others, when one is listed. */
    private Optional<Recommendation> listedUnder(String action) {
        return assessment.recommendations().stream().filter(r -> reaches(r.id(), action, new HashSet<>())).findFirst();
    }

    private boolean reaches(String from, String action, Set<String> seen) {
        for (String covered : covers.getOrDefault(from, List.of())) {
            if (covered.equals(action) || seen.add(covered) && reaches(covered, action, seen)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Difference> notRecommended(Expectation.NotRecommended e) {
        Predicate<RuleInfo> carries = RuleTrace.has(RuleInfo::action, e.action());
        String subject = "recommendation " + e.action();
        Optional<Recommendation> found = assessment.recommendation(e.action());
        if (found.isPresent()) {
            return differ(e, subject, "not recommended", "recommended with priority " + found.get().priority()
                    + because(found.get().evidence(), found.get().because()), trace.firedOnly(carries));
        }
        return unknownId(e, subject, "not recommended", carries, "action", e.action());
    }

    private Optional<Difference> obliged(Expectation.Obliged e) {
        Predicate<RuleInfo> carries = RuleTrace.has(RuleInfo::obligation, e.obligation());
        String subject = "obligation " + e.obligation();
        Optional<Obligation> found = assessment.obligation(e.obligation());
        if (found.isEmpty()) {
            return differ(e, subject, e.state().name(), "not listed", trace.explain(carries, noRule("obligation", e.obligation())));
        }
        if (found.get().state() != e.state()) {
            return differ(e, subject, e.state().name(), found.get().state().name() + because(found.get().evidence(), found.get().because()),
                    trace.firedOnly(carries));
        }
        return Optional.empty();
    }

    private Optional<Difference> inForce(Expectation.InForce e) {
        Predicate<RuleInfo> carries = RuleTrace.has(RuleInfo::obligation, e.obligation());
        String subject = "obligation " + e.obligation();
        String expected = e.inForce() ? "in force" : "not yet in force";
        Optional<Obligation> found = assessment.obligation(e.obligation());
        if (found.isEmpty()) {
            return differ(e, subject, expected, "not listed", trace.explain(carries, noRule("obligation", e.obligation())));
        }
        if (found.get().inForce() != e.inForce()) {
            Obligation duty = found.get();
            String got = (duty.inForce() ? "in force" : "not yet in force")
                    + (duty.appliesFrom() == null ? "" : ", applies from " + duty.appliesFrom())
                    + " on " + assessment.assessedOn();
            return differ(e, subject, expected, got, trace.firedOnly(carries));
        }
        return Optional.empty();
    }

    private Optional<Difference> notObliged(Expectation.NotObliged e) {
        Predicate<RuleInfo> carries = RuleTrace.has(RuleInfo::obligation, e.obligation());
        String subject = "obligation " + e.obligation();
        Optional<Obligation> found = assessment.obligation(e.obligation());
        if (found.isPresent()) {
            return differ(e, subject, "not listed", found.get().state().name() + because(found.get().evidence(), found.get().because()),
                    trace.firedOnly(carries));
        }
        return unknownId(e, subject, "not listed", carries, "obligation", e.obligation());
    }

    private Optional<Difference> missing(Expectation.Missing e) {
        Predicate<RuleInfo> carries = RuleTrace.has(RuleInfo::missing, e.field());
        if (isMissing(e.field())) {
            return Optional.empty();
        }
        return differ(e, "missing fact " + e.field(), "reported missing", "not reported",
                trace.explain(carries, noRule("missing", e.field())));
    }

    private Optional<Difference> notMissing(Expectation.NotMissing e) {
        Predicate<RuleInfo> carries = RuleTrace.has(RuleInfo::missing, e.field());
        String subject = "missing fact " + e.field();
        if (isMissing(e.field())) {
            return differ(e, subject, "not reported missing", "reported missing", trace.firedOnly(carries));
        }
        return unknownId(e, subject, "not reported missing", carries, "missing", e.field());
    }

    private Optional<Difference> nextSteps(Expectation.NextSteps e) {
        List<String> got = assessment.nextSteps().stream().map(NextStep::id).toList();
        if (got.equals(e.ids())) {
            return Optional.empty();
        }
        String expected = e.ids().isEmpty() ? "no next steps" : String.join(", ", e.ids());
        String shown = got.isEmpty() ? "no next steps" : assessment.nextSteps().stream()
                .map(step -> step.id() + " (" + step.kind().contractName() + ")").collect(Collectors.joining(", "));
        List<String> unknown = e.ids().stream().filter(id -> !inAssessment(id)).toList();
        if (!unknown.isEmpty()) {
            shown += "; " + String.join(", ", unknown) + (unknown.size() == 1 ? " is" : " are")
                    + " no recommendation, obligation or missing fact of this assessment"
                    + Suggestion.didYouMean(unknown.get(0), candidates());
        }
        return differ(e, "next steps", expected, shown, trace.firedOnly(RuleInfo::plans));
    }

    private Optional<Difference> improvements(Expectation.Improvements e) {
        String subject = "improvement paths of " + e.target();
        String expected = e.paths().isEmpty() ? "no path within three changes" : shown(e.paths());
        Optional<Improvement> found = improvements.stream().filter(i -> i.target().equals(e.target())).findFirst();
        if (found.isEmpty()) {
            boolean factor = assessment.factor(e.target()).isPresent();
            String got = factor ? e.target() + " is STRONG: nothing to improve"
                    : assessment.obligation(e.target()).map(o -> e.target() + " is " + o.state() + ", not a duty to do")
                    .orElse(e.target() + " is no factor and no obligation of this assessment"
                            + Suggestion.didYouMean(e.target(), targets()));
            return differ(e, subject, expected, got, "");
        }
        List<List<String>> got = found.get().paths().stream()
                .map(path -> path.changes().stream().map(FactChange::lever).toList()).toList();
        if (got.equals(e.paths())) {
            return Optional.empty();
        }
        return differ(e, subject, expected, got.isEmpty() ? "no path within three changes" : shown(got), "");
    }

    private static String shown(List<List<String>> paths) {
        return paths.stream().map(path -> "[" + String.join(", ", path) + "]").collect(Collectors.joining(", "));
    }

    /** Every factor and obligation of the assessment, what an improvement can be of. */
    private List<String> targets() {
        List<String> ids = new ArrayList<>();
        assessment.factors().forEach(f -> ids.add(f.id()));
        assessment.obligations().forEach(o -> ids.add(o.id()));
        return ids;
    }

    private boolean inAssessment(String id) {
        return candidates().contains(id);
    }

    /** Every id a next step can have in this assessment. */
    private List<String> candidates() {
        List<String> ids = new ArrayList<>();
        assessment.recommendations().forEach(r -> ids.add(r.id()));
        assessment.obligations().forEach(o -> ids.add(o.id()));
        assessment.missingFacts().forEach(m -> ids.add(m.field()));
        return ids;
    }

    private boolean isMissing(String field) {
        return assessment.missingFacts().stream().anyMatch(m -> m.field().equals(field));
    }

    /** The rules that rate the factor: the ones that fired, or why the factor stayed UNKNOWN. */
    private String raters(String factor, Status got) {
        Predicate<RuleInfo> rates = rule -> factor.equals(rule.factor()) && rule.finding() != null;
        String rules = trace.explain(rates, "no rule in the knowledge base rates " + factor);
        return got == Status.UNKNOWN && rules.startsWith("did not fire") ? "no rule rated " + factor + "; " + rules : rules;
    }

    /**
     * A "not expected" outcome that did not come, which passes, unless no rule could ever give it:
     * then the id is likely mistyped and the expectation would pass whatever the rules say.
     */
    private Optional<Difference> unknownId(Expectation e, String subject, String expected, Predicate<RuleInfo> carries,
                                           String annotation, String id) {
        if (trace.exists(carries)) {
            return Optional.empty();
        }
        return differ(e, subject, expected, "cannot tell: " + noRule(annotation, id) + "; is it spelled right?", "");
    }

    private static String noRule(String annotation, String id) {
        return "no rule in the knowledge base has @" + annotation + "(\"" + id + "\")";
    }

    /**
     * Why, for the writer of a scenario: the facts as field paths with their values, as the facts
     * file writes them; the sentences of the report only when no fact was given.
     */
    private static String because(List<Evidence> evidence, List<String> because) {
        if (evidence.isEmpty()) {
            return because.isEmpty() ? "" : ", because " + String.join("; ", because);
        }
        List<String> facts = new ArrayList<>(evidence.size());
        for (Evidence fact : evidence) {
            facts.add(fact.field() + " = " + fact.value());
        }
        return ", because " + String.join("; ", facts);
    }

    private static Optional<Difference> differ(Expectation e, String subject, String expected, String got, String rules) {
        return Optional.of(new Difference(e.line(), subject, expected, got, rules));
    }
}
