package nl.innovatiewijzer.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.document.PrintableText;
import nl.innovatiewijzer.document.Suggestion;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConnectiveType;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * The language advisers write rules in, checked element by element on what Drools' own parser
 * read: patterns on the fact types, constraints that compare a fact's fields with values, enum
 * constants, null and bound variables; {@code not}, {@code exists}, {@code or}, {@code and}; and
 * a consequence of calls to the advice ({@link ConsequenceCheck}). What is not in it is refused
 * with its line and column, what was found and what is allowed, before Drools compiles anything.
 */
final class RuleLanguage {

    private static final Set<String> ALLOWED_IMPORTS = Set.of(
            "nl.innovatiewijzer.facts.*", "nl.innovatiewijzer.Status", "nl.innovatiewijzer.Priority",
            "nl.innovatiewijzer.ObligationState", "nl.innovatiewijzer.DutyKind", "nl.innovatiewijzer.rules.*");
    private static final Set<String> ALLOWED_FUNCTIONS = Set.of(
            "nl.innovatiewijzer.rules.Because.fact", "nl.innovatiewijzer.rules.Because.reason",
            "nl.innovatiewijzer.rules.Because.*");
    private static final String ADVICE = "nl.innovatiewijzer.rules.Advice";

    /** The rule API's names before it had a package of its own, with what replaces them. */
    private static final Map<String, String> RENAMED = Map.of(
            "nl.innovatiewijzer.engine.Advice", ADVICE,
            "nl.innovatiewijzer.engine.Because.fact", "nl.innovatiewijzer.rules.Because.fact",
            "nl.innovatiewijzer.engine.Because.reason", "nl.innovatiewijzer.rules.Because.reason",
            "nl.innovatiewijzer.engine.Because.*", "nl.innovatiewijzer.rules.Because.*");

    private static final Set<String> OPERATORS = Set.of("==", "!=", "<", "<=", ">", ">=", "contains");
    private static final String ALLOWED_CONDITION = "a condition is a pattern on a fact, such as Team( motivation == Level.HIGH ), "
            + "combined with not, exists, or and and";
    private static final String ALLOWED_CONSTRAINT = "a constraint compares a field with a value, an enum constant, "
            + "null or a bound variable (==, !=, <, <=, >, >=, in, not in, contains, not contains), "
            + "joined with && and ||; of a list a rule may ask size() and isEmpty()";
    private static final Pattern BINDING = Pattern.compile("(\\$\\w+)\\s*:");
    /** Deeper than any rule an adviser writes; far below what would overflow the parser's stack. */
    static final int MAX_NESTING = 32;

    private final SourceFile file;
    private final String source;
    private final Limits limits;
    private final List<Problem> problems;
    private final DrlExprParser expressions = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);

    private RuleLanguage(SourceFile file, String source, Limits limits, List<Problem> problems) {
        this.file = file;
        this.source = source;
        this.limits = limits;
        this.problems = problems;
    }

    /**
     * A problem when {@code source} nests brackets deeper than any rule needs: checked before
     * parsing, as a parser takes such a file apart by recursion.
     */
    static Problem tooDeep(SourceFile file, String source) {
        int depth = 0;
        int line = 1;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    return new Problem(file.shown(), line, 0, "", "brackets nest deeper than " + MAX_NESTING
                            + " levels; write the condition in smaller parts");
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return null;
    }

    /**
     * A problem when the file holds a unicode escape ({@code \\u0022}) anywhere: Drools copies rule
     * names and consequences into Java source, where the compiler decodes such escapes before
     * anything else, so that an escape could close a string or a comment that looked closed.
     */
    static Problem unicodeEscape(SourceFile file, String source) {
        int line = 1;
        int backslashes = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (c == 'u' && backslashes % 2 == 1) {
                return new Problem(file.shown(), line, 0, "", "found a unicode escape (a backslash followed by u); "
                        + "write the character itself");
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
        return null;
    }

    static void check(SourceFile file, String source, PackageDescr drl, List<Problem> problems) {
        check(file, source, drl, Limits.none(), problems);
    }

    /** Checks a rule file whose constraints may name the {@code limits} where they compare with a number. */
    static void check(SourceFile file, String source, PackageDescr drl, Limits limits, List<Problem> problems) {
        new RuleLanguage(file, source, limits, problems).check(drl);
    }

    private void check(PackageDescr drl) {
        for (ImportDescr imported : drl.getImports()) {
            String target = imported.getTarget();
            if (!ALLOWED_IMPORTS.contains(target) && FactModel.INSTANCE.patternType(target) == null) {
                refuse(imported, "import " + target + " reaches outside the knowledge base; rules import "
                        + "nl.innovatiewijzer.facts.*, nl.innovatiewijzer.Status, Priority and ObligationState"
                        + Suggestion.didYouMean(target, ALLOWED_IMPORTS));
            }
        }
        for (FunctionImportDescr imported : drl.getFunctionImports()) {
            String target = imported.getTarget();
            if (RENAMED.containsKey(target)) {
                renamed(imported, "import function " + target, "import function " + RENAMED.get(target));
            } else if (!ALLOWED_FUNCTIONS.contains(target)) {
                refuse(imported, "import function " + target + " is not allowed; rules import the functions "
                        + "nl.innovatiewijzer.rules.Because.fact and nl.innovatiewijzer.rules.Because.reason"
                        + Suggestion.didYouMean(target, ALLOWED_FUNCTIONS));
            }
        }
        for (GlobalDescr global : drl.getGlobals()) {
            if (RENAMED.containsKey(global.getType()) && global.getIdentifier().equals("advice")) {
                renamed(global, "global " + global.getType() + " advice", "global " + RENAMED.get(global.getType()) + " advice");
            } else if (!global.getType().equals(ADVICE) || !global.getIdentifier().equals("advice")) {
                refuse(global, "global " + global.getType() + " " + global.getIdentifier()
                        + " is not allowed; the only global is " + ADVICE + " advice"
                        + Suggestion.didYouMean(global.getType() + " " + global.getIdentifier(), List.of(ADVICE + " advice")));
            }
        }
        notAllowed(drl.getFunctions(), "a function", "write what the rule checks in its conditions, where an adviser can read it");
        notAllowed(drl.getTypeDeclarations(), "a declare", "rules use the facts as they are");
        notAllowed(drl.getEnumDeclarations(), "a declare", "rules use the facts' own enums");
        notAllowed(drl.getAccumulateImports(), "an import accumulate", "rules use not, exists and size()");
        notAllowed(drl.getEntryPointDeclarations(), "an entry point", "facts come in one way");
        notAllowed(drl.getWindowDeclarations(), "a window", "facts come in one way");
        for (AttributeDescr attribute : drl.getAttributes()) {
            refuse(attribute, "the attribute " + attribute.getName() + " is not allowed in a rule file; "
                    + "rules are written in the one language every rule uses");
        }
        for (RuleDescr rule : drl.getRules()) {
            rule(rule);
        }
    }

    private void rule(RuleDescr rule) {
        if (rule instanceof QueryDescr) {
            refuse(rule, "a query is not allowed; a rule file holds rules");
            return;
        }
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            if (!attribute.getName().equals("no-loop") || !Set.of("true", "false").contains(attribute.getValue())) {
                refuse(attribute, "the attribute " + attribute.getName() + " is not allowed; a rule may say no-loop, nothing else");
            }
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            refuse(rule, "a rule has one consequence; named consequences (then[...]) are not allowed");
        }
        Map<String, FactModel.FieldType> bound = new LinkedHashMap<>();
        condition(rule.getLhs(), bound);
        Object consequence = rule.getConsequence();
        ConsequenceCheck.check(file, source, rule.getConsequenceLine(), consequence == null ? "" : consequence.toString(),
                bound, problems);
    }

    private void condition(BaseDescr descr, Map<String, FactModel.FieldType> bound) {
        if (descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr || descr instanceof ExistsDescr) {
            for (BaseDescr part : ((ConditionalElementDescr) descr).getDescrs()) {
                condition(part, bound);
            }
        } else if (descr instanceof PatternDescr pattern) {
            pattern(pattern, bound);
        } else {
            refuse(descr, "found " + kind(descr) + ", which is not part of the rule language; " + ALLOWED_CONDITION);
        }
    }

    private static String kind(BaseDescr descr) {
        String name = descr.getClass().getSimpleName().replace("Descr", "").toLowerCase(Locale.ROOT);
        return switch (name) {
            case "eval" -> "eval(...)";
            case "forall" -> "forall(...)";
            case "accumulate" -> "accumulate(...)";
            case "collect" -> "collect(...)";
            case "from" -> "from";
            case "conditionalbranch" -> "if ... do[...]";
            case "namedconsequence" -> "do[...]";
            default -> "'" + name + "'";
        };
    }

    private void pattern(PatternDescr pattern, Map<String, FactModel.FieldType> bound) {
        if (pattern.getSource() != null) {
            refuse(pattern, "found " + kind(pattern.getSource()) + " after " + pattern.getObjectType()
                    + "(...), which is not part of the rule language; facts are matched as they are, "
                    + "with not, exists, or and and, and of a list size() and isEmpty()");
            return;
        }
        Class<?> type = FactModel.INSTANCE.patternType(pattern.getObjectType());
        if (type == null) {
            List<String> known = new java.util.ArrayList<>(FactModel.INSTANCE.factTypes());
            known.addAll(FactModel.INSTANCE.planTypes());
            refuse(pattern, "found the pattern " + PrintableText.of(pattern.getObjectType()) + "(...), which is not a fact; "
                    + "the facts are " + FactModel.INSTANCE.factTypeNames()
                    + Suggestion.didYouMean(pattern.getObjectType(), known));
            bindUnknown(pattern, bound);
            return;
        }
        if (pattern.isQuery() || pattern.isUnification() || !pattern.getBehaviors().isEmpty()
                || !pattern.getPositionalConstraints().isEmpty()) {
            refuse(pattern, "a pattern is written as " + type.getSimpleName() + "( field == value, ... )");
            return;
        }
        if (pattern.getIdentifier() != null) {
            bound.put(pattern.getIdentifier(), new FactModel.FieldType(type, false));
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (!(constraint instanceof ExprConstraintDescr expression)) {
                refuse(constraint, ALLOWED_CONSTRAINT);
                continue;
            }
            ConstraintConnectiveDescr parsed = expressions.parse(expression.getExpression());
            if (expressions.hasErrors() || parsed == null) {
                refuse(expression, "cannot read the constraint " + PrintableText.of(expression.getExpression()) + "; " + ALLOWED_CONSTRAINT);
                continue;
            }
            new Constraint(expression, type, bound).check(parsed);
        }
    }

    /** The variables a refused pattern binds, as bound to something unknown: its refusal is the one problem told. */
    private static void bindUnknown(PatternDescr pattern, Map<String, FactModel.FieldType> bound) {
        if (pattern.getIdentifier() != null) {
            bound.put(pattern.getIdentifier(), FactModel.FieldType.UNKNOWN);
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression) {
                Matcher binding = BINDING.matcher(expression.getExpression());
                while (binding.find()) {
                    bound.put(binding.group(1), FactModel.FieldType.UNKNOWN);
                }
            }
        }
    }

    /** One constraint of a pattern, checked against the fields of the pattern's fact type. */
    private final class Constraint {
        private final ExprConstraintDescr at;
        private final Class<?> type;
        private final Map<String, FactModel.FieldType> bound;

        Constraint(ExprConstraintDescr at, Class<?> type, Map<String, FactModel.FieldType> bound) {
            this.at = at;
            this.type = type;
            this.bound = bound;
        }

        void check(BaseDescr descr) {
            if (descr instanceof ConstraintConnectiveDescr connective) {
                if (connective.getConnective() != ConnectiveType.AND && connective.getConnective() != ConnectiveType.OR) {
                    refuse(at, "found " + connective.getConnective() + "; " + ALLOWED_CONSTRAINT);
                    return;
                }
                connective.getDescrs().forEach(this::check);
            } else if (descr instanceof RelationalExprDescr relation) {
                relation(relation);
            } else if (descr instanceof BindingDescr binding) {
                FactModel.FieldType field = path(binding.getExpression());
                bound.put(binding.getVariable(), field != null ? field : FactModel.FieldType.UNKNOWN);
            } else if (descr instanceof AtomicExprDescr atom) {
                String expression = atom.getExpression().strip();
                boolean negated = expression.startsWith("!");
                FactModel.FieldType value = atom.isLiteral() ? null : operand(negated ? expression.substring(1) : expression);
                if (value != null && value.type() != Boolean.class) {
                    refuse(at, "found " + PrintableText.of(atom.getExpression()) + " on its own; " + ALLOWED_CONSTRAINT);
                }
            } else {
                refuse(at, "found " + PrintableText.of(String.valueOf(descr)) + "; " + ALLOWED_CONSTRAINT);
            }
        }

        private void relation(RelationalExprDescr relation) {
            String operator = relation.getOperator();
            if (!OPERATORS.contains(operator) || relation.getParameters() != null && !relation.getParameters().isEmpty()
                    || relation.isNegated() && !operator.equals("contains")) {
                refuse(at, "found the operator " + (relation.isNegated() ? "not " : "") + PrintableText.of(operator) + "; "
                        + ALLOWED_CONSTRAINT);
                return;
            }
            List<BaseDescr> sides = List.of(relation.getLeft(), relation.getRight());
            String[] written = new String[2];
            FactModel.FieldType[] types = new FactModel.FieldType[2]; // null for a literal
            boolean allRead = true;
            FactModel.FieldType field = null;
            for (int i = 0; i < 2; i++) {
                BaseDescr side = sides.get(i);
                if (!(side instanceof AtomicExprDescr atom)) {
                    check(side);
                    written[i] = String.valueOf(side);
                    continue;
                }
                written[i] = atom.getExpression().strip();
                if (!atom.isLiteral()) {
                    if (field != null && enumValueWithoutItsEnum(field, atom.getExpression().strip())) {
                        return;
                    }
                    FactModel.FieldType value = operand(atom.getExpression());
                    types[i] = value;
                    allRead &= value != null;
                    if (field == null) {
                        field = value;
                    } else if (value != null) {
                        ValueKinds.compare(field, value, relation, relationText(relation), this::refuseHere);
                    }
                } else if (!isLiteral(atom.getExpression())) {
                    refuse(at, "found " + PrintableText.of(atom.getExpression()) + "; " + ALLOWED_CONSTRAINT);
                } else if (field != null) {
                    ValueKinds.compare(field, atom.getExpression().strip(), relation, this::refuseHere);
                }
            }
            String wrong = allRead ? ConstraintLimits.comparison(written[0], types[0], written[1], types[1]) : null;
            if (wrong != null) {
                refuse(at, wrong);
            }
        }

        /** {@code phase == pilot}: a word that is no field but a value of the field's enum, written without it. */
        private boolean enumValueWithoutItsEnum(FactModel.FieldType field, String word) {
            if (!field.isEnum() || !word.matches("[A-Za-z_][A-Za-z0-9_]*") || FactModel.INSTANCE.field(type, word) != null
                    || bound.containsKey(word)) {
                return false;
            }
            String constant = FactModel.constantSpelled(field.type(), word);
            if (constant == null) {
                return false;
            }
            String value = field.type().getSimpleName() + "." + constant;
            refuse(at, "found " + PrintableText.of(word) + ", which is no field of " + type.getSimpleName() + "; a value of "
                    + field.type().getSimpleName() + " is written with its name in front: " + value);
            return true;
        }

        private static String relationText(RelationalExprDescr relation) {
            return relation.getLeft() + " " + relation.getOperator() + " " + relation.getRight();
        }

        private void refuseHere(String message) {
            refuse(at, message);
        }

        /** A field path, {@code this}, a bound variable, an enum constant; null after a problem. */
        private FactModel.FieldType operand(String expression) {
            String text = expression.strip();
            if (text.equals("this")) {
                return new FactModel.FieldType(type, false);
            }
            if (text.startsWith("$")) {
                String[] parts = text.split("\\.", 2);
                FactModel.FieldType variable = bound.get(parts[0]);
                if (variable == null) {
                    refuse(at, parts[0] + " is not bound before this constraint; bind it first, as " + parts[0] + " : field");
                    return null;
                }
                return parts.length == 1 ? variable : listMethod(variable, parts[1], text);
            }
            int dot = text.indexOf('.');
            if (dot > 0) {
                Class<?> enumType = FactModel.INSTANCE.enumType(text.substring(0, dot));
                if (enumType != null) {
                    String constant = text.substring(dot + 1);
                    if (!FactModel.hasConstant(enumType, constant)) {
                        refuse(at, "found " + PrintableText.of(text) + ", which does not exist; "
                                + text.substring(0, dot) + " has " + ConsequenceCheck.constants(enumType)
                                + FactModel.didYouMean(enumType, constant));
                        return null;
                    }
                    return new FactModel.FieldType(enumType, false);
                }
                String first = text.substring(0, dot);
                if (Character.isUpperCase(first.charAt(0)) && FactModel.INSTANCE.field(type, first) == null) {
                    refuse(at, "found " + PrintableText.of(text) + ", but " + PrintableText.of(first) + " is not one of the "
                            + "lists of values; they are " + String.join(", ", FactModel.INSTANCE.enumNames())
                            + Suggestion.didYouMean(first, FactModel.INSTANCE.enumNames()));
                    return null;
                }
            }
            if (limits.has(text)) {
                return ConstraintLimits.OPERAND;
            }
            if (text.matches("[A-Za-z_][A-Za-z0-9_]*") && FactModel.INSTANCE.field(type, text) == null) {
                refuse(at, ConstraintLimits.unknown(limits, text, type));
                return null;
            }
            return path(text);
        }

        /** A field of the pattern's type, or of the record it holds, ending perhaps in size() or isEmpty(). */
        private FactModel.FieldType path(String expression) {
            String text = expression.strip();
            if (!text.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*(\\(\\))?)*")) {
                refuse(at, "found " + PrintableText.of(text) + "; " + ALLOWED_CONSTRAINT);
                return null;
            }
            String[] steps = text.split("\\.");
            Class<?> current = type;
            FactModel.FieldType field = null;
            for (int i = 0; i < steps.length; i++) {
                if (field != null && (field.list() || steps[i].endsWith("()"))) {
                    return listMethod(field, String.join(".", List.of(steps).subList(i, steps.length)), text);
                }
                if (field != null && !field.isRecord()) {
                    refuse(at, "found " + PrintableText.of(text) + ": " + steps[i - 1] + " holds no fields; " + ALLOWED_CONSTRAINT);
                    return null;
                }
                field = FactModel.INSTANCE.field(current, steps[i]);
                if (field == null) {
                    refuse(at, "found the field " + PrintableText.of(steps[i]) + ", which " + current.getSimpleName()
                            + " does not have; its fields are " + FactModel.fieldNames(current)
                            + Suggestion.didYouMean(steps[i], FactModel.fields(current)));
                    return null;
                }
                current = field.type();
            }
            return field;
        }

        private FactModel.FieldType listMethod(FactModel.FieldType list, String call, String text) {
            // Drools reads a list's size as a property too: size == 1 means size() == 1
            if (list.list() && (call.equals("size()") || call.equals("size"))) {
                return new FactModel.FieldType(Integer.class, false);
            }
            if (list.list() && call.equals("isEmpty()")) {
                return new FactModel.FieldType(Boolean.class, false);
            }
            refuse(at, "found " + PrintableText.of(text) + "; " + ALLOWED_CONSTRAINT);
            return null;
        }
    }

    private static boolean isLiteral(String text) {
        return text.matches("-?\\d+(\\.\\d+)?|true|false|null|\"[^\"\\\\]*\"");
    }

    private void notAllowed(Collection<? extends BaseDescr> found, String what, String instead) {
        for (BaseDescr descr : found) {
            refuse(descr, what + " is not part of the rule language; " + instead);
        }
    }

    private void renamed(BaseDescr at, String found, String instead) {
        problems.add(new Problem(file.shown(), at.getLine(), 0, "", found + " is the rule API's old name; "
                + "change this line to: " + instead + ";"));
    }

    private void refuse(BaseDescr at, String message) {
        problems.add(new Problem(file.shown(), Math.max(at.getLine(), 0), at.getColumn() < 0 ? 0 : at.getColumn() + 1, "",
                message));
    }
}
