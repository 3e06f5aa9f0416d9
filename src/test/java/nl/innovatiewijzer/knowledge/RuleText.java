package nl.innovatiewijzer.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.innovatiewijzer.RuleInfo;

/**
 * A rule as written in its file: the {@code //} comment above it and its text up to {@code end},
 * for what the metadata does not say (the status a rule rates, the priority it recommends with).
 *
 * @param rule    the rule's metadata
 * @param comment the comment lines right above the rule, joined, without {@code //}
 * @param body    the rule from {@code rule} to {@code end}
 */
record RuleText(RuleInfo rule, String comment, String body) {

    private static final Pattern RATES = Pattern.compile("advice\\.rate\\(Status\\.(\\w+)");
    private static final Pattern RECOMMENDS = Pattern.compile("advice\\.recommend\\(Priority\\.(\\w+)");
    private static final Pattern OBLIGES = Pattern.compile("advice\\.oblige\\(ObligationState\\.(\\w+)");

    static RuleText of(RuleInfo rule) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(rule.file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = rule.line() - 1;
        List<String> comment = new ArrayList<>();
        for (int i = start - 1; i >= 0 && lines.get(i).strip().startsWith("//"); i--) {
            comment.add(0, lines.get(i).strip().substring(2).strip());
        }
        StringBuilder body = new StringBuilder();
        for (int i = start; i < lines.size(); i++) {
            body.append(lines.get(i)).append('\n');
            if (lines.get(i).strip().equals("end")) {
                break;
            }
        }
        return new RuleText(rule, String.join(" ", comment), body.toString());
    }

    /** The status a status rule gives, e.g. {@code RISK}; null for other rules. */
    String status() {
        return first(RATES);
    }

    /** The priority an action rule recommends with, e.g. {@code HIGH}; null for other rules. */
    String priority() {
        return first(RECOMMENDS);
    }

    /** The state a duty rule decides, e.g. {@code TODO}; null for other rules. */
    String state() {
        return first(OBLIGES);
    }

    /** The lines of the consequence, between {@code then} and {@code end}, that hold a statement. */
    long consequenceStatements() {
        String then = body.substring(body.indexOf("\nthen\n") + 6, body.lastIndexOf("end"));
        return then.chars().filter(c -> c == ';').count();
    }

    private String first(Pattern pattern) {
        Matcher matcher = pattern.matcher(body);
        return matcher.find() ? matcher.group(1) : null;
    }
}
