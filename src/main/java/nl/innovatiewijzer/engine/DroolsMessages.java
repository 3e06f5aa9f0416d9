package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Drools says about a rule file, said again in the words of the rule language: what was
 * found and what belongs at that place, without Drools' error numbers, grammar words or Java
 * class names. The checks before Drools find what advisers get wrong; this is for what is left.
 */
final class DroolsMessages {

    private static final Pattern CODE = Pattern.compile("^\\[ERR \\d+\\]\\s*(Line \\d+:-?\\d+\\s*)?");
    private static final Pattern FOUND = Pattern.compile("(?:input|at input) '(.*?)'");
    private static final Pattern ONE_OF = Pattern.compile("expecting one of the following tokens: '\\[(.*?)\\]'");
    private static final Pattern EXPECTING = Pattern.compile("expecting (\\S+)");
    private static final Pattern IN_RULE = Pattern.compile("in rule \"?([^\"]*)\"?");
    private static final Pattern IN_PATTERN = Pattern.compile("in pattern (?!in\\b)(\\w+)");
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.*?):\\s*\\[Error: (.*?)\\]");
    private static final Pattern TYPES = Pattern.compile("Found class ([\\w.$]+) and class ([\\w.$]+)");
    private static final Pattern METHOD = Pattern.compile("strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '(.*?)'");
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:[a-z]\\w*\\.)+([A-Z]\\w*)");
    /** What may stand at the top of a rule file, of all Drools would take there. */
    private static final Set<String> TOP = Set.of("package", "import", "global", "rule");

    private DroolsMessages() {
    }

    /** A message of Drools' parser, such as {@code [ERR 102] Line 15:32 mismatched input 'and' in rule "A"}. */
    static String parser(String message) {
        String text = KnowledgeBaseCompiler.clean(message);
        String found = found(text);
        Matcher rule = IN_RULE.matcher(text);
        Matcher pattern = IN_PATTERN.matcher(text);
        boolean inPattern = pattern.find();
        String where = inPattern ? " in the pattern " + pattern.group(1) + "(...)"
                : rule.find() ? " in rule \"" + rule.group(1).strip() + "\"" : "";
        return "found " + found + where + ", which does not fit there; " + expected(text, !where.isEmpty(), inPattern);
    }

    private static String found(String text) {
        Matcher found = FOUND.matcher(text);
        if (!found.find()) {
            return "something";
        }
        String token = found.group(1);
        if (token.isEmpty()) {
            return "a character that cannot be read here";
        }
        return token.equals("<EOF>") ? "the end of the file" : "'" + token + "'";
    }

    private static String expected(String text, boolean inRule, boolean inPattern) {
        Matcher oneOf = ONE_OF.matcher(text);
        if (oneOf.find()) {
            List<String> allowed = new ArrayList<>();
            for (String word : oneOf.group(1).split(",\\s*")) {
                if (TOP.contains(word.strip()) || !inRule) {
                    allowed.add(word.strip());
                }
            }
            allowed.retainAll(TOP);
            return "expected " + (allowed.isEmpty() ? "package, import, global or rule" : String.join(", ", allowed));
        }
        if (text.contains("trailing semi-colon")) {
            return "conditions do not end in ';': remove it";
        }
        Matcher expecting = EXPECTING.matcher(text);
        if (expecting.find() && !expecting.group(1).startsWith("one")) {
            return "expected " + expecting.group(1).replace("'", "") + " here";
        }
        if (inPattern) {
            return "expected a constraint such as field == value, or ) to end the pattern";
        }
        if (inRule) {
            return "a rule is written as rule \"...\", its metadata, when, the conditions, then, the consequence and end";
        }
        return "a rule file holds package, import and global lines, and rules";
    }

    /** A message of Drools' compiler, such as {@code Unable to Analyse Expression ...}. */
    static String compiler(String message) {
        String text = KnowledgeBaseCompiler.clean(message);
        Matcher analyse = ANALYSE.matcher(text);
        if (analyse.find()) {
            return "cannot compile the constraint " + analyse.group(1).strip() + ": " + reason(analyse.group(2));
        }
        Matcher type = OBJECT_TYPE.matcher(text);
        if (type.find()) {
            return "found the pattern " + type.group(1) + "(...), which is not a fact; the facts are "
                    + FactModel.INSTANCE.factTypeNames();
        }
        return simpleNames(CODE.matcher(text).replaceFirst(""));
    }

    private static String reason(String error) {
        Matcher types = TYPES.matcher(error);
        if (types.find()) {
            return "it compares " + kind(types.group(1)) + " with " + kind(types.group(2)) + "; compare a field with a "
                    + "value of its own kind";
        }
        Matcher method = METHOD.matcher(error);
        if (method.find()) {
            return simpleNames(method.group(1)) + " has no field " + method.group(2);
        }
        return simpleNames(error);
    }

    private static String kind(String className) {
        return switch (className) {
            case "java.lang.Integer", "java.lang.Long", "int", "long" -> "a whole number";
            case "java.lang.Double", "java.lang.Float", "java.math.BigDecimal", "double" -> "a number";
            case "java.lang.Boolean", "boolean" -> "true or false";
            case "java.lang.String" -> "a text";
            default -> "a " + simpleNames(className);
        };
    }

    /** {@code nl.innovatiewijzer.facts.Phase} as {@code Phase}. */
    private static String simpleNames(String text) {
        return QUALIFIED.matcher(text).replaceAll("$1");
    }
}
