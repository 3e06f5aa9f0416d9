package nl.innovatiewijzer.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Evidence;
import nl.innovatiewijzer.FiredRule;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Recommendation;
import org.junit.jupiter.api.Test;

/**
 * Every example project, in Dutch and in English, as text, markdown and HTML: the plain report
 * speaks the reader's words, with no field path, code value, rule name or rule file; with
 * {@code --explain} the technical part is there.
 */
class PlainWordsTest {

    private static final Advisor ADVISOR = Advisor.withDefaultRules();
    private static final List<ReportFormat> READ_BY_PEOPLE = List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN,
            ReportFormat.HTML);

    /** A field path such as {@code workingMethod.cycleLengthWeeks}: a word, a dot, a camelCase word. */
    private static final Pattern FIELD_PATH = Pattern.compile("\\b[a-z]+[A-Za-z]*\\.[a-z]+[A-Z][A-Za-z]*\\b");
    /** A code value such as {@code programmeManager} or {@code bringsKnowledge}: lower case, then a capital. */
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+[A-Z][a-z]+[A-Za-z]*\\b");
    private static final Pattern RULE_FILE = Pattern.compile("[\\w-]+\\.drl\\b");
    private static final Pattern TRUE_OR_FALSE = Pattern.compile("= (true|false)\\b");
    private static final Pattern FINGERPRINT = Pattern.compile("sha256:[0-9a-f]+");
    /** The id of an action, such as {@code F5-add-privacy-officer}. */
    private static final Pattern ACTION_ID = Pattern.compile("\\bF[1-9]-[a-z]+(-[a-z]+)*\\b");
    /** A constant of the fact model or the results as Java names it, such as {@code SOCIAL} or {@code TODO}. */
    private static final Pattern CONSTANT = Pattern.compile("\\b(PHYSICAL|SOCIAL|SAFETY|OPERATIONS|IDEA|EXPERIMENT|PILOT"
            + "|IMPLEMENTATION|SCALING|LAW|POLICY|TODO|DONE|UNKNOWN|RECOMMENDATION|OBLIGATION|QUESTION|STRONG|ATTENTION"
            + "|RISK)\\b");
    /** A date as a program writes it, 2026-12-01, where a reader expects 1 december 2026. */
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final List<Pattern> NOT_FOR_READERS = List.of(FIELD_PATH, CAMEL_CASE, RULE_FILE, TRUE_OR_FALSE,
            FINGERPRINT, ACTION_ID, CONSTANT, ISO_DATE);

    @Test
    void noReportOfAnExampleShowsAFieldPathACodeValueARuleOrAFile() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path example : examples()) {
            ProjectFacts facts = ProjectFacts.read(example);
            for (Language language : Language.values()) {
                // with the improvement paths, the longest report a project can have
                Assessment assessment = ADVISOR.assess(facts, language).withImprovements(ADVISOR.improvements(facts, language));
                Set<String> ruleNames = ruleNames(assessment);
                for (ReportFormat format : READ_BY_PEOPLE) {
                    String report = visible(format, format.renderer().assessment(assessment));
                    String where = example.getFileName() + " (" + language.code() + ", " + format.code() + ")";
                    for (Pattern pattern : NOT_FOR_READERS) {
                        Matcher match = pattern.matcher(report);
                        while (match.find()) {
                            found.add(where + ": " + match.group());
                        }
                    }
                    // a rule's name may say what a finding or title says; only where it stands apart is it the rule
                    String apart = withoutTheAdvice(report, assessment);
                    for (String rule : ruleNames) {
                        if (apart.contains(rule)) {
                            found.add(where + ": the rule \"" + rule + "\"");
                        }
                    }
                }
            }
        }

        assertTrue(found.isEmpty(), "the plain reports show what only --explain shows:\n" + String.join("\n",
                new LinkedHashSet<>(found)));
    }

    @Test
    void theHeadSummaryFirstStepsAndDutiesSpeakInWordsInBothLanguages() {
        List<String> found = new ArrayList<>();
        for (Assessment assessment : List.of(Examples.forADirector("Jeugdhulp op maat"),
                Examples.forADirectorInEnglish("Youth care fitted"))) {
            for (ReportFormat format : READ_BY_PEOPLE) {
                String report = visible(format, format.renderer().assessment(assessment));
                for (Pattern pattern : NOT_FOR_READERS) {
                    Matcher match = pattern.matcher(report);
                    while (match.find()) {
                        found.add(assessment.language().code() + ", " + format.code() + ": " + match.group());
                    }
                }
            }
        }

        assertTrue(found.isEmpty(), "the head, summary, steps or duties show what only a program reads:\n"
                + String.join("\n", new LinkedHashSet<>(found)));
    }

    @Test
    void theSummaryOfAllExamplesNamesActionsByTheirTitleOnlyUnlessExplained() throws IOException {
        for (Language language : Language.values()) {
            Portfolio.Builder builder = Portfolio.builder();
            for (Path example : examples()) {
                builder.add(ADVISOR.assess(ProjectFacts.read(example), language));
            }
            Portfolio portfolio = builder.build();
            for (ReportFormat format : READ_BY_PEOPLE) {
                String summary = visible(format, format.renderer().portfolio(portfolio));
                String explained = visible(format, format.renderer(true).portfolio(portfolio));
                String where = language.code() + ", " + format.code();

                assertFalse(ACTION_ID.matcher(summary).find(), where + ":\n" + summary);
                assertFalse(CAMEL_CASE.matcher(summary).find(), where + ":\n" + summary);
                assertTrue(ACTION_ID.matcher(explained).find(), where + ":\n" + explained);
            }
        }
    }

    @Test
    void withExplainEveryReportOfAnExampleNamesItsRulesFilesAndFacts() throws IOException {
        List<String> lacking = new ArrayList<>();
        for (Path example : examples()) {
            ProjectFacts facts = ProjectFacts.read(example);
            for (Language language : Language.values()) {
                Assessment assessment = ADVISOR.assess(facts, language);
                for (ReportFormat format : READ_BY_PEOPLE) {
                    String report = visible(format, format.renderer(true).assessment(assessment));
                    String where = example.getFileName() + " (" + language.code() + ", " + format.code() + ")";
                    for (Recommendation r : assessment.recommendations()) {
                        expect(lacking, where, report, r.rule());
                        expect(lacking, where, report, r.ruleFile());
                        for (Evidence fact : r.evidence()) {
                            expect(lacking, where, report, fact.field() + " = ");
                        }
                    }
                    assessment.missingFacts().forEach(missing -> expect(lacking, where, report, missing.field()));
                    expect(lacking, where, report, assessment.knowledgeBase().fingerprint());
                }
            }
        }

        assertTrue(lacking.isEmpty(), "the explained reports leave out:\n" + String.join("\n", lacking));
    }

    @Test
    void theFactsBehindAReasonStayInTheJsonForPrograms() throws IOException {
        Assessment assessment = ADVISOR.assess(ProjectFacts.read(Path.of("facts/ondermijning-data-aanpak.yaml")));

        Recommendation privacy = assessment.recommendation("F5-add-privacy-officer").orElseThrow();
        assertTrue(privacy.evidence().contains(new Evidence("project.processesPersonalData", true)), privacy.toString());
        assertTrue(privacy.because().contains("Het team heeft geen privacyadviseur."), privacy.toString());
        assertTrue(assessment.toJson().contains("\"evidence\": [\n        {\n          \"field\": "
                + "\"project.processesPersonalData\",\n          \"value\": true\n        }\n      ]"));
    }

    private static void expect(List<String> lacking, String where, String report, String text) {
        if (!report.contains(text)) {
            lacking.add(where + ": " + text);
        }
    }

    /** The report as a reader sees it: HTML without its tags and escapes. */
    private static String visible(ReportFormat format, String report) {
        if (format != ReportFormat.HTML) {
            return report;
        }
        int body = report.indexOf("<body");
        return report.substring(Math.max(body, 0)).replaceAll("<[^>]*>", " ").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }

    private static String withoutTheAdvice(String report, Assessment assessment) {
        List<String> texts = new ArrayList<>();
        assessment.factors().forEach(f -> texts.addAll(f.findings()));
        assessment.recommendations().forEach(r -> {
            texts.add(r.title());
            texts.add(r.action());
            texts.addAll(r.because());
        });
        assessment.missingFacts().forEach(m -> texts.add(m.question()));
        assessment.obligations().forEach(o -> texts.addAll(o.because()));
        texts.sort((a, b) -> b.length() - a.length());
        for (String text : texts) {
            report = report.replace(text, "");
        }
        return report;
    }

    private static Set<String> ruleNames(Assessment assessment) {
        Set<String> names = new LinkedHashSet<>();
        assessment.firedRules().stream().map(FiredRule::rule).forEach(names::add);
        return names;
    }

    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            return files.filter(f -> f.toString().matches(".*\\.(yaml|yml|json)$")).sorted().toList();
        }
    }
}
