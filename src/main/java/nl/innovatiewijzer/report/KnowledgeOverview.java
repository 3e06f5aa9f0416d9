package nl.innovatiewijzer.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.KnowledgeTexts;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.Status;

/**
 * What a knowledge base checks and says, rule by rule, for the advisers who use it: how the advice
 * comes about, the nine factors at a glance, and every rule with what it says when it fires and
 * why it is there. Made from the rules and their texts alone, so it is never out of date with
 * them; the words around them are the {@code knowledge-...} labels in {@code rules/report.yaml}.
 * Written as Markdown or as one HTML page that looks like the reports.
 *
 * <pre>
 * String markdown = KnowledgeOverview.of(Advisor.withDefaultRules(), Language.EN).render(ReportFormat.MARKDOWN);
 * </pre>
 */
public final class KnowledgeOverview {

    private static final String PLACEHOLDER = "\\{\\d+}";
    /** The points of "how the advice comes about", in order. */
    private static final List<Label> HOW = List.of(Label.KNOWLEDGE_HOW_STATUS, Label.KNOWLEDGE_HOW_UNKNOWN,
            Label.KNOWLEDGE_HOW_RECOMMENDATIONS, Label.KNOWLEDGE_HOW_COMBINATIONS, Label.KNOWLEDGE_HOW_OBLIGATIONS);
    /** The steps of "changing a rule", in order. */
    private static final List<Label> CHANGING = List.of(Label.KNOWLEDGE_CHANGING_EDIT,
            Label.KNOWLEDGE_CHANGING_SCENARIO, Label.KNOWLEDGE_CHANGING_OVERVIEW);

    private final Language language;
    private final List<OverviewBlock> blocks;

    private KnowledgeOverview(Language language, List<OverviewBlock> blocks) {
        this.language = language;
        this.blocks = List.copyOf(blocks);
    }

    /** The overview of the knowledge base of {@code advisor}, in {@code language}. */
    public static KnowledgeOverview of(Advisor advisor, Language language) {
        Objects.requireNonNull(language, "language");
        Language other = language == Language.NL ? Language.EN : Language.NL;
        return new Writer(advisor.rules(), advisor.texts(language), advisor.texts(other),
                advisor.knowledgeBase().source()).write(language);
    }

    /**
     * The overview as Markdown or HTML.
     *
     * @throws IllegalArgumentException for a format that is neither
     */
    public String render(ReportFormat format) {
        return switch (format) {
            case MARKDOWN -> OverviewPage.markdown(blocks);
            case HTML -> OverviewPage.html(language, blocks);
            default -> throw new IllegalArgumentException("the knowledge overview is written as markdown or html, not "
                    + format.code());
        };
    }

    /** Puts the blocks together from the rules and their texts. */
    private static final class Writer {
        private final List<RuleInfo> rules;
        private final KnowledgeTexts texts;
        private final KnowledgeTexts other;
        private final Labels words;
        private final String source;
        private final List<OverviewBlock> blocks = new ArrayList<>();

        Writer(List<RuleInfo> rules, KnowledgeTexts texts, KnowledgeTexts other, String source) {
            this.rules = rules;
            this.texts = texts;
            this.other = other;
            this.words = texts.labels();
            this.source = source;
        }

        KnowledgeOverview write(Language language) {
            heading(1, Label.KNOWLEDGE_TITLE);
            paragraph(Label.KNOWLEDGE_INTRO);
            blocks.add(new OverviewBlock.Paragraph(Phrase.marked(Label.KNOWLEDGE_INTRO_FILES.in(words, source))));
            heading(2, Label.KNOWLEDGE_HOW);
            blocks.add(new OverviewBlock.Bullets(HOW.stream().map(label -> Phrase.marked(label.in(words))).toList()));
            heading(2, Label.KNOWLEDGE_GLANCE);
            paragraph(Label.KNOWLEDGE_GLANCE_INTRO);
            blocks.add(glance());
            if (!texts.limits().isEmpty()) {
                heading(2, Label.KNOWLEDGE_LIMITS);
                paragraph(Label.KNOWLEDGE_LIMITS_INTRO);
                blocks.add(limits());
            }
            plan();
            heading(2, Label.KNOWLEDGE_EVERY_RULE);
            paragraph(Label.KNOWLEDGE_EVERY_RULE_INTRO);
            byFile().forEach((file, inFile) -> {
                blocks.add(new OverviewBlock.Heading(3, fileHeading(file, inFile)));
                List<String> keyFacts = texts.keyFacts().getOrDefault(onlyFactor(inFile), List.of());
                if (!keyFacts.isEmpty()) {
                    blocks.add(new OverviewBlock.Paragraph(codes(Phrase.builder(), Label.KNOWLEDGE_KEY_FACTS.in(words),
                            keyFacts).build()));
                }
                blocks.add(ruleTable(inFile));
            });
            heading(2, Label.KNOWLEDGE_CHANGING);
            blocks.add(new OverviewBlock.Bullets(CHANGING.stream().map(label -> Phrase.marked(label.in(words))).toList()));
            return new KnowledgeOverview(language, blocks);
        }

        private void heading(int level, Label label) {
            blocks.add(new OverviewBlock.Heading(level, Phrase.marked(label.in(words))));
        }

        private void paragraph(Label label) {
            blocks.add(new OverviewBlock.Paragraph(Phrase.marked(label.in(words))));
        }

        /** Per factor, the findings of its rules that make it strong, a risk or a point of attention. */
        private OverviewBlock.Table glance() {
            List<Status> shown = List.of(Status.STRONG, Status.RISK, Status.ATTENTION);
            List<String> headers = new ArrayList<>(List.of(Label.FACTOR.in(words)));
            shown.forEach(status -> headers.add(Label.of(status).in(words)));
            List<List<List<Phrase>>> rows = new ArrayList<>();
            texts.factors().forEach((factor, title) -> {
                List<List<Phrase>> row = new ArrayList<>();
                row.add(List.of(Phrase.plain(factor + " " + title)));
                for (Status status : shown) {
                    row.add(rules.stream()
                            .filter(rule -> factor.equals(rule.factor()) && rule.status() == status && rule.finding() != null)
                            .map(rule -> Phrase.plain(finding(rule.finding())))
                            .distinct().toList());
                }
                rows.add(row);
            });
            return new OverviewBlock.Table(headers, rows);
        }

        /**
         * The rules by file: first the files whose rules all judge one factor, in the order of the
         * factors, then the others by name; in each, the rules in the order they are written.
         */
        private Map<String, List<RuleInfo>> byFile() {
            Map<String, List<RuleInfo>> files = rules.stream()
                    .filter(rule -> !rule.plans()) // the plan has a part of its own
                    .sorted(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line))
                    .collect(Collectors.groupingBy(RuleInfo::file, LinkedHashMap::new, Collectors.toList()));
            List<String> factors = new ArrayList<>(texts.factors().keySet());
            Comparator<String> order = Comparator.comparingInt((String file) -> {
                String factor = onlyFactor(files.get(file));
                return factor == null || !factors.contains(factor) ? factors.size() : factors.indexOf(factor);
            }).thenComparing(Comparator.naturalOrder());
            Map<String, List<RuleInfo>> ordered = new LinkedHashMap<>();
            files.keySet().stream().sorted(order).forEach(file -> ordered.put(file, files.get(file)));
            return ordered;
        }

        /** The factor every rule of a file judges, or null when they judge several or none. */
        private static String onlyFactor(List<RuleInfo> inFile) {
            Set<String> factors = inFile.stream().map(RuleInfo::factor).collect(Collectors.toSet());
            return factors.size() == 1 ? factors.iterator().next() : null;
        }

        private Phrase fileHeading(String file, List<RuleInfo> inFile) {
            String factor = onlyFactor(inFile);
            String title;
            if (factor != null && texts.factors().containsKey(factor)) {
                title = factor + " " + texts.factors().get(factor);
            } else if (inFile.stream().anyMatch(rule -> rule.obligation() != null)) {
                title = Label.OBLIGATIONS.in(words);
            } else {
                title = Label.KNOWLEDGE_COMBINATIONS.in(words);
            }
            return Phrase.builder().plain(title + " (").code(file).plain(")").build();
        }

        private OverviewBlock.Table ruleTable(List<RuleInfo> inFile) {
            List<String> headers = List.of(Label.FACTOR.in(words), Label.KNOWLEDGE_RULE.in(words),
                    Label.KNOWLEDGE_SAYS.in(words), Label.BECAUSE.in(words), Label.FILE.in(words));
            List<List<List<Phrase>>> rows = new ArrayList<>();
            for (RuleInfo rule : inFile) {
                rows.add(List.of(List.of(Phrase.plain(rule.factor())), List.of(Phrase.plain(rule.name())),
                        List.of(says(rule)), List.of(Phrase.plain(rule.description())),
                        List.of(Phrase.builder().code(rule.file() + ":" + rule.line()).build())));
            }
            return new OverviewBlock.Table(headers, rows);
        }

        /** The named thresholds, with their values, meanings and where they are written. */
        private OverviewBlock.Table limits() {
            List<String> headers = List.of(Label.KNOWLEDGE_LIMIT.in(words), Label.KNOWLEDGE_LIMIT_VALUE.in(words),
                    Label.KNOWLEDGE_LIMIT_MEANING.in(words), Label.FILE.in(words));
            List<List<List<Phrase>>> rows = new ArrayList<>();
            for (KnowledgeTexts.Limit limit : texts.limits()) {
                rows.add(List.of(List.of(Phrase.builder().code(limit.name()).build()), List.of(Phrase.plain(limit.value())),
                        List.of(Phrase.plain(limit.meaning())),
                        List.of(Phrase.builder().code(limit.file() + ":" + limit.line()).build())));
            }
            return new OverviewBlock.Table(headers, rows);
        }

        /**
         * The plan, in the words of {@code knowledge-plan...} in the texts: the plan rules by their
         * place, with the reason each gives, and what the knowledge base says of each duty.
         */
        private void plan() {
            List<RuleInfo> plan = rules.stream().filter(RuleInfo::plans)
                    .sorted(Comparator.comparing((RuleInfo rule) -> rule.order() == null ? Integer.MAX_VALUE : rule.order())
                            .thenComparing(RuleInfo::file).thenComparingInt(RuleInfo::line))
                    .toList();
            if (!plan.isEmpty()) {
                blocks.add(new OverviewBlock.Heading(2, Phrase.marked(words.text("knowledge-plan"))));
                blocks.add(new OverviewBlock.Paragraph(Phrase.marked(words.text("knowledge-plan-intro"))));
                List<List<List<Phrase>>> rows = new ArrayList<>();
                for (RuleInfo rule : plan) {
                    rows.add(List.of(List.of(Phrase.plain(rule.order() == null ? "" : rule.order().toString())),
                            List.of(Phrase.plain(rule.name())), List.of(Phrase.plain(texts.steps().getOrDefault(rule.step(), ""))),
                            List.of(Phrase.builder().code(rule.file() + ":" + rule.line()).build())));
                }
                blocks.add(new OverviewBlock.Table(List.of(words.text("knowledge-plan-place"), Label.KNOWLEDGE_RULE.in(words),
                        words.text("knowledge-plan-why"), Label.FILE.in(words)), rows));
            }
            if (!texts.duties().isEmpty()) {
                blocks.add(new OverviewBlock.Heading(2, Phrase.marked(words.text("knowledge-duties"))));
                blocks.add(new OverviewBlock.Paragraph(Phrase.marked(words.text("knowledge-duties-intro"))));
                List<List<List<Phrase>>> rows = new ArrayList<>();
                for (KnowledgeTexts.Duty duty : texts.duties()) {
                    rows.add(List.of(List.of(Phrase.plain(texts.obligations().getOrDefault(duty.id(), duty.id()))),
                            List.of(Phrase.plain(words.text("knowledge-duty-" + duty.kind().contractName()))),
                            List.of(Phrase.plain(duty.basis())), List.of(Phrase.plain(duty.appliesFrom().toString())),
                            List.of(Phrase.plain(duty.source()))));
                }
                blocks.add(new OverviewBlock.Table(List.of(Label.OBLIGATIONS.in(words), words.text("knowledge-duty-kind"),
                        words.text("knowledge-duty-basis"), words.text("knowledge-duty-from"),
                        words.text("knowledge-duty-source")), rows));
            }
        }

        /** What a rule says when it fires: a status and its finding, an action, a question, or a duty. */
        private Phrase says(RuleInfo rule) {
            Phrase.Builder says = Phrase.builder();
            if (rule.finding() != null && rule.status() != null) {
                return says.bold(Label.of(rule.status()).in(words)).plain(": " + finding(rule.finding())).build();
            }
            if (rule.action() != null) {
                if (rule.priority() != null) {
                    says.bold(Label.word(rule.priority()).in(words)).plain(" ");
                }
                says.code(rule.action()).plain(": " + withLimits(texts.actions().getOrDefault(rule.action(), "")));
                String aside = other.actions().get(rule.action());
                if (aside != null) {
                    says.plain(" (" + aside + ")");
                }
                List<String> covered = texts.covers().getOrDefault(rule.action(), List.of());
                return covered.isEmpty() ? says.build()
                        : codes(says.plain(" "), Label.KNOWLEDGE_COVERS.in(words), covered).build();
            }
            if (rule.missing() != null) {
                return says.plain(Label.KNOWLEDGE_ASKS.in(words) + " ").code(rule.missing())
                        .plain(": " + withLimits(texts.questions().getOrDefault(rule.missing(), ""))).build();
            }
            if (rule.obligation() != null) {
                if (rule.state() != null) {
                    says.bold(Label.of(rule.state()).in(words)).plain(" ");
                }
                return says.code(rule.obligation()).plain(": " + texts.obligations().getOrDefault(rule.obligation(), ""))
                        .build();
            }
            return says.build();
        }

        /** A lead-in followed by ids or field paths as code, separated by commas. */
        private static Phrase.Builder codes(Phrase.Builder phrase, String lead, List<String> ids) {
            phrase.plain(lead + " ");
            for (int i = 0; i < ids.size(); i++) {
                phrase.plain(i == 0 ? "" : ", ").code(ids.get(i));
            }
            return phrase.plain(".");
        }

        /** A finding as the rules write it, with each limit's value and "…" where a report fills in a fact value. */
        private String finding(String id) {
            return withLimits(texts.findings().getOrDefault(id, "")).replaceAll(PLACEHOLDER, "…");
        }

        private String withLimits(String text) {
            for (KnowledgeTexts.Limit limit : texts.limits()) {
                text = text.replace("{" + limit.name() + "}", limit.value());
            }
            return text;
        }
    }
}
