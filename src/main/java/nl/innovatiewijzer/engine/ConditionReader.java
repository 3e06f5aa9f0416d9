package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.innovatiewijzer.engine.RuleConditions.Test;
import nl.innovatiewijzer.engine.RuleConditions.Way;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConnectiveType;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Reads the conditions of one rule, as Drools' parser gave them, into the ways they can hold
 * ({@link RuleConditions}): patterns on sections and list items, their constraints as tests on
 * fields, {@code not} by De Morgan, variables bound in one pattern and tested in another.
 */
final class ConditionReader {

    private static final Way ALWAYS = Way.ALWAYS;

    private final DrlExprParser expressions = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
    private final Map<String, String[]> variables = new LinkedHashMap<>();
    private int items;

    List<Way> ways(BaseDescr descr, boolean negated) {
        if (descr instanceof NotDescr not) {
            return all(not.getDescrs(), !negated);
        }
        if (descr instanceof ExistsDescr exists) {
            return all(((ConditionalElementDescr) exists).getDescrs(), negated);
        }
        if (descr instanceof AndDescr and) {
            return all(and.getDescrs(), negated);
        }
        if (descr instanceof OrDescr or) {
            return negated ? product(or.getDescrs(), true) : union(or.getDescrs(), false);
        }
        if (descr instanceof PatternDescr pattern) {
            return pattern(pattern, negated);
        }
        return List.of(ALWAYS);
    }

    /** All of these hold (or, negated, at least one fails). */
    private List<Way> all(List<? extends BaseDescr> parts, boolean negated) {
        return negated ? union(parts, true) : product(parts, false);
    }

    private List<Way> union(List<? extends BaseDescr> parts, boolean negated) {
        List<Way> ways = new ArrayList<>();
        for (BaseDescr part : parts) {
            ways.addAll(ways(part, negated));
        }
        return capped(ways);
    }

    private List<Way> product(List<? extends BaseDescr> parts, boolean negated) {
        List<Way> ways = List.of(ALWAYS);
        for (BaseDescr part : parts) {
            ways = combine(ways, ways(part, negated));
        }
        return ways;
    }

    private List<Way> pattern(PatternDescr pattern, boolean negated) {
        Class<?> type = FactModel.INSTANCE.factType(pattern.getObjectType());
        String target = target(type);
        if (target == null) {
            return List.of(ALWAYS);
        }
        boolean item = target.contains(".");
        if (item) {
            target = target + "#" + ++items;
        }
        if (pattern.getIdentifier() != null) {
            variables.put(pattern.getIdentifier(), new String[] {target, null});
        }
        List<Way> ways = List.of(item && !negated ? new Way(List.of(), Set.of(target)) : ALWAYS);
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression) {
                ConstraintConnectiveDescr parsed = expressions.parse(expression.getExpression());
                if (!expressions.hasErrors() && parsed != null) {
                    ways = combine(ways, constraint(parsed, target));
                }
            }
        }
        if (!negated) {
            return ways;
        }
        if (item) {
            return every(ways, target.substring(0, target.indexOf('#')));
        }
        return negation(ways); // a section is always there, so one of its tests must fail
    }

    /**
     * No item of the list passes the pattern: every item fails its first test. A pattern
     * without tests asks for no item at all, which a project made from the tests has unless
     * another test adds one.
     */
    private static List<Way> every(List<Way> ways, String list) {
        List<Test> tests = new ArrayList<>();
        for (Way way : ways) {
            if (!way.tests().isEmpty()) {
                Test first = way.tests().get(0);
                tests.add(new Test(list + RuleConditions.EVERY_ITEM, first.field(), new FieldTest.Not(first.test())));
            }
        }
        return List.of(new Way(tests, Set.of()));
    }

    /** At least one test of every way fails. */
    private List<Way> negation(List<Way> ways) {
        List<Way> result = List.of(ALWAYS);
        for (Way way : ways) {
            List<Way> failing = new ArrayList<>();
            for (Test test : way.tests()) {
                failing.add(new Way(List.of(new Test(test.target(), test.field(), new FieldTest.Not(test.test()))), Set.of()));
            }
            result = combine(result, failing);
        }
        return result;
    }

    private List<Way> constraint(BaseDescr descr, String target) {
        if (descr instanceof ConstraintConnectiveDescr connective) {
            List<List<Way>> parts = new ArrayList<>();
            for (BaseDescr part : connective.getDescrs()) {
                parts.add(constraint(part, target));
            }
            if (connective.getConnective() == ConnectiveType.OR) {
                return alternatives(parts);
            }
            List<Way> ways = List.of(ALWAYS);
            for (List<Way> part : parts) {
                ways = combine(ways, part);
            }
            return ways;
        }
        if (descr instanceof BindingDescr binding) {
            bind(binding, target);
            return List.of(ALWAYS);
        }
        if (descr instanceof RelationalExprDescr relation) {
            return relation(relation, target);
        }
        if (descr instanceof AtomicExprDescr atom) {
            String text = atom.getExpression().strip();
            boolean negated = text.startsWith("!");
            return test(target, negated ? text.substring(1).strip() : text, "==", !negated);
        }
        return List.of(ALWAYS);
    }

    /** {@code a || b}: on one field, one test that either passes; across fields, two ways. */
    private static List<Way> alternatives(List<List<Way>> parts) {
        List<FieldTest> tests = new ArrayList<>();
        Test first = null;
        for (List<Way> part : parts) {
            if (part.size() != 1 || part.get(0).tests().size() != 1 || !part.get(0).items().isEmpty()) {
                first = null;
                break;
            }
            Test test = part.get(0).tests().get(0);
            if (first == null) {
                first = test;
            } else if (!first.target().equals(test.target()) || !first.field().equals(test.field())) {
                first = null;
                break;
            }
            tests.add(test.test());
        }
        if (first != null) {
            return List.of(new Way(List.of(new Test(first.target(), first.field(), new FieldTest.AnyOf(tests))), Set.of()));
        }
        List<Way> ways = new ArrayList<>();
        parts.forEach(ways::addAll);
        return capped(ways);
    }

    private void bind(BindingDescr binding, String target) {
        String field = binding.getExpression() == null ? null : binding.getExpression().strip();
        variables.put(binding.getVariable(), new String[] {target, field});
    }

    private List<Way> relation(RelationalExprDescr relation, String target) {
        BaseDescr left = relation.getLeft();
        String path;
        if (left instanceof BindingDescr binding) {
            bind(binding, target);
            path = binding.getExpression().strip();
        } else if (left instanceof AtomicExprDescr atom && !atom.isLiteral()) {
            path = atom.getExpression().strip();
        } else {
            return List.of(ALWAYS);
        }
        if (!(relation.getRight() instanceof AtomicExprDescr right)) {
            return List.of(ALWAYS);
        }
        Object value = value(right.getExpression().strip());
        if (value == UNREADABLE) {
            return List.of(ALWAYS); // compared with another field: left to the run
        }
        String operator = relation.getOperator();
        List<Way> ways = test(target, path, operator, value);
        if (relation.isNegated()) {
            return ways.stream().map(way -> new Way(way.tests().stream()
                    .map(t -> new Test(t.target(), t.field(), new FieldTest.Not(t.test()))).toList(), way.items())).toList();
        }
        return ways;
    }

    private List<Way> test(String target, String path, String operator, Object value) {
        if (path.startsWith("$")) {
            String[] parts = path.split("\\.", 2);
            String[] bound = variables.get(parts[0]);
            if (bound == null || bound[1] == null && parts.length == 1) {
                return List.of(ALWAYS);
            }
            target = bound[0];
            path = bound[1] == null ? parts[1] : parts.length == 1 ? bound[1] : bound[1] + "." + parts[1];
        }
        String field = path;
        FieldTest test;
        if (path.endsWith(".size()") || path.endsWith(".size")) {
            field = path.substring(0, path.lastIndexOf('.'));
            if (!(value instanceof Number size)) {
                return List.of(ALWAYS);
            }
            test = new FieldTest.Size(operator, size.intValue());
        } else if (path.endsWith(".isEmpty()")) {
            field = path.substring(0, path.lastIndexOf('.'));
            test = new FieldTest.Empty(Boolean.TRUE.equals(value));
        } else {
            test = new FieldTest.Compare(operator, value);
        }
        if (field.contains(".") || field.contains("(")) {
            return List.of(ALWAYS);
        }
        return List.of(new Way(List.of(new Test(target, field, test)), Set.of()));
    }

    private static final Object UNREADABLE = new Object();

    /** A literal or an enum constant; {@link #UNREADABLE} for anything else. */
    private static Object value(String text) {
        if (text.equals("null")) {
            return null;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        if (text.matches("-?\\d+(\\.\\d+)?")) {
            return Double.valueOf(text);
        }
        if (text.matches("\"[^\"\\\\]*\"")) {
            return text.substring(1, text.length() - 1);
        }
        int dot = text.indexOf('.');
        if (dot > 0) {
            Class<?> type = FactModel.INSTANCE.enumType(text.substring(0, dot));
            if (type != null) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(text.substring(dot + 1))) {
                        return constant;
                    }
                }
            }
        }
        return UNREADABLE;
    }

    /** The section a fact type is, or {@code section.list} for the type of a list's items; null for another type. */
    private static String target(Class<?> type) {
        if (type == null) {
            return null;
        }
        for (ProjectDraft.Section section : ProjectDraft.SECTIONS) {
            if (section.type() == type) {
                return section.name();
            }
            for (ProjectDraft.Field field : section.fields()) {
                if (field.holdsRecords() && field.type() == type) {
                    return section.name() + "." + field.name();
                }
            }
        }
        return null;
    }

    private static List<Way> combine(List<Way> left, List<Way> right) {
        List<Way> ways = new ArrayList<>();
        for (Way a : left) {
            for (Way b : right) {
                ways.add(a.and(b));
            }
        }
        return capped(ways);
    }

    private static List<Way> capped(List<Way> ways) {
        return ways.size() > RuleConditions.MAX_WAYS ? List.copyOf(ways.subList(0, RuleConditions.MAX_WAYS)) : ways;
    }
}
