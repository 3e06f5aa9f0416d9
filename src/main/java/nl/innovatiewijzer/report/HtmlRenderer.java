package nl.innovatiewijzer.report;

import static nl.innovatiewijzer.report.HtmlText.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Evidence;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.KnowledgeBaseInfo;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.MissingFact;
import nl.innovatiewijzer.Obligation;
import nl.innovatiewijzer.Recommendation;
import nl.innovatiewijzer.Status;

/** One self-contained HTML page with a chart of the nine factors, for the screen and for A4 print. */
final class HtmlRenderer implements Renderer {

    /** Whether the report adds the technical part: rule names, files, field paths. */
    private final boolean explain;

    HtmlRenderer(boolean explain) {
        this.explain = explain;
    }

    @Override
    public String assessment(Assessment assessment) {
        return HtmlPage.document(assessment.language(), title(assessment), article(assessment));
    }

    @Override
    public String portfolio(Portfolio portfolio) {
        return HtmlPage.document(portfolio.language(), portfolioTitle(portfolio), portfolioSection(portfolio));
    }

    @Override
    public String all(Portfolio portfolio) {
        StringBuilder body = new StringBuilder(16384);
        for (Assessment assessment : portfolio.assessments()) {
            body.append(article(assessment));
        }
        body.append(portfolioSection(portfolio));
        return HtmlPage.document(portfolio.language(), portfolioTitle(portfolio), body.toString());
    }

    private static String title(Assessment assessment) {
        return Label.REPORT.in(assessment.labels()) + ": " + assessment.project().name();
    }

    private static String portfolioTitle(Portfolio portfolio) {
        return Label.PORTFOLIO.in(portfolio.labels()) + ": "
                + Label.projects(portfolio.labels(), portfolio.size());
    }

    private String article(Assessment assessment) {
        Labels lang = assessment.labels();
        StringBuilder html = new StringBuilder(8192);
        html.append("<article class=\"project\">\n<header>\n<h1>").append(escape(title(assessment))).append("</h1>\n");
        if (assessment.project().municipality() != null) {
            html.append("<p class=\"municipality\">").append(Label.MUNICIPALITY.in(lang)).append(": ")
                    .append(escape(assessment.project().municipality())).append("</p>\n");
        }
        html.append("</header>\n");
        factors(html, assessment.factors(), lang);
        recommendations(html, assessment.recommendations(), lang);
        missingFacts(html, assessment.missingFacts(), lang);
        obligations(html, assessment.obligations(), lang);
        KnowledgeBaseInfo kb = assessment.knowledgeBase();
        html.append("<footer>").append(escape(Explanation.footer(kb, lang)));
        if (explain) {
            html.append("<br>").append(Label.KNOWLEDGE_BASE.in(lang)).append(": ").append(escape(kb.source()))
                    .append(", ").append(Label.KNOWLEDGE_BASE_SIZE.in(lang, kb.rules(), kb.files())).append(", ")
                    .append(Label.FINGERPRINT.in(lang)).append(": <code>").append(escape(kb.fingerprint()))
                    .append("</code>");
        }
        html.append("</footer>\n</article>\n");
        return html.toString();
    }

    private static void factors(StringBuilder html, List<FactorResult> factors, Labels lang) {
        html.append("<section class=\"factors\">\n<h2>").append(Label.FACTORS.in(lang)).append("</h2>\n")
                .append("<figure class=\"chart\">").append(StatusChart.factors(factors, lang)).append("</figure>\n")
                .append("<table>\n<thead><tr><th></th><th>").append(Label.FACTOR.in(lang)).append("</th><th>")
                .append(Label.STATUS.in(lang)).append("</th><th>").append(Label.FINDINGS.in(lang))
                .append("</th></tr></thead>\n<tbody>\n");
        for (FactorResult factor : factors) {
            html.append("<tr><td class=\"factor-tag\">").append(escape(factor.id())).append("</td><td>")
                    .append(escape(factor.title())).append("</td><td>").append(badge(factor.status(), lang))
                    .append("</td><td>").append(list(factor.findings())).append(openQuestions(factor, lang))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private void recommendations(StringBuilder html, List<Recommendation> recommendations, Labels lang) {
        html.append("<section class=\"recommendations\">\n<h2>").append(Label.RECOMMENDATIONS.in(lang))
                .append("</h2>\n");
        if (recommendations.isEmpty()) {
            html.append("<p>").append(Label.NO_RECOMMENDATIONS.in(lang)).append("</p>\n</section>\n");
            return;
        }
        for (PriorityGroup group : PriorityGroup.of(recommendations)) {
            String priority = group.priority().name().toLowerCase(Locale.ROOT);
            html.append("<h3>").append(Label.of(group.priority()).in(lang))
                    .append("</h3>\n<ol class=\"recommendations\">\n");
            int number = group.first();
            for (Recommendation r : group.recommendations()) {
                html.append("<li class=\"recommendation priority-").append(priority)
                        .append("\">\n<h4><span class=\"number-tag\">").append(number).append(".</span> ")
                        .append(escape(r.title())).append(" <span class=\"factor-tag\">(").append(escape(r.factor()))
                        .append(")</span></h4>\n<p>").append(escape(r.action())).append("</p>\n<p>")
                        .append(Label.BECAUSE.in(lang)).append(":</p>\n").append(list(r.because()));
                if (explain) {
                    html.append(facts(r.evidence(), lang)).append("<p class=\"source\">").append(Label.RULE.in(lang))
                            .append(": <q>").append(escape(r.rule())).append("</q> ").append(Label.IN_FILE.in(lang))
                            .append(" <code>").append(escape(r.ruleFile())).append("</code></p>\n");
                }
                html.append("</li>\n");
                number++;
            }
            html.append("</ol>\n");
        }
        html.append("</section>\n");
    }

    private void missingFacts(StringBuilder html, List<MissingFact> missing, Labels lang) {
        if (missing.isEmpty()) {
            return;
        }
        html.append("<section class=\"missing\">\n<h2>").append(Label.MISSING_FACTS.in(lang)).append("</h2>\n")
                .append("<p class=\"intro\">").append(Label.MISSING_FACTS_INTRO.in(lang)).append("</p>\n<ul>\n");
        for (MissingFact fact : missing) {
            html.append("<li class=\"question\"><span class=\"factor-tag\">").append(escape(fact.factor()))
                    .append("</span> ").append(escape(fact.question()));
            if (explain) {
                html.append(" <code>").append(escape(fact.field())).append("</code>");
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private void obligations(StringBuilder html, List<Obligation> obligations, Labels lang) {
        html.append("<section class=\"obligations\">\n<h2>").append(Label.OBLIGATIONS.in(lang)).append("</h2>\n");
        if (obligations.isEmpty()) {
            html.append("<p>").append(Label.NO_OBLIGATIONS.in(lang)).append("</p>\n</section>\n");
            return;
        }
        html.append("<ul>\n");
        for (Obligation obligation : obligations) {
            html.append("<li class=\"obligation\"><strong>").append(escape(obligation.title())).append(":</strong> ")
                    .append(Label.of(obligation.state()).in(lang)).append(list(obligation.because()));
            if (explain) {
                html.append(facts(obligation.evidence(), lang));
            }
            html.append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private String portfolioSection(Portfolio portfolio) {
        Labels lang = portfolio.labels();
        StringBuilder html = new StringBuilder(8192);
        html.append("<section class=\"portfolio\">\n<h1>").append(escape(portfolioTitle(portfolio))).append("</h1>\n")
                .append("<h2>").append(Label.STATUS_PER_FACTOR.in(lang)).append("</h2>\n<figure class=\"chart\">")
                .append(StatusChart.portfolio(portfolio, lang)).append("</figure>\n<table>\n<thead><tr><th></th><th>")
                .append(Label.FACTOR.in(lang)).append("</th>");
        for (Status status : Status.values()) {
            html.append("<th class=\"number\">").append(badge(status, lang)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Portfolio.FactorTally factor : portfolio.factors()) {
            html.append("<tr><td class=\"factor-tag\">").append(escape(factor.id())).append("</td><td>")
                    .append(escape(factor.title())).append("</td>");
            for (Status status : Status.values()) {
                html.append("<td class=\"number\">").append(factor.count(status)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        frequentRecommendations(html, portfolio, lang);
        ranking(html, portfolio, lang);
        leftOut(html, portfolio.leftOut(), lang);
        return html.append("</section>\n").toString();
    }

    private static void leftOut(StringBuilder html, List<Portfolio.LeftOut> files, Labels lang) {
        if (files.isEmpty()) {
            return;
        }
        html.append("<h2>").append(escape(Label.LEFT_OUT.in(lang))).append("</h2>\n<p class=\"intro\">")
                .append(escape(Label.LEFT_OUT_INTRO.in(lang))).append("</p>\n<ul class=\"left-out\">\n");
        for (Portfolio.LeftOut file : files) {
            html.append("<li><code>").append(escape(file.file())).append("</code>: ")
                    .append(escape(Label.of(file.reason()).in(lang)));
            List<String> shown = new ArrayList<>(file.problems().stream().limit(Portfolio.SHOWN_PROBLEMS)
                    .map(Object::toString).toList());
            if (file.problems().size() > Portfolio.SHOWN_PROBLEMS) {
                shown.add(Label.MORE_PROBLEMS.in(lang, file.problems().size() - Portfolio.SHOWN_PROBLEMS));
            }
            html.append(list(shown)).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private void frequentRecommendations(StringBuilder html, Portfolio portfolio, Labels lang) {
        html.append("<h2>").append(Label.FREQUENT_RECOMMENDATIONS.in(lang)).append("</h2>\n");
        List<Portfolio.RecommendationTally> frequent = portfolio.recommendations().stream()
                .limit(Portfolio.SHOWN_RECOMMENDATIONS).toList();
        if (frequent.isEmpty()) {
            html.append("<p>").append(Label.NO_RECOMMENDATIONS.in(lang)).append("</p>\n");
            return;
        }
        html.append("<table>\n<thead><tr><th class=\"number\">").append(Label.PROJECTS.in(lang)).append("</th><th>")
                .append(Label.RECOMMENDATIONS.in(lang)).append("</th><th>").append(Label.FACTOR.in(lang))
                .append("</th><th>").append(Label.HIGHEST_PRIORITY.in(lang)).append("</th></tr></thead>\n<tbody>\n");
        for (Portfolio.RecommendationTally r : frequent) {
            html.append("<tr><td class=\"number\">").append(r.projects()).append("</td><td>").append(escape(r.title()))
                    .append(explain ? " <code>" + escape(r.id()) + "</code>" : "").append("</td><td class=\"factor-tag\">")
                    .append(escape(r.factor())).append("</td><td>").append(Label.word(r.priority()).in(lang))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (portfolio.recommendations().size() > frequent.size()) {
            html.append("<p class=\"intro\">")
                    .append(Label.SHOWN_OF.in(lang, frequent.size(), portfolio.recommendations().size())).append("</p>\n");
        }
    }

    private static void ranking(StringBuilder html, Portfolio portfolio, Labels lang) {
        html.append("<h2>").append(Label.RANKING.in(lang)).append("</h2>\n<p class=\"intro\">")
                .append(Label.RANKING_INTRO.in(lang)).append("</p>\n<table>\n<thead><tr><th class=\"number\">#</th><th>")
                .append(Label.PROJECT.in(lang)).append("</th><th>").append(Label.MUNICIPALITY.in(lang))
                .append("</th><th class=\"number\">").append(Label.RISK_FACTORS.in(lang))
                .append("</th><th class=\"number\">").append(Label.HIGH_RECOMMENDATIONS.in(lang))
                .append("</th></tr></thead>\n<tbody>\n");
        int rank = 0;
        for (Portfolio.RankedProject project : portfolio.ranking()) {
            rank++;
            html.append("<tr><td class=\"number\">").append(rank).append("</td><td>")
                    .append(escape(project.project().name())).append("</td><td>")
                    .append(escape(project.project().municipality())).append("</td><td class=\"number\">")
                    .append(project.risks()).append("</td><td class=\"number\">").append(project.highRecommendations())
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** The facts behind a reason as field paths with their values, for --explain. */
    private static String facts(List<Evidence> evidence, Labels lang) {
        if (evidence.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<p class=\"source\">").append(Label.EVIDENCE.in(lang)).append(": ");
        List<String> facts = Explanation.facts(evidence);
        for (int i = 0; i < facts.size(); i++) {
            html.append(i == 0 ? "" : "; ").append("<code>").append(escape(facts.get(i))).append("</code>");
        }
        return html.append("</p>\n").toString();
    }

    private static String badge(Status status, Labels lang) {
        StatusColours colour = StatusColours.of(status);
        return "<span class=\"badge " + colour.cssClass() + "\">" + colour.symbol() + " "
                + Label.of(status).in(lang) + "</span>";
    }

    /** The questions still open for a factor, under its findings; nothing when there are none. */
    private static String openQuestions(FactorResult factor, Labels lang) {
        String open = Label.openQuestions(lang, factor.openQuestions());
        return open.isEmpty() ? "" : "<p class=\"open-questions\">" + escape(open) + "</p>";
    }

    private static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<ul>");
        for (String item : items) {
            html.append("<li>").append(escape(item)).append("</li>");
        }
        return html.append("</ul>\n").toString();
    }
}
