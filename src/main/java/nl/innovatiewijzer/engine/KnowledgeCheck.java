package nl.innovatiewijzer.engine;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.innovatiewijzer.AssessmentException;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.RuleInfo;

/**
 * The knowledge check of {@code validate}: runs the rules on the projects of a {@link TrialPlan}
 * (the examples, projects made from the rules' own conditions, generated projects from a fixed
 * seed) and reports where the advice says something against itself ({@link Contradictions}) or a
 * rule fails, once each, with the rule's file and line and the project that shows it: an example
 * by its file, a project the check made by the few facts it needs. Also names the texts no rule
 * uses and the reasons no rule gives. The projects run on two cores; what they show is taken in
 * the plan's order, so the same rules always give the same messages.
 */
final class KnowledgeCheck {

    /** What the check found: errors the report would show, warnings of likely mistakes, and how many projects it ran. */
    record Result(List<Problem> errors, List<Problem> warnings, int projects) {
    }

    /** Generated projects: with the projects made from the conditions, enough to reach the corners between them. */
    static final int GENERATED = 200;

    /** Far above a real assessment; a rule that takes this long has already said what is wrong with it. */
    private static final Duration BUDGET = Duration.ofSeconds(2);

    /** A check that runs longer than this stops where it is: validate never hangs. */
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private static final Comparator<Problem> IN_FILE_ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparing(Problem::message);
    private static final Pattern FAILED_RULE = Pattern.compile("\\[Rule \"(.+?)\" in ");
    private static final Pattern REASON_CALL = Pattern.compile("\\breason\\s*\\(\\s*\"([^\"]*)\"");

    /**
     * One thing found, on the first project that showed it.
     *
     * @param key     the same for the same mistake on another project, so it is reported once
     * @param error   an error, or a warning
     * @param file    the file of the rule to change
     * @param line    the line of the rule
     * @param before  the message up to the project
     * @param after   the message after the project
     * @param project the project that showed it
     */
    private record Found(String key, boolean error, String file, int line, String before, String after,
                         TrialProject project) {

        Problem problem(String shownProject) {
            return new Problem(file, line, 0, "", before + shownProject + after);
        }
    }

    private final CompiledKnowledge knowledge;
    private final long deadline = System.nanoTime() + DEADLINE.toNanos();
    private final AtomicInteger runs = new AtomicInteger();
    private final Set<String> fired = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    private KnowledgeCheck(CompiledKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    static Result run(CompiledKnowledge knowledge, List<SourceFile> files, List<TrialProject> examples) {
        KnowledgeCheck check = new KnowledgeCheck(knowledge);
        TrialValues values = TrialValues.of(files);
        // the rule files are read again for their conditions on a second core while the examples run
        CompletableFuture<Map<String, RuleConditions>> reading = CompletableFuture.supplyAsync(() -> RuleConditions.of(files, knowledge.texts().limits()));
        List<List<Found>> shown = new ArrayList<>();
        for (TrialProject example : examples) {
            shown.add(check.attempt(new TrialPlan.Trial(List.of(example), List.of())));
        }
        Map<String, RuleConditions> conditions = reading.join();
        Witnesses witnesses = new Witnesses(values);
        List<TrialPlan.Trial> plan = TrialPlan.of(knowledge.allRules(), conditions, witnesses,
                GeneratedProjects.make(GENERATED, values));
        shown.addAll(plan.parallelStream().map(check::attempt).toList());
        Map<String, Found> found = new LinkedHashMap<>();
        for (List<Found> findings : shown) {
            findings.forEach(finding -> found.putIfAbsent(finding.key(), finding));
        }
        check.silentRules(conditions, witnesses).forEach(finding -> found.putIfAbsent(finding.key(), finding));
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>(MetadataCheck.unusedTexts(knowledge.allRules(), knowledge.texts()));
        for (Found finding : found.values()) {
            (finding.error() ? errors : warnings).add(finding.problem(check.smallest(finding)));
        }
        warnings.addAll(unusedReasons(files, knowledge.texts()));
        errors.sort(IN_FILE_ORDER);
        warnings.sort(IN_FILE_ORDER);
        return new Result(List.copyOf(errors), List.copyOf(warnings), check.runs.get());
    }

    /**
     * The rules that fired on none of the projects: each is tried once more on the projects made
     * from its own conditions, and one that still does not fire has conditions that exclude each
     * other, or that no project the check can make meets.
     */
    private List<Found> silentRules(Map<String, RuleConditions> conditions, Witnesses witnesses) {
        List<RuleInfo> rules = new ArrayList<>(knowledge.allRules());
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        List<Found> silent = new ArrayList<>();
        for (RuleInfo rule : rules) {
            RuleConditions own = conditions.get(rule.name());
            // a plan rule matches what the advice said, which no project made from its own conditions holds
            if (fired.contains(rule.name()) || own == null || stopped || rule.plans()) {
                continue;
            }
            List<Found> findings = new ArrayList<>();
            for (ProjectDraft draft : witnesses.of(List.of(own), 3)) {
                TrialProject project = TrialProject.made(draft);
                if (project != null) {
                    run(project, findings);
                }
            }
            if (!fired.contains(rule.name()) && !stopped) {
                silent.add(new Found("silent|" + rule.name(), false, rule.file(), rule.line(),
                        "rule \"" + rule.name() + "\" fires on no project the check ran, not even on those made from "
                                + "its own conditions: its conditions may exclude each other, such as one field "
                                + "compared with two values no value meets at once. Check each condition against a "
                                + "project it should fire on", "", null));
            }
            silent.addAll(findings);
        }
        return silent;
    }

    /** Runs a trial's projects in turn until one makes all its rules fire; what they show, in order. */
    private List<Found> attempt(TrialPlan.Trial trial) {
        List<Found> findings = new ArrayList<>();
        for (TrialProject project : trial.projects()) {
            RecordedAdvice advice = run(project, findings);
            if (advice == null) {
                break;
            }
            Set<String> fired = new HashSet<>();
            advice.firings().forEach(firing -> fired.add(firing.rule().name()));
            if (fired.containsAll(trial.rules())) {
                break;
            }
        }
        return findings;
    }

    /** Runs one project, adding to {@code findings} what contradicts itself or fails; null when nothing was advised. */
    private RecordedAdvice run(TrialProject project, List<Found> findings) {
        if (stopped || System.nanoTime() > deadline) {
            stopped = true;
            return null;
        }
        runs.incrementAndGet();
        long start = System.nanoTime();
        try {
            RecordedAdvice advice = AssessmentRun.run(knowledge, project.facts(), BUDGET);
            advice.firings().forEach(firing -> fired.add(firing.rule().name()));
            for (Contradictions.Contradiction contradiction : Contradictions.in(advice, project.facts())) {
                findings.add(new Found(contradiction.key(), contradiction.kind().error, contradiction.rule().file(),
                        contradiction.rule().line(), contradiction.before(), contradiction.after(), project));
            }
            return advice;
        } catch (AssessmentException e) {
            // assess would fail on this project; one that ran long stops the check, as the next may too
            if (System.nanoTime() - start > BUDGET.toNanos() / 2) {
                stopped = true;
            }
            for (Problem problem : e.problems()) {
                findings.add(failure(problem, project));
            }
            return null;
        }
    }

    /**
     * What {@code assess} would stop with on a project. Drools names the rule whose constraint
     * failed in its message; that rule, not the one the session was at, is the one to change.
     */
    private Found failure(Problem problem, TrialProject project) {
        Matcher named = FAILED_RULE.matcher(problem.message());
        RuleInfo rule = named.find() ? knowledge.rules().get(named.group(1)) : null;
        if (rule == null) {
            return new Found("fails|" + problem, true, problem.file(), problem.line(), problem.message() + ", for ",
                    "; assess stops with this error on such a project", project);
        }
        String why = problem.message().substring(problem.message().indexOf(": ") + 2);
        boolean list = why.contains(".size()") || why.contains(".isEmpty()");
        return new Found("fails|" + rule.name(), true, rule.file(), rule.line(),
                "rule \"" + rule.name() + "\" fails while matching the facts (" + why + "), for ",
                "; assess stops with this error on such a project."
                        + (list ? " A list that is not known has no size: test that it is known first, as in "
                                + "field != null, field.size() >= 2" : " Test that each field it reads is known first"),
                project);
    }

    /**
     * The project that shows what was found, as small as it can be made: a project the check made
     * loses every fact, and every list item, that the finding does not need, so that the message
     * names only those. An example is named by its file.
     */
    private String smallest(Found finding) {
        if (finding.project() == null) {
            return ""; // a rule that fires nowhere has no project to show
        }
        ProjectDraft smallest = finding.project().draft();
        if (smallest == null) {
            return finding.project().description();
        }
        for (int pass = 0; pass < 3; pass++) {
            ProjectDraft before = smallest;
            for (String[] field : smallest.knownFields()) {
                ProjectDraft without = smallest.with(field[0], field[1], null);
                if (shows(finding, without)) {
                    smallest = without;
                }
            }
            for (String[] field : smallest.knownFields()) {
                for (int i = smallest.items(field[0], field[1]).size() - 1; i >= 0; i--) {
                    List<Map<String, Object>> fewer = new ArrayList<>(smallest.items(field[0], field[1]));
                    fewer.remove(i);
                    ProjectDraft without = smallest.with(field[0], field[1], fewer);
                    if (shows(finding, without)) {
                        smallest = without;
                    }
                }
            }
            if (smallest.equals(before)) {
                break;
            }
        }
        return TrialProject.describe(smallest);
    }

    private boolean shows(Found finding, ProjectDraft draft) {
        TrialProject project = TrialProject.made(draft);
        if (project == null) {
            return false;
        }
        List<Found> findings = new ArrayList<>();
        run(project, findings);
        return findings.stream().anyMatch(other -> other.key().equals(finding.key()));
    }

    /** Reason texts that no rule gives: rules name a reason in their consequence as {@code reason("id", ...)}. */
    static List<Problem> unusedReasons(Collection<SourceFile> files, TextCatalogue texts) {
        Set<String> given = new HashSet<>();
        for (SourceFile file : files) {
            if (file.isRules()) {
                Matcher call = REASON_CALL.matcher(new String(file.content(), StandardCharsets.UTF_8));
                while (call.find()) {
                    given.add(call.group(1));
                }
            }
        }
        List<Problem> unused = new ArrayList<>();
        for (String id : texts.ids(TextKind.REASONS)) {
            if (!given.contains(id)) {
                TextCatalogue.Entry entry = texts.entry(TextKind.REASONS, id);
                unused.add(new Problem(entry.file(), entry.line(), 0, TextKind.REASONS.section() + "." + id,
                        "no rule gives this reason; a rule gives it in its consequence as reason(\"" + id
                                + "\", ...). Name it in the rule that should give it, or remove the text"));
            }
        }
        return unused;
    }
}
