package nl.innovatiewijzer.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.document.Node;
import nl.innovatiewijzer.document.Suggestion;
import nl.innovatiewijzer.document.TreeReader;

/**
 * The named limits of a knowledge base: the thresholds the rules compare facts with, each written
 * once under {@code limits:} in a texts file (the shipped ones in {@code rules/limits.yaml}), so
 * that changing one changes every rule and text that names it:
 * <pre>
 * limits:
 *   longCycleWeeks:
 *     value: 12
 *     unit: weeks
 *     nl: Een werkcyclus van meer weken dan dit is zo lang dat een mislukte stap maanden kost.
 *     en: A work cycle of more weeks than this is so long that a failed step costs months.
 * </pre>
 * A rule names a limit in a constraint, {@code WorkingMethod( cycleLengthWeeks > longCycleWeeks )},
 * and a text shows its value with {@code {longCycleWeeks}}.
 */
final class Limits {

    /** The key of the section in a texts file. */
    static final String SECTION = "limits";

    /** One limit, and where it is written. */
    record Limit(String name, BigDecimal value, String unit, String nl, String en, String file, int line) {

        /** The value as a rule and a text write it: {@code 12}, {@code 2.5}. */
        String written() {
            return value.stripTrailingZeros().toPlainString();
        }

        /** What the limit means, in a language. */
        String meaning(Language language) {
            return language == Language.NL ? nl : en;
        }
    }

    private static final List<String> PARTS = List.of("value", "unit", "nl", "en");
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    /** A limit named in a text: {@code {longCycleWeeks}}; {@code {0}} is a value the rule passes. */
    private static final Pattern IN_TEXT = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    /** Far beyond any threshold of a project, and still written exactly in a rule. */
    private static final double LARGEST = 1e15;
    /** Words of the rule language, which a rule could not tell from a limit of the same name. */
    private static final Set<String> RULE_WORDS = Set.of("this", "true", "false", "null", "in", "not", "contains",
            "matches", "memberOf", "soundslike", "excludes", "str", "and", "or", "exists", "forall", "eval", "from",
            "collect", "accumulate", "when", "then", "end", "rule", "new", "instanceof", "size", "isEmpty");

    private final Map<String, Limit> limits = new LinkedHashMap<>();
    /** Where each name is written, {@code file:line}, also when its value could not be read. */
    private final Map<String, String> places = new LinkedHashMap<>();

    private Limits() {
    }

    /** A knowledge base without limits. */
    static Limits none() {
        return new Limits();
    }

    /** The limits as a cache entry stored them ({@link StoredForm}): each limit, and where each name is written. */
    static Limits stored(List<Limit> all, Map<String, String> places) {
        Limits limits = new Limits();
        all.forEach(limit -> limits.limits.put(limit.name(), limit));
        limits.places.putAll(places);
        return limits;
    }

    /**
     * The limits of every texts file that has a {@code limits:} section; problems in that section
     * (a limit written twice, a value that is no number, a name a rule could not use) are added to
     * {@code problems}. The rest of each file is the {@link TextCatalogue}'s to read and report.
     */
    static Limits read(List<SourceFile> files, List<Problem> problems) {
        Limits read = none();
        TextsSection.read(files, SECTION, "a mapping from the name of each limit to its value, unit, nl and en",
                read::readLimit, problems);
        return read;
    }

    private void readLimit(TreeReader in, Node.Entry entry) {
        String name = entry.key();
        String path = TreeReader.join(SECTION, name);
        String earlier = places.get(name);
        if (earlier != null) {
            in.problem(entry, path, "the limit " + name + " is written twice; it is already written at "
                    + earlier + ". Keep one of them");
            return;
        }
        String wrongName = wrongName(name);
        if (wrongName != null) {
            in.problem(entry, path, wrongName);
            return;
        }
        // from here on the name is known: a rule or text that names it is not wrong, its value is
        places.put(name, in.file() + ":" + entry.line());
        Map<String, Node> parts = new LinkedHashMap<>();
        Node.MapNode map = in.mapping(entry.value(), path, "part", PARTS, part -> parts.put(part.key(), part.value()));
        if (map == null) {
            return;
        }
        for (String part : PARTS) {
            in.required(map, path, part, part.equals("value") ? "the number rules compare with" : "");
        }
        BigDecimal value = parts.containsKey("value") ? value(in, parts.get("value"), TreeReader.join(path, "value")) : null;
        String unit = text(in, parts, path, "unit");
        String nl = text(in, parts, path, "nl");
        String en = text(in, parts, path, "en");
        if (value == null || unit == null || nl == null || en == null) {
            return;
        }
        limits.put(name, new Limit(name, value, unit, nl, en, in.file(), entry.line()));
    }

    private static BigDecimal value(TreeReader in, Node node, String path) {
        Double number = in.number(node, path);
        if (number == null) {
            return null;
        }
        if (Math.abs(number) >= LARGEST) {
            in.problem(node, path, "is " + node.kind().replace("the number ", "")
                    + "; a limit is a number of at most 15 digits");
            return null;
        }
        return BigDecimal.valueOf(number);
    }

    private static String text(TreeReader in, Map<String, Node> parts, String path, String part) {
        return parts.containsKey(part) ? in.nonBlankText(parts.get(part), TreeReader.join(path, part)) : null;
    }

    /** Why a rule could not use {@code name} as the name of a limit, or null when it can. */
    private static String wrongName(String name) {
        if (!NAME.matcher(name).matches()) {
            return "a limit's name is one word of letters and digits that starts with a small letter, "
                    + "such as longCycleWeeks";
        }
        if (RULE_WORDS.contains(name)) {
            return name + " is a word of the rule language; give the limit a name of its own, such as longCycleWeeks";
        }
        Class<?> owner = FactModel.INSTANCE.typeWithField(name);
        if (owner != null) {
            return name + " is a field of " + owner.getSimpleName() + ", so a rule could not tell the two apart; "
                    + "give the limit a name of its own";
        }
        return null;
    }

    /** True when a rule or text may name {@code name}: a limit, or one written with a value that could not be read. */
    boolean has(String name) {
        return places.containsKey(name);
    }

    /** The limit with this name, or null. */
    Limit limit(String name) {
        return limits.get(name);
    }

    /** Every limit, in the order written. */
    List<Limit> all() {
        return List.copyOf(limits.values());
    }

    /** Where each name is written, {@code file:line}, in the order written: for the stored form. */
    Map<String, String> places() {
        return Collections.unmodifiableMap(places);
    }

    /** The names of every limit, in the order written. */
    Set<String> names() {
        return Collections.unmodifiableSet(places.keySet());
    }

    /** The files the limits are written in, as messages name them. */
    String where() {
        Set<String> files = new LinkedHashSet<>();
        places.values().forEach(place -> files.add(place.substring(0, place.lastIndexOf(':'))));
        return String.join(", ", files);
    }

    /**
     * The text with each {@code {name}} of a limit replaced by its value. A name that is no limit is
     * handed to {@code problem} as a message, and the text is then null.
     */
    String fill(String text, Consumer<String> problem) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Matcher named = IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        boolean known = true;
        while (named.find()) {
            String name = named.group(1);
            Limit limit = limits.get(name);
            if (!has(name)) {
                problem.accept("{" + name + "} names no limit; " + allowedInText(name));
                known = false;
            }
            named.appendReplacement(out, Matcher.quoteReplacement(limit == null ? named.group() : limit.written()));
        }
        named.appendTail(out);
        return known ? out.toString() : null;
    }

    private String allowedInText(String name) {
        if (places.isEmpty()) {
            return "this knowledge base has no limits (they are written under limits: in a texts file); "
                    + "{0}, {1}, ... are the values a rule passes";
        }
        return Suggestion.closest(name, names())
                .map(meant -> "the limits are written in " + where() + "; did you mean {" + meant + "}?")
                .orElse("the limits are " + String.join(", ", names()) + " (" + where() + "); {0}, {1}, ... are "
                        + "the values a rule passes");
    }
}
