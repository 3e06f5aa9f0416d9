package nl.innovatiewijzer.engine;

import java.util.Set;
import java.util.function.Consumer;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;

/**
 * The kinds of value a constraint compares: a field holds a whole number, a number, true or
 * false, text, a value of one of the facts' lists, or a list, and is compared with a value of
 * its own kind. Drools would take {@code cycleLengthWeeks > "6"} and {@code phase == "pilot"},
 * turn the text into something at run time, or refuse it with a Java class name; here each is
 * told what to write instead.
 */
final class ValueKinds {

    private enum Kind { NUMBER, BOOLEAN, TEXT, ENUM, LIST, OTHER, NULL }

    private static final Set<String> YES_OR_NO = Set.of("true", "false", "yes", "no", "ja", "nee");

    private ValueKinds() {
    }

    /** Compares a field (or variable) with a literal: a number, text in quotes, true, false or null. */
    static void compare(FactModel.FieldType field, String literal, RelationalExprDescr relation, Consumer<String> refuse) {
        String left = left(relation);
        String operator = operator(relation);
        Kind value = literalKind(literal);
        if (value == Kind.NULL) {
            if (!operator.equals("==") && !operator.equals("!=")) {
                refuse.accept("found " + left + " " + operator + " null; a value that is not known (null) is compared "
                        + "with == or != only");
            }
            return;
        }
        FactModel.FieldType compared = contained(field, operator, left, refuse);
        if (compared == null) {
            return;
        }
        Kind kind = kindOf(compared);
        if (kind == value || kind == Kind.OTHER || kind == Kind.NUMBER && value == Kind.NUMBER) {
            return;
        }
        String text = value == Kind.TEXT ? literal.substring(1, literal.length() - 1) : literal;
        String fix = switch (kind) {
            case NUMBER -> text.matches("-?\\d+(\\.\\d+)?") ? "write the number without quotes: " + left + " " + operator
                    + " " + text : "compare it with a number, as " + left + " " + operator + " 3";
            case BOOLEAN -> YES_OR_NO.contains(text.toLowerCase(java.util.Locale.ROOT))
                    ? "write true or false without quotes: " + left + " " + operator + " "
                    + (Set.of("false", "no", "nee").contains(text.toLowerCase(java.util.Locale.ROOT)) ? "false" : "true")
                    : "compare it with true or false, as " + left + " == true";
            case TEXT -> "write the text in double quotes: " + left + " " + operator + " \"" + text + "\"";
            case ENUM -> enumFix(compared.type(), text, left, operator);
            default -> "a list is asked whether it contains a value, or how many it holds with size()";
        };
        refuse.accept("found " + left + " " + operator + " " + literal + ": " + left + " holds " + describe(compared)
                + ", not " + describe(value) + "; " + fix);
    }

    /** Compares a field (or variable) with another, or with a value of an enum such as {@code Role.OTHER}. */
    static void compare(FactModel.FieldType field, FactModel.FieldType value, RelationalExprDescr relation,
                        String constraint, Consumer<String> refuse) {
        if (field.isUnknown() || value.isUnknown()) {
            return;
        }
        String left = left(relation);
        FactModel.FieldType compared = contained(field, operator(relation), left, refuse);
        if (compared == null || compared.list() || value.list()) {
            return;
        }
        Kind kind = kindOf(compared);
        Kind other = kindOf(value);
        if (kind == Kind.OTHER || other == Kind.OTHER || kind == other && (kind != Kind.ENUM || compared.type() == value.type())) {
            return;
        }
        String fix = kind == Kind.ENUM ? "compare it with a value of " + compared.type().getSimpleName() + ": "
                + ConsequenceCheck.constants(compared.type()).replaceAll("(\\w+)", compared.type().getSimpleName() + ".$1")
                : "compare a field with a value of its own kind";
        refuse.accept("found " + constraint.strip() + ": " + left + " holds " + describe(compared) + ", not "
                + describe(value) + "; " + fix);
    }

    /** The element a list field is asked to contain, the field itself otherwise; null after a refusal. */
    private static FactModel.FieldType contained(FactModel.FieldType field, String operator, String left,
                                                 Consumer<String> refuse) {
        if (field.isUnknown()) {
            return null;
        }
        boolean contains = operator.equals("contains");
        if (field.list() && contains) {
            return new FactModel.FieldType(field.type(), false);
        }
        if (field.list()) {
            refuse.accept("found " + left + " " + operator + ": " + left + " is a list; ask whether it contains a value, "
                    + "as " + left + " contains ..., or how many it holds, as " + left + ".size() >= 2");
            return null;
        }
        if (contains && field.type() != String.class) {
            refuse.accept("found " + left + " contains: contains asks whether a list holds a value, and " + left
                    + " holds " + describe(field) + "; compare it with ==");
            return null;
        }
        return field;
    }

    private static String enumFix(Class<?> type, String text, String left, String operator) {
        String constant = FactModel.constantSpelled(type, text);
        return constant != null
                ? "write " + left + " " + operator + " " + type.getSimpleName() + "." + constant
                : "write a value of " + type.getSimpleName() + " with its name in front: "
                + ConsequenceCheck.constants(type).replaceAll("(\\w+)", type.getSimpleName() + ".$1");
    }

    private static Kind kindOf(FactModel.FieldType field) {
        Class<?> type = field.type();
        if (field.list()) {
            return Kind.LIST;
        }
        if (type == Boolean.class || type == boolean.class) {
            return Kind.BOOLEAN;
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return Kind.NUMBER;
        }
        if (type == String.class) {
            return Kind.TEXT;
        }
        return type.isEnum() ? Kind.ENUM : Kind.OTHER;
    }

    private static Kind literalKind(String literal) {
        if (literal.equals("null")) {
            return Kind.NULL;
        }
        if (literal.equals("true") || literal.equals("false")) {
            return Kind.BOOLEAN;
        }
        return literal.startsWith("\"") ? Kind.TEXT : Kind.NUMBER;
    }

    private static String describe(FactModel.FieldType field) {
        Class<?> type = field.type();
        if (field.list()) {
            return "a list of " + type.getSimpleName();
        }
        return switch (kindOf(field)) {
            case NUMBER -> type == Integer.class || type == int.class || type == Long.class ? "a whole number" : "a number";
            case ENUM -> "a value of " + type.getSimpleName();
            default -> describe(kindOf(field));
        };
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case TEXT -> "text";
            case NULL -> "null";
            default -> "a value";
        };
    }

    private static String left(RelationalExprDescr relation) {
        return relation.getLeft() instanceof AtomicExprDescr atom ? atom.getExpression().strip() : "the field";
    }

    private static String operator(RelationalExprDescr relation) {
        return relation.getOperator();
    }
}
