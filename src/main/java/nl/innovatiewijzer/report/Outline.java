package nl.innovatiewijzer.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.DutyKind;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.NextStep;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.ProjectSummary;
import nl.innovatiewijzer.Status;
import nl.innovatiewijzer.document.ContractNames;

/**
 * What every report of one project shows before and around the advice, in the words of the report:
 * the head (project, municipality, phase, domain, date, assessor), the summary, the steps to take
 * first, the duties with their badges, a word beside a factor that needs one, and the open
 * questions per factor. Text, Markdown and HTML lay it out each their own way; the words are the same.
 *
 * @param head      the lines of the head, label and value in words; a fact the facts do not give is left out
 * @param summary   the number of factors per status, the duties to do and the first steps
 * @param steps     the steps to take first, in their order
 * @param duties    the duties the facts bring, each with its badge
 * @param dutyNote  what the report says about the duties as a whole: none, or not yet to decide; empty otherwise
 * @param factors   a note beside each factor, by factor id; empty where none is needed
 * @param questions the open questions per factor, factors in the assessment's order
 */
record Outline(List<Line> head, Summary summary, List<Step> steps, List<Duty> duties, String dutyNote,
               Map<String, String> factors, List<QuestionGroup> questions) {

    /** A label and its value, such as "Fase: pilot". */
    record Line(String label, String value) {
    }

    /** The counts at the top: statuses in order, then duties to do and first steps, each as a line of words. */
    record Summary(List<Count> statuses, String duties, String steps) {
    }

    /** A status with its name in words and how many factors have it. */
    record Count(Status status, String name, int count) {
    }

    /** A step to take first: its number, what it is in words (action, duty, question), its title and why. */
    record Step(int rank, String kind, String title, String why) {
    }

    /**
     * A duty with its badge: law or policy (empty when the knowledge base does not say), what it
     * rests on, and its state, or from when it applies while it is not in force yet.
     */
    record Duty(String title, String kind, boolean law, String basis, String state, boolean toDo,
                List<String> because, Obligation obligation) {
    }

    /** A factor's open questions, in the order the assessment gives them, most important first. */
    record QuestionGroup(String factor, String title, List<MissingFact> questions) {
    }

    Outline {
        head = List.copyOf(head);
        steps = List.copyOf(steps);
        duties = List.copyOf(duties);
        factors = Map.copyOf(factors);
        questions = List.copyOf(questions);
    }

    /** The outline of an assessment, in its language. */
    static Outline of(Assessment assessment) {
        Labels lang = assessment.labels();
        return new Outline(head(assessment.project(), lang), summary(assessment, lang), steps(assessment, lang),
                duties(assessment, lang), dutyNote(assessment, lang), factorNotes(assessment, lang),
                questions(assessment));
    }

    /** "Sterk 4 · Aandacht 3 · Risico 1 · Onbekend 1": the factors per status on one line. */
    String statusLine() {
        StringBuilder line = new StringBuilder();
        for (Count count : summary.statuses()) {
            line.append(line.length() == 0 ? "" : " \u00b7 ").append(count.name()).append(' ').append(count.count());
        }
        return line.toString();
    }

    /** A date as the report's language writes it: "1 december 2026", "1 December 2026". */
    static String date(LocalDate date, Labels lang) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag(lang.language().code())));
    }

    private static List<Line> head(ProjectSummary project, Labels lang) {
        List<Line> head = new ArrayList<>();
        if (project.municipality() != null) {
            head.add(new Line(Label.MUNICIPALITY.in(lang), project.municipality()));
        }
        if (project.phase() != null) {
            head.add(new Line(Label.PHASE.in(lang), value("phase", project.phase(), lang)));
        }
        if (project.domain() != null) {
            head.add(new Line(Label.DOMAIN.in(lang), value("domain", project.domain(), lang)));
        }
        if (project.assessedOn() != null) {
            head.add(new Line(Label.ASSESSED_ON.in(lang), date(project.assessedOn(), lang)));
        }
        if (project.assessedBy() != null) {
            head.add(new Line(Label.ASSESSED_BY.in(lang), project.assessedBy()));
        }
        return head;
    }

    /** A value of the facts in its word from {@code rules/facts.yaml}, such as {@code value.phase.pilot}. */
    private static String value(String kind, Enum<?> value, Labels lang) {
        return lang.words().getOrDefault("value." + kind + "." + ContractNames.of(value), ContractNames.of(value));
    }

    private static Summary summary(Assessment assessment, Labels lang) {
        List<Count> statuses = new ArrayList<>();
        for (Status status : Status.values()) {
            int count = (int) assessment.factors().stream().filter(f -> f.status() == status).count();
            statuses.add(new Count(status, Label.of(status).in(lang), count));
        }
        return new Summary(statuses, Label.SUMMARY_DUTIES.in(lang, assessment.dutiesToDo().size()),
                Label.SUMMARY_STEPS.in(lang, assessment.nextSteps().size()));
    }

    private static List<Step> steps(Assessment assessment, Labels lang) {
        List<Step> steps = new ArrayList<>();
        for (NextStep step : assessment.nextSteps()) {
            steps.add(new Step(step.rank(), Label.of(step.kind()).in(lang), step.title(), step.why()));
        }
        return steps;
    }

    /**
     * The duties in groups: those of the law before those of policy (and those the knowledge base
     * does not place), and in each group the ones in force before the ones that apply later.
     */
    private static final Comparator<Obligation> GROUPS = Comparator
            .comparingInt((Obligation duty) -> duty.kind() == null ? DutyKind.values().length : duty.kind().ordinal())
            .thenComparing(duty -> !duty.inForce());

    private static List<Duty> duties(Assessment assessment, Labels lang) {
        List<Duty> duties = new ArrayList<>();
        for (Obligation duty : assessment.obligations().stream().sorted(GROUPS).toList()) {
            String kind = duty.kind() == null ? "" : Label.of(duty.kind()).in(lang);
            // a duty that applies later keeps its state beside its date: oversight already arranged shows as done
            String state = !duty.inForce() && duty.appliesFrom() != null
                    ? Label.DUTY_APPLIES_FROM.in(lang, Label.of(duty.state()).in(lang), date(duty.appliesFrom(), lang))
                    : Label.of(duty.state()).in(lang);
            duties.add(new Duty(duty.title(), kind, duty.kind() == DutyKind.LAW,
                    duty.basis() == null ? "" : duty.basis(), state, duty.toDo(), duty.because(), duty));
        }
        return duties;
    }

    private static String dutyNote(Assessment assessment, Labels lang) {
        if (assessment.dutiesUndecided()) {
            return (assessment.obligations().isEmpty() ? Label.DUTIES_UNDECIDED : Label.DUTIES_MORE_UNDECIDED).in(lang);
        }
        return assessment.obligations().isEmpty() ? Label.NO_OBLIGATIONS.in(lang) : "";
    }

    private static Map<String, String> factorNotes(Assessment assessment, Labels lang) {
        Map<String, String> notes = new LinkedHashMap<>();
        for (FactorResult factor : assessment.factors()) {
            boolean hasAction = assessment.recommendations().stream().anyMatch(r -> factor.id().equals(r.factor()));
            int questions = (int) assessment.missingFacts().stream().filter(m -> factor.id().equals(m.factor())).count();
            if (factor.status() == Status.STRONG && hasAction) {
                notes.put(factor.id(), Label.STRONG_CAN_IMPROVE.in(lang));
            } else if (factor.status() == Status.UNKNOWN && questions > 0) {
                notes.put(factor.id(), Label.UNKNOWN_SEE_QUESTIONS.in(lang, factor.id(), Label.openQuestions(lang, questions)));
            }
        }
        return notes;
    }

    private static List<QuestionGroup> questions(Assessment assessment) {
        Map<String, List<MissingFact>> byFactor = new LinkedHashMap<>();
        for (FactorResult factor : assessment.factors()) {
            byFactor.put(factor.id(), new ArrayList<>());
        }
        for (MissingFact fact : assessment.missingFacts()) {
            byFactor.computeIfAbsent(fact.factor() == null ? "" : fact.factor(), id -> new ArrayList<>()).add(fact);
        }
        List<QuestionGroup> groups = new ArrayList<>();
        byFactor.forEach((id, facts) -> {
            if (!facts.isEmpty()) {
                String title = assessment.factor(id).map(FactorResult::title).orElse("");
                groups.add(new QuestionGroup(id, title, facts));
            }
        });
        return groups;
    }

    /**
     * What stands beside a factor's findings: its note and how many questions are open, or an empty
     * text; an unknown factor's note already points to its questions, so it stands alone.
     */
    String aside(FactorResult factor, Labels lang) {
        String note = note(factor.id());
        String open = openCount(factor, lang);
        return note.isEmpty() ? open : open.isEmpty() ? note : note + "; " + open;
    }

    /** "2 open vragen" beside a factor; empty when none are open or when its note points to them already. */
    String openCount(FactorResult factor, Labels lang) {
        boolean pointed = factor.status() == Status.UNKNOWN && !note(factor.id()).isEmpty();
        return pointed ? "" : Label.openQuestions(lang, factor.openQuestions());
    }

    /** The note beside a factor, or an empty text. */
    String note(String factorId) {
        return factors.getOrDefault(factorId, "");
    }
}
