package nl.innovatiewijzer.report;

import static nl.innovatiewijzer.report.MarkdownText.escape;

import java.util.List;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Evidence;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.KnowledgeBaseInfo;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.Recommendation;
import nl.innovatiewijzer.Status;

/** Markdown (CommonMark with GitHub tables), for a wiki, an issue tracker or a repository. */
final class MarkdownRenderer implements Renderer {

    /** Whether the report adds the technical part: rule names, files, field paths. */
    private final boolean explain;

    MarkdownRenderer(boolean explain) {
        this.explain = explain;
    }

    @Override
    public String assessment(Assessment assessment) {
        Labels lang = assessment.labels();
        StringBuilder out = new StringBuilder(4096);
        Outline outline = Outline.of(assessment);
        out.append("# ").append(Label.REPORT.in(lang)).append(": ").append(escape(assessment.project().name()))
                .append("\n\n");
        for (Outline.Line line : outline.head()) {
            out.append("**").append(line.label()).append(":** ").append(escape(line.value())).append("  \n");
        }
        out.append('\n');
        summary(out, outline, lang);
        nextSteps(out, outline, lang);
        obligations(out, outline, lang);
        factors(out, assessment.factors(), outline, lang);
        recommendations(out, assessment.recommendations(), lang);
        improvements(out, ImprovementOutline.of(assessment), lang);
        missingFacts(out, outline, lang);
        KnowledgeBaseInfo kb = assessment.knowledgeBase();
        out.append("---\n\n*").append(escape(Explanation.footer(kb, lang))).append("*\n");
        if (explain) {
            out.append("\n*").append(Label.KNOWLEDGE_BASE.in(lang)).append(": ").append(escape(kb.source()))
                    .append(", ").append(Label.KNOWLEDGE_BASE_SIZE.in(lang, kb.rules(), kb.files())).append(", ")
                    .append(Label.FINGERPRINT.in(lang)).append(": ").append(escape(kb.fingerprint())).append("*\n");
        }
        return out.toString();
    }

    private static void summary(StringBuilder out, Outline outline, Labels lang) {
        out.append("## ").append(Label.SUMMARY.in(lang)).append("\n\n- ").append(Label.SUMMARY_FACTORS.in(lang))
                .append(": ").append(outline.statusLine()).append("\n- ").append(escape(outline.summary().duties()))
                .append("\n- ").append(escape(outline.summary().steps())).append("\n\n");
    }

    private static void nextSteps(StringBuilder out, Outline outline, Labels lang) {
        out.append("## ").append(Label.NEXT_STEPS.in(lang)).append("\n\n");
        if (outline.steps().isEmpty()) {
            out.append(Label.NO_NEXT_STEPS.in(lang)).append("\n\n");
            return;
        }
        out.append(Label.NEXT_STEPS_INTRO.in(lang)).append("\n\n");
        for (Outline.Step step : outline.steps()) {
            out.append(step.rank()).append(". **").append(step.kind()).append(":** ").append(escape(step.title()));
            if (!step.why().isEmpty()) {
                out.append("  \n   ").append(escape(step.why()));
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private static void factors(StringBuilder out, List<FactorResult> factors, Outline outline, Labels lang) {
        out.append("## ").append(Label.FACTORS.in(lang)).append("\n\n");
        out.append("| | ").append(Label.FACTOR.in(lang)).append(" | ").append(Label.STATUS.in(lang)).append(" | ")
                .append(Label.FINDINGS.in(lang)).append(" |\n|---|---|---|---|\n");
        for (FactorResult factor : factors) {
            out.append("| ").append(escape(factor.id())).append(" | ").append(escape(factor.title())).append(" | **")
                    .append(Label.of(factor.status()).in(lang)).append("** | ")
                    .append(String.join("<br>", factor.findings().stream().map(MarkdownText::escape).toList()))
                    .append(openQuestions(factor, outline, lang)).append(" |\n");
        }
        out.append('\n');
    }

    /** "<br>*2 open questions*" after a factor's findings, with the note a factor needs, or nothing. */
    private static String openQuestions(FactorResult factor, Outline outline, Labels lang) {
        String aside = outline.aside(factor, lang);
        return aside.isEmpty() ? "" : (factor.findings().isEmpty() ? "" : "<br>") + "*" + escape(aside) + "*";
    }

    private void recommendations(StringBuilder out, List<Recommendation> recommendations, Labels lang) {
        out.append("## ").append(Label.RECOMMENDATIONS.in(lang)).append("\n\n");
        if (recommendations.isEmpty()) {
            out.append(Label.NO_RECOMMENDATIONS.in(lang)).append("\n\n");
            return;
        }
        for (PriorityGroup group : PriorityGroup.of(recommendations)) {
            out.append("### ").append(Label.of(group.priority()).in(lang)).append("\n\n");
            int number = group.first();
            for (Recommendation r : group.recommendations()) {
                out.append("#### ").append(number).append(". ").append(escape(r.title())).append(" (")
                        .append(escape(r.factor())).append(")\n\n");
                out.append(escape(r.action())).append("\n\n");
                out.append(Label.BECAUSE.in(lang)).append(":\n\n");
                for (String reason : r.because()) {
                    out.append("- ").append(escape(reason)).append('\n');
                }
                out.append('\n');
                if (explain) {
                    facts(out, "", r.evidence(), lang);
                    out.append(Label.RULE.in(lang)).append(": *").append(escape(r.rule())).append("* ")
                            .append(Label.IN_FILE.in(lang)).append(' ').append(escape(r.ruleFile())).append("\n\n");
                }
                number++;
            }
        }
    }

    private void improvements(StringBuilder out, ImprovementOutline improvements, Labels lang) {
        if (improvements == null) {
            return;
        }
        out.append("## ").append(Label.IMPROVEMENTS.in(lang)).append("\n\n");
        if (improvements.targets().isEmpty()) {
            out.append(Label.NO_IMPROVEMENTS.in(lang)).append("\n\n");
            return;
        }
        out.append(Label.IMPROVEMENTS_INTRO.in(lang)).append("\n\n");
        for (ImprovementOutline.Target target : improvements.targets()) {
            out.append("### ").append(escape(target.heading())).append("\n\n");
            for (String none : target.none()) {
                out.append(escape(none)).append("\n\n");
            }
            int number = 1;
            for (ImprovementOutline.Path path : target.paths()) {
                out.append(number++).append(". ").append(Label.IMPROVEMENT_PATH.in(lang)).append(":\n");
                for (ImprovementOutline.Change change : path.changes()) {
                    out.append("   - ").append(escape(change.text())).append(" (*").append(escape(change.effort())).append("*)");
                    if (explain) {
                        out.append(" `").append(change.technical().replace("`", "'")).append('`');
                    }
                    out.append('\n');
                }
                for (String warning : path.warnings()) {
                    out.append("   - **").append(escape(warning)).append("**\n");
                }
            }
            out.append('\n');
        }
    }

    private void missingFacts(StringBuilder out, Outline outline, Labels lang) {
        if (outline.questions().isEmpty()) {
            return;
        }
        out.append("## ").append(Label.MISSING_FACTS.in(lang)).append("\n\n")
                .append(Label.MISSING_FACTS_INTRO.in(lang)).append("\n\n");
        for (Outline.QuestionGroup group : outline.questions()) {
            out.append("### ").append(escape(group.factor())).append(' ').append(escape(group.title())).append("\n\n");
            for (MissingFact fact : group.questions()) {
                out.append("- ").append(escape(fact.question()));
                if (!fact.why().isEmpty()) {
                    out.append(" *").append(escape(fact.why())).append('*');
                }
                if (explain) {
                    out.append(" (").append(Label.FIELD.in(lang)).append(": ").append(escape(fact.field())).append(')');
                }
                out.append('\n');
            }
            out.append('\n');
        }
    }

    private void obligations(StringBuilder out, Outline outline, Labels lang) {
        out.append("## ").append(Label.OBLIGATIONS.in(lang)).append("\n\n");
        for (Outline.Duty duty : outline.duties()) {
            out.append("- **").append(escape(duty.title())).append("**");
            String badge = duty.kind().isEmpty() ? escape(duty.basis())
                    : "**" + duty.kind() + "**" + (duty.basis().isEmpty() ? "" : ", " + escape(duty.basis()));
            if (!badge.isEmpty()) {
                out.append(" (").append(badge).append(')');
            }
            out.append(": ").append(escape(duty.state())).append('\n');
            for (String reason : duty.because()) {
                out.append("  - ").append(escape(reason)).append('\n');
            }
            if (explain && !duty.obligation().evidence().isEmpty()) {
                out.append("  - ").append(Label.EVIDENCE.in(lang)).append(": ")
                        .append(escape(String.join("; ", Explanation.facts(duty.obligation().evidence())))).append('\n');
            }
        }
        if (!outline.duties().isEmpty()) {
            out.append('\n');
        }
        if (!outline.dutyNote().isEmpty()) {
            out.append(outline.dutyNote()).append("\n\n");
        }
    }

    /** The facts behind a recommendation as field paths with their values, for --explain. */
    private static void facts(StringBuilder out, String indent, List<Evidence> evidence, Labels lang) {
        if (evidence.isEmpty()) {
            return;
        }
        out.append(indent).append(Label.EVIDENCE.in(lang)).append(": ")
                .append(escape(String.join("; ", Explanation.facts(evidence)))).append("\n\n");
    }

    @Override
    public String portfolio(Portfolio portfolio) {
        Labels lang = portfolio.labels();
        StringBuilder out = new StringBuilder(2048);
        out.append("# ").append(Label.PORTFOLIO.in(lang)).append(": ")
                .append(Label.projects(lang, portfolio.size())).append("\n\n");
        out.append("## ").append(Label.STATUS_PER_FACTOR.in(lang)).append("\n\n| | ").append(Label.FACTOR.in(lang));
        for (Status status : Status.values()) {
            out.append(" | ").append(Label.of(status).in(lang));
        }
        out.append(" |\n|---|---").append("|---:".repeat(Status.values().length)).append("|\n");
        for (Portfolio.FactorTally factor : portfolio.factors()) {
            out.append("| ").append(escape(factor.id())).append(" | ").append(escape(factor.title()));
            for (Status status : Status.values()) {
                out.append(" | ").append(factor.count(status));
            }
            out.append(" |\n");
        }
        out.append("\n## ").append(Label.FREQUENT_RECOMMENDATIONS.in(lang)).append("\n\n");
        List<Portfolio.RecommendationTally> frequent = portfolio.recommendations().stream()
                .limit(Portfolio.SHOWN_RECOMMENDATIONS).toList();
        if (frequent.isEmpty()) {
            out.append(Label.NO_RECOMMENDATIONS.in(lang)).append("\n\n");
        } else {
            out.append("| ").append(Label.PROJECTS.in(lang)).append(" | ").append(Label.RECOMMENDATIONS.in(lang))
                    .append(" | ").append(Label.FACTOR.in(lang)).append(" | ").append(Label.HIGHEST_PRIORITY.in(lang))
                    .append(" |\n|---:|---|---|---|\n");
            for (Portfolio.RecommendationTally r : frequent) {
                out.append("| ").append(r.projects()).append(" | ").append(escape(r.title()))
                        .append(explain ? " (" + escape(r.id()) + ")" : "").append(" | ").append(escape(r.factor())).append(" | ")
                        .append(Label.word(r.priority()).in(lang)).append(" |\n");
            }
            if (portfolio.recommendations().size() > frequent.size()) {
                out.append("\n*").append(Label.SHOWN_OF.in(lang, frequent.size(), portfolio.recommendations().size()))
                        .append("*\n");
            }
            out.append('\n');
        }
        out.append("## ").append(Label.RANKING.in(lang)).append("\n\n").append(Label.RANKING_INTRO.in(lang))
                .append("\n\n| # | ").append(Label.PROJECT.in(lang)).append(" | ").append(Label.MUNICIPALITY.in(lang))
                .append(" | ").append(Label.RISK_FACTORS.in(lang)).append(" | ").append(Label.DUTIES_TO_DO.in(lang))
                .append(" | ").append(Label.HIGH_RECOMMENDATIONS.in(lang)).append(" |\n|---:|---|---|---:|---:|---:|\n");
        int rank = 0;
        for (Portfolio.RankedProject project : portfolio.ranking()) {
            rank++;
            out.append("| ").append(rank).append(" | ").append(escape(project.project().name())).append(" | ")
                    .append(escape(project.project().municipality())).append(" | ").append(project.risks())
                    .append(" | ").append(project.dutiesToDo()).append(" | ").append(project.highRecommendations())
                    .append(" |\n");
        }
        leftOut(out, portfolio.leftOut(), lang);
        return out.toString();
    }

    private static void leftOut(StringBuilder out, List<Portfolio.LeftOut> files, Labels lang) {
        if (files.isEmpty()) {
            return;
        }
        out.append("\n## ").append(Label.LEFT_OUT.in(lang)).append("\n\n").append(Label.LEFT_OUT_INTRO.in(lang))
                .append("\n\n");
        for (Portfolio.LeftOut file : files) {
            out.append("- **").append(escape(file.file())).append("**: ").append(Label.of(file.reason()).in(lang))
                    .append('\n');
            file.problems().stream().limit(Portfolio.SHOWN_PROBLEMS)
                    .forEach(problem -> out.append("  - ").append(escape(problem.toString())).append('\n'));
            if (file.problems().size() > Portfolio.SHOWN_PROBLEMS) {
                out.append("  - *").append(Label.MORE_PROBLEMS.in(lang, file.problems().size() - Portfolio.SHOWN_PROBLEMS))
                        .append("*\n");
            }
        }
    }

    @Override
    public String all(Portfolio portfolio) {
        StringBuilder out = new StringBuilder();
        for (Assessment assessment : portfolio.assessments()) {
            out.append(assessment(assessment)).append('\n');
        }
        return out.append(portfolio(portfolio)).toString();
    }
}
