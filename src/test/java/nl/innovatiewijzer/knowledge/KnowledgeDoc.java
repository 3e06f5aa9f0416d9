package nl.innovatiewijzer.knowledge;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.engine.ShippedTexts;

/** Writes the table of every rule in docs/knowledge.md from the rule files and their texts. */
final class KnowledgeDoc {

    static final String BEGIN = "<!-- BEGIN RULE TABLE: generated from rules/ by KnowledgeDocTest; do not edit by hand -->";
    static final String END = "<!-- END RULE TABLE -->";

    private KnowledgeDoc() {
    }

    /** The table, one section per rule file (the factors F1 .. F9 first), rules in the order they are written. */
    static String ruleTable(Collection<RuleInfo> rules) {
        List<RuleInfo> ordered = rules.stream()
                .sorted(Comparator.comparing((RuleInfo rule) -> !isFactorFile(rule.file()))
                        .thenComparing(RuleInfo::file).thenComparingInt(RuleInfo::line))
                .toList();
        StringBuilder out = new StringBuilder(limitTable());
        String file = null;
        for (RuleInfo rule : ordered) {
            if (!rule.file().equals(file)) {
                file = rule.file();
                out.append("\n### ").append(heading(file)).append("\n\n")
                        .append("| Factor | Rule: what it checks | What it says | Why | File |\n")
                        .append("|---|---|---|---|---|\n");
            }
            RuleText text = RuleText.of(rule);
            out.append("| ").append(rule.factor() == null ? "" : rule.factor())
                    .append(" | ").append(cell(rule.name()))
                    .append(" | ").append(cell(says(text)))
                    .append(" | ").append(cell(text.comment()))
                    .append(" | `").append(rule.file()).append(':').append(rule.line()).append("` |\n");
        }
        return out.toString();
    }

    /** The limits the rules compare with, from rules/limits.yaml. */
    private static String limitTable() {
        StringBuilder out = new StringBuilder("\n### Limits (`rules/limits.yaml`)\n\n")
                .append("The thresholds the rules below compare facts with, each written once; a rule names it in a condition.\n\n")
                .append("| Limit | Value | What it means | File |\n|---|---|---|---|\n");
        for (ShippedTexts.Limit limit : ShippedTexts.limits(Language.EN)) {
            out.append("| `").append(limit.name()).append("` | ").append(limit.value()).append(' ').append(cell(limit.unit()))
                    .append(" | ").append(cell(limit.meaning())).append(" | `").append(limit.file()).append(':')
                    .append(limit.line()).append("` |\n");
        }
        return out.toString();
    }

    private static boolean isFactorFile(String file) {
        return file.substring(file.lastIndexOf('/') + 1).matches("f\\d-.*");
    }

    private static String heading(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        if (isFactorFile(file)) {
            String factor = "F" + name.charAt(1);
            return factor + " " + ShippedTexts.text("factors", factor, Language.EN) + " (`" + file + "`)";
        }
        if (name.startsWith("combinations")) {
            return "Combinations across factors (`" + file + "`)";
        }
        if (name.startsWith("obligations")) {
            return "Obligations (`" + file + "`)";
        }
        return "`" + file + "`";
    }

    private static String says(RuleText text) {
        RuleInfo rule = text.rule();
        if (rule.finding() != null) {
            return "**" + text.status() + "**: " + open(ShippedTexts.text("findings", rule.finding(), Language.EN));
        }
        if (rule.action() != null) {
            return "**" + text.priority() + "** `" + rule.action() + "`: "
                    + ShippedTexts.text("actions", rule.action(), "title", Language.EN)
                    + " (" + ShippedTexts.text("actions", rule.action(), "title", Language.NL) + ")";
        }
        if (rule.missing() != null) {
            return "asks `" + rule.missing() + "`: " + ShippedTexts.text("questions", rule.missing(), Language.EN);
        }
        if (rule.obligation() != null) {
            return "`" + rule.obligation() + "` is **" + text.state() + "**: "
                    + ShippedTexts.text("obligations", rule.obligation(), Language.EN);
        }
        return "";
    }

    /** Placeholders are filled with fact values in a report; the table shows where they go. */
    private static String open(String template) {
        return template.replaceAll("\\{\\d+}", "…");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
