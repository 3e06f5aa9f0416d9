package nl.innovatiewijzer.report;

import java.util.Arrays;
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
import nl.innovatiewijzer.document.PrintableText;

/** Plain text, for a terminal or an e-mail: headings underlined, lists indented. */
final class TextRenderer implements Renderer {

    /** Whether the report adds the technical part: rule names, files, field paths. */
    private final boolean explain;

    TextRenderer(boolean explain) {
        this.explain = explain;
    }

    @Override
    public String assessment(Assessment assessment) {
        Labels lang = assessment.labels();
        StringBuilder out = new StringBuilder(4096);
        Outline outline = Outline.of(assessment);
        title(out, Label.REPORT.in(lang) + ": " + plain(assessment.project().name()), '=');
        for (Outline.Line line : outline.head()) {
            out.append(line.label()).append(": ").append(plain(line.value())).append('\n');
        }
        summary(out, outline, lang);
        nextSteps(out, outline, lang);
        obligations(out, outline, lang);
        factors(out, assessment, outline, lang);
        recommendations(out, assessment.recommendations(), lang);
        improvements(out, ImprovementOutline.of(assessment), lang);
        missingFacts(out, outline, lang);
        KnowledgeBaseInfo kb = assessment.knowledgeBase();
        out.append('\n').append(plain(Explanation.footer(kb, lang))).append('\n');
        if (explain) {
            out.append(Label.KNOWLEDGE_BASE.in(lang)).append(": ").append(plain(kb.source())).append(", ")
                    .append(Label.KNOWLEDGE_BASE_SIZE.in(lang, kb.rules(), kb.files())).append(", ")
                    .append(Label.FINGERPRINT.in(lang)).append(": ").append(plain(kb.fingerprint())).append('\n');
        }
        return out.toString();
    }

    private static void summary(StringBuilder out, Outline outline, Labels lang) {
        heading(out, Label.SUMMARY.in(lang));
        out.append(Label.SUMMARY_FACTORS.in(lang)).append(": ").append(outline.statusLine()).append('\n')
                .append(outline.summary().duties()).append('\n').append(outline.summary().steps()).append('\n');
    }

    private static void nextSteps(StringBuilder out, Outline outline, Labels lang) {
        heading(out, Label.NEXT_STEPS.in(lang));
        if (outline.steps().isEmpty()) {
            out.append(Label.NO_NEXT_STEPS.in(lang)).append('\n');
            return;
        }
        out.append(Label.NEXT_STEPS_INTRO.in(lang)).append('\n');
        for (Outline.Step step : outline.steps()) {
            out.append("  ").append(step.rank()).append(". [").append(step.kind()).append("] ")
                    .append(plain(step.title())).append('\n');
            if (!step.why().isEmpty()) {
                out.append("     ").append(plain(step.why())).append('\n');
            }
        }
    }

    private static void factors(StringBuilder out, Assessment assessment, Outline outline, Labels lang) {
        heading(out, Label.FACTORS.in(lang));
        int width = Arrays.stream(Status.values()).mapToInt(s -> Label.of(s).in(lang).length()).max().orElse(0);
        for (FactorResult factor : assessment.factors()) {
            out.append(String.format("%-3s %-" + width + "s  %s\n", factor.id(), Label.of(factor.status()).in(lang),
                    plain(factor.title())));
            for (String finding : factor.findings()) {
                out.append(" ".repeat(width + 6)).append("- ").append(plain(finding)).append('\n');
            }
            String aside = outline.aside(factor, lang);
            if (!aside.isEmpty()) {
                out.append(" ".repeat(width + 6)).append("(").append(plain(aside)).append(")\n");
            }
        }
    }

    private void recommendations(StringBuilder out, List<Recommendation> recommendations, Labels lang) {
        heading(out, Label.RECOMMENDATIONS.in(lang));
        if (recommendations.isEmpty()) {
            out.append(Label.NO_RECOMMENDATIONS.in(lang)).append('\n');
            return;
        }
        for (PriorityGroup group : PriorityGroup.of(recommendations)) {
            out.append('\n').append(Label.of(group.priority()).in(lang)).append('\n');
            int number = group.first();
            for (Recommendation r : group.recommendations()) {
                String indent = " ".repeat(String.valueOf(number).length() + 4);
                out.append("  ").append(number).append(". ").append(plain(r.title())).append(" (")
                        .append(plain(r.factor())).append(")\n");
                out.append(indent).append(plain(r.action())).append('\n');
                out.append(indent).append(Label.BECAUSE.in(lang)).append(":\n");
                for (String reason : r.because()) {
                    out.append(indent).append("- ").append(plain(reason)).append('\n');
                }
                if (explain) {
                    facts(out, indent, r.evidence(), lang);
                    out.append(indent).append(Label.RULE.in(lang)).append(": \"").append(plain(r.rule())).append("\" ")
                            .append(Label.IN_FILE.in(lang)).append(' ').append(plain(r.ruleFile())).append('\n');
                }
                number++;
            }
        }
    }

    private void improvements(StringBuilder out, ImprovementOutline improvements, Labels lang) {
        if (improvements == null) {
            return;
        }
        heading(out, Label.IMPROVEMENTS.in(lang));
        if (improvements.targets().isEmpty()) {
            out.append(Label.NO_IMPROVEMENTS.in(lang)).append('\n');
            return;
        }
        out.append(Label.IMPROVEMENTS_INTRO.in(lang)).append('\n');
        for (ImprovementOutline.Target target : improvements.targets()) {
            out.append('\n').append(plain(target.heading())).append('\n');
            for (String none : target.none()) {
                out.append("  ").append(plain(none)).append('\n');
            }
            int number = 1;
            for (ImprovementOutline.Path path : target.paths()) {
                out.append("  ").append(number++).append(". ").append(Label.IMPROVEMENT_PATH.in(lang)).append(":\n");
                for (ImprovementOutline.Change change : path.changes()) {
                    out.append("     - ").append(plain(change.text())).append(" (").append(plain(change.effort())).append(")\n");
                    if (explain) {
                        out.append("       ").append(plain(change.technical())).append('\n');
                    }
                }
                for (String warning : path.warnings()) {
                    out.append("     ").append(plain(warning)).append('\n');
                }
            }
        }
    }

    private void missingFacts(StringBuilder out, Outline outline, Labels lang) {
        if (outline.questions().isEmpty()) {
            return;
        }
        heading(out, Label.MISSING_FACTS.in(lang));
        out.append(Label.MISSING_FACTS_INTRO.in(lang)).append('\n');
        for (Outline.QuestionGroup group : outline.questions()) {
            out.append("  ").append(plain(group.factor())).append(' ').append(plain(group.title())).append('\n');
            for (MissingFact fact : group.questions()) {
                out.append("    - ").append(plain(fact.question()));
                if (!fact.why().isEmpty()) {
                    out.append(' ').append(plain(fact.why()));
                }
                if (explain) {
                    out.append("  [").append(plain(fact.field())).append(']');
                }
                out.append('\n');
            }
        }
    }

    private void obligations(StringBuilder out, Outline outline, Labels lang) {
        heading(out, Label.OBLIGATIONS.in(lang));
        for (Outline.Duty duty : outline.duties()) {
            out.append("  - ").append(plain(duty.title()));
            String badge = duty.kind().isEmpty() ? plain(duty.basis())
                    : duty.kind() + (duty.basis().isEmpty() ? "" : ", " + plain(duty.basis()));
            if (!badge.isEmpty()) {
                out.append(" [").append(badge).append(']');
            }
            out.append(": ").append(duty.state()).append('\n');
            for (String reason : duty.because()) {
                out.append("      - ").append(plain(reason)).append('\n');
            }
            if (explain) {
                facts(out, "      ", duty.obligation().evidence(), lang);
            }
        }
        if (!outline.dutyNote().isEmpty()) {
            out.append(outline.dutyNote()).append('\n');
        }
    }

    /** The facts behind a reason as field paths with their values, for --explain. */
    private static void facts(StringBuilder out, String indent, List<Evidence> evidence, Labels lang) {
        if (evidence.isEmpty()) {
            return;
        }
        out.append(indent).append(Label.EVIDENCE.in(lang)).append(": ")
                .append(plain(String.join("; ", Explanation.facts(evidence)))).append('\n');
    }

    @Override
    public String portfolio(Portfolio portfolio) {
        Labels lang = portfolio.labels();
        StringBuilder out = new StringBuilder(2048);
        title(out, Label.PORTFOLIO.in(lang) + ": " + Label.projects(lang, portfolio.size()), '=');
        heading(out, Label.STATUS_PER_FACTOR.in(lang));
        int titleWidth = portfolio.factors().stream().mapToInt(f -> plain(f.title()).length()).max().orElse(0);
        StringBuilder header = new StringBuilder(String.format("%-" + (titleWidth + 4) + "s", ""));
        for (Status status : Status.values()) {
            header.append(String.format(" %9s", Label.of(status).in(lang)));
        }
        out.append(header.toString().stripTrailing()).append('\n');
        for (Portfolio.FactorTally factor : portfolio.factors()) {
            out.append(String.format("%-3s %-" + titleWidth + "s", factor.id(), plain(factor.title())));
            for (Status status : Status.values()) {
                out.append(String.format(" %9d", factor.count(status)));
            }
            out.append('\n');
        }
        heading(out, Label.FREQUENT_RECOMMENDATIONS.in(lang));
        List<Portfolio.RecommendationTally> frequent = portfolio.recommendations().stream()
                .limit(Portfolio.SHOWN_RECOMMENDATIONS).toList();
        if (frequent.isEmpty()) {
            out.append(Label.NO_RECOMMENDATIONS.in(lang)).append('\n');
        }
        int width = frequent.stream().mapToInt(r -> Label.projects(lang, r.projects()).length()).max().orElse(0);
        for (Portfolio.RecommendationTally r : frequent) {
            out.append(String.format("  %" + width + "s: %s (%s, %s)", Label.projects(lang, r.projects()),
                    plain(r.title()), plain(r.factor()), Label.word(r.priority()).in(lang)));
            out.append(explain ? "  [" + plain(r.id()) + "]\n" : "\n");
        }
        if (portfolio.recommendations().size() > Portfolio.SHOWN_RECOMMENDATIONS) {
            out.append("  (")
                    .append(Label.SHOWN_OF.in(lang, Portfolio.SHOWN_RECOMMENDATIONS, portfolio.recommendations().size()))
                    .append(")\n");
        }
        heading(out, Label.RANKING.in(lang));
        out.append(Label.RANKING_INTRO.in(lang)).append('\n');
        int rank = 0;
        for (Portfolio.RankedProject project : portfolio.ranking()) {
            rank++;
            out.append(String.format("  %2d. %s%s: %s: %d, %s: %d, %s: %d\n", rank, plain(project.project().name()),
                    project.project().municipality() == null ? "" : " (" + plain(project.project().municipality()) + ")",
                    Label.RISK_FACTORS.in(lang), project.risks(), Label.DUTIES_TO_DO.in(lang), project.dutiesToDo(),
                    Label.HIGH_RECOMMENDATIONS.in(lang), project.highRecommendations()));
        }
        leftOut(out, portfolio.leftOut(), lang);
        return out.toString();
    }

    private static void leftOut(StringBuilder out, List<Portfolio.LeftOut> files, Labels lang) {
        if (files.isEmpty()) {
            return;
        }
        heading(out, Label.LEFT_OUT.in(lang));
        out.append(Label.LEFT_OUT_INTRO.in(lang)).append('\n');
        for (Portfolio.LeftOut file : files) {
            out.append("  - ").append(plain(file.file())).append(": ").append(Label.of(file.reason()).in(lang)).append('\n');
            file.problems().stream().limit(Portfolio.SHOWN_PROBLEMS)
                    .forEach(problem -> out.append("      ").append(plain(problem.toString())).append('\n'));
            if (file.problems().size() > Portfolio.SHOWN_PROBLEMS) {
                out.append("      (").append(Label.MORE_PROBLEMS.in(lang, file.problems().size() - Portfolio.SHOWN_PROBLEMS))
                        .append(")\n");
            }
        }
    }

    @Override
    public String all(Portfolio portfolio) {
        StringBuilder out = new StringBuilder();
        for (Assessment assessment : portfolio.assessments()) {
            out.append(assessment(assessment)).append("\n\n");
        }
        return out.append(portfolio(portfolio)).toString();
    }

    private static void title(StringBuilder out, String title, char underline) {
        out.append(title).append('\n').append(String.valueOf(underline).repeat(Math.min(title.length(), 78)))
                .append('\n');
    }

    private static void heading(StringBuilder out, String heading) {
        out.append('\n');
        title(out, heading, '-');
    }

    /**
     * A value from the facts or the texts, made safe for a terminal: a line break or tab becomes a
     * space, so no value can break the layout, and every other control character (an escape
     * sequence) or character that turns the text around is shown as {@code \}{@code uXXXX}, so no
     * value can steer the terminal or hide what it says.
     */
    static String plain(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                clean.append(' ');
            } else if (PrintableText.isHidden(c)) {
                PrintableText.escape(clean, c);
            } else {
                clean.appendCodePoint(c);
            }
        });
        return clean.toString();
    }
}
