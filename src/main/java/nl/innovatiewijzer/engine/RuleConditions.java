package nl.innovatiewijzer.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;

/**
 * What a rule's conditions ask of a project, read from its {@code when}: each way the conditions
 * can hold (an {@code or}, a {@code not} of several tests, and {@code in} across fields give
 * several), as tests on fields of sections and of list items the way needs. {@code not} is read
 * by De Morgan: {@code not Fact( a, b )} holds when a or b fails; {@code not} of a list item asks
 * for no such item, which a project made from the tests has unless another test adds one. What the
 * check cannot read (a field compared with another field) is left out: a project made from the
 * tests is run, and only what the rules then say counts.
 *
 * @param rule        the rule's name
 * @param ways        the ways its conditions can hold, at most {@link #MAX_WAYS}
 * @param consequence the rule's consequence as written
 */
record RuleConditions(String rule, List<Way> ways, String consequence) {

    /** Enough for the rules advisers write; a rule with more is tried in its first ways. */
    static final int MAX_WAYS = 16;

    /** The target of a test that every item of a list must pass, after the list's path. */
    static final String EVERY_ITEM = "#*";

    /**
     * A test on one field of a section ({@code target} is the section's name), of a list item
     * ({@code target} is, e.g., {@code team.members#1}), or of every item of a list
     * ({@code team.members#*}).
     */
    record Test(String target, String field, FieldTest test) {
    }

    /** One way the conditions hold: tests that must all pass, and the list items it needs. */
    record Way(List<Test> tests, Set<String> items) {

        /** No test at all: what a condition the check cannot read asks. */
        static final Way ALWAYS = new Way(List.of(), Set.of());

        Way and(Way other) {
            List<Test> tests = new ArrayList<>(this.tests);
            tests.addAll(other.tests);
            Set<String> items = new LinkedHashSet<>(this.items);
            items.addAll(other.items);
            return new Way(tests, items);
        }

        /**
         * The same way with its items renamed apart, to be combined with another rule's: each rule's
         * items are items of their own, while what every item must pass holds for all of them.
         */
        Way renamed(String prefix) {
            List<Test> tests = this.tests.stream()
                    .map(t -> new Test(t.target().contains("#") && !t.target().endsWith(EVERY_ITEM) ? t.target() + prefix
                            : t.target(), t.field(), t.test()))
                    .toList();
            Set<String> items = new LinkedHashSet<>();
            this.items.forEach(item -> items.add(item + prefix));
            return new Way(tests, items);
        }
    }

    /**
     * The conditions of every rule in the rule files, by rule name, each limit they name read as
     * its number; a file that cannot be read is left out.
     */
    static Map<String, RuleConditions> of(List<SourceFile> files, Limits limits) {
        Map<String, RuleConditions> rules = new LinkedHashMap<>();
        for (SourceFile file : files) {
            if (!file.isRules()) {
                continue;
            }
            PackageDescr drl;
            try {
                DrlParser parser = new DrlParser();
                drl = parser.parse(false, new String(file.content(), StandardCharsets.UTF_8));
                if (parser.hasErrors() || drl == null) {
                    continue;
                }
                byte[] withNumbers = ConstraintLimits.write(limits, file, drl);
                if (withNumbers != file.content()) { // the limits written as the numbers Drools compiled
                    drl = parser.parse(false, new String(withNumbers, StandardCharsets.UTF_8));
                    if (parser.hasErrors() || drl == null) {
                        continue;
                    }
                }
            } catch (Exception | StackOverflowError e) {
                continue; // the compiler has said what is wrong with it
            }
            for (RuleDescr rule : drl.getRules()) {
                try {
                    rules.put(rule.getName(), new RuleConditions(rule.getName(),
                            List.copyOf(new ConditionReader().ways(rule.getLhs(), false)), String.valueOf(rule.getConsequence())));
                } catch (RuntimeException e) {
                    // conditions the check cannot read: the rule still runs on the examples and generated projects
                }
            }
        }
        return rules;
    }
}
