package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.innovatiewijzer.ObligationState;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.Status;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * What a rule gives when it fires and why it is there, read from what the adviser wrote: the
 * constant its consequence passes to {@code advice.rate}, {@code recommend} or {@code oblige}, and
 * the {@code //} comment lines right above it. The rule language allows only constants there, so
 * the consequence says it literally.
 */
final class RuleOutline {

    private static final Pattern RATES = Pattern.compile("advice\\s*\\.\\s*rate\\s*\\(\\s*(?:Status\\s*\\.\\s*)?(\\w+)");
    private static final Pattern RECOMMENDS = Pattern.compile(
            "advice\\s*\\.\\s*recommend\\s*\\(\\s*(?:Priority\\s*\\.\\s*)?(\\w+)");
    private static final Pattern OBLIGES = Pattern.compile(
            "advice\\s*\\.\\s*oblige\\s*\\(\\s*(?:ObligationState\\s*\\.\\s*)?(\\w+)");

    private static final Pattern STEPS = Pattern.compile("advice\\s*\\.\\s*step\\s*\\(\\s*\\$?\\w+\\s*,\\s*(\\d{1,9})\\s*\\)");

    private RuleOutline() {
    }

    /** The rule with its metadata, what it gives and its comment; {@code lines} are the lines of its file. */
    static RuleInfo describe(RuleDescr rule, String file, String[] lines, String factor, String finding, String action,
                             String missing, String obligation, String step) {
        String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
        return new RuleInfo(rule.getName(), file, rule.getLine(), factor, finding, action, missing, obligation,
                constant(Status.class, RATES, consequence), constant(Priority.class, RECOMMENDS, consequence),
                constant(ObligationState.class, OBLIGES, consequence), comment(lines, rule.getLine()), step,
                order(consequence));
    }

    /** The place a plan rule gives its step, {@code advice.step($duty, 10)}; null when it gives none. */
    private static Integer order(String consequence) {
        Matcher found = STEPS.matcher(consequence);
        return found.find() ? Integer.valueOf(found.group(1)) : null;
    }

    /** The lines of a rule file, for {@link #describe}. */
    static String[] lines(String source) {
        return source.split("\\R", -1);
    }

    /** The first constant the pattern finds, or null when the consequence names none of {@code type}. */
    private static <E extends Enum<E>> E constant(Class<E> type, Pattern call, String consequence) {
        Matcher found = call.matcher(consequence);
        if (!found.find()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(found.group(1))) {
                return constant;
            }
        }
        return null;
    }

    /** The {@code //} lines right above line {@code ruleLine} (1-based), joined; empty when there are none. */
    static String comment(String[] lines, int ruleLine) {
        List<String> comment = new ArrayList<>();
        for (int i = ruleLine - 2; i >= 0 && i < lines.length && lines[i].strip().startsWith("//"); i--) {
            comment.add(0, lines[i].strip().substring(2).strip());
        }
        return String.join(" ", comment).strip();
    }
}
