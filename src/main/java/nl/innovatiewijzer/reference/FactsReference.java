package nl.innovatiewijzer.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.innovatiewijzer.Labels;
import nl.innovatiewijzer.document.PrintableText;

/**
 * The reference for people who fill in facts files, in Markdown: every field of the facts format,
 * its name and meaning in plain words, the values it allows and its limits. The fields and limits
 * come from the fact model ({@link FactField}), every word from the knowledge base's texts
 * ({@code rules/facts.yaml}), so the reference says what the reader accepts, in the language asked.
 */
public final class FactsReference {

    /** Where the schema lies in the repository, as the reference names it. */
    static final String SCHEMA = "docs/facts.schema.json";

    private final Labels words;
    private final StringBuilder out = new StringBuilder();

    private FactsReference(Labels words) {
        this.words = words;
    }

    /** The reference in the language of {@code words}: the labels of a knowledge base ({@code Advisor.texts(language).labels()}). */
    public static String markdown(Labels words) {
        return new FactsReference(words).write();
    }

    private String write() {
        line("# " + words.text("reference.title"));
        line("");
        line(words.text("reference.intro"));
        line("");
        line("## " + words.text("reference.rules"));
        line("");
        line("- " + words.text("reference.rule-required", "`project.name`"));
        line("- " + words.text("reference.rule-unknown"));
        line("- " + words.text("reference.rule-values"));
        line("- " + words.text("reference.rule-lists"));
        line("- " + words.text("reference.rule-errors"));
        line("");
        line(words.text("reference.editor", "`" + SCHEMA + "`"));
        line("");
        line("```yaml");
        line("# yaml-language-server: $schema=../" + SCHEMA);
        line("```");
        line("");
        line(words.text("reference.examples", "`facts/`"));
        for (FactField section : FactField.sections()) {
            line("");
            line("## " + name(section) + " (`" + section.path() + "`)");
            line("");
            line(meaning(section));
            table(section);
        }
        return out.toString();
    }

    private void table(FactField holder) {
        line("");
        line("| " + words.text("reference.field") + " | " + words.text("reference.name") + " | "
                + words.text("reference.kind") + " | " + words.text("reference.meaning") + " |");
        line("|---|---|---|---|");
        for (FactField field : holder.fields()) {
            line("| `" + field.path() + "` | " + cell(name(field)) + " | " + cell(kind(field)) + " | "
                    + cell(meaning(field)) + " |");
        }
        for (FactField field : holder.fields()) {
            if (field.kind() == FactField.Kind.ITEMS || field.kind() == FactField.Kind.SECTION) {
                line("");
                line("### " + name(field) + " (`" + field.path() + "`)");
                line("");
                line(words.text("reference.items", "`" + field.path() + "`"));
                table(field);
            }
        }
    }

    private String kind(FactField field) {
        String kind = switch (field.kind()) {
            case SECTION -> words.text("reference.section");
            case BOOLEAN -> words.text("reference.boolean");
            case WHOLE_NUMBER -> field.min() != null && field.max() != null
                    ? words.text("reference.whole-number-range", number(field.min()), number(field.max()))
                    : words.text("reference.whole-number");
            case NUMBER -> field.min() != null ? words.text("reference.number-from", number(field.min()))
                    : words.text("reference.number");
            case TEXT -> field.maxLength() != null ? words.text("reference.text-up-to", field.maxLength())
                    : words.text("reference.text");
            case DATE -> words.text("reference.date");
            case VALUE -> words.text("reference.one-of", values(field));
            case VALUES -> words.text("reference.list-of", values(field));
            case ITEMS -> words.text("reference.list-of-items");
        };
        return field.required() ? kind + " (**" + words.text("reference.required") + "**)" : kind;
    }

    private String values(FactField field) {
        return field.values().stream()
                .map(value -> "`" + value + "` (" + words.text("value." + field.valueKind() + "." + value) + ")")
                .collect(Collectors.joining(", "));
    }

    private String name(FactField field) {
        return words.text("fact." + field.path());
    }

    private String meaning(FactField field) {
        return words.text("fact." + field.path() + ".meaning");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** A table cell: one line, with a bar that would end the cell written as text. */
    private static String cell(String text) {
        return PrintableText.of(text).replace("|", "\\|");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    /** Every label id the reference uses, for a check that the texts have them all. */
    static List<String> labelIds() {
        return FactField.sections().stream().flatMap(section -> section.withAllBelow().stream())
                .flatMap(field -> {
                    List<String> ids = new ArrayList<>(List.of("fact." + field.path(), "fact." + field.path() + ".meaning"));
                    field.values().forEach(value -> ids.add("value." + field.valueKind() + "." + value));
                    return ids.stream();
                })
                .distinct().toList();
    }
}
