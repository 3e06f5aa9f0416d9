package nl.innovatiewijzer.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.innovatiewijzer.Problem;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;

/**
 * Keeps rules inside the knowledge base. A rule file is code that runs in the advisor's process,
 * so rules may only use the facts, the advice, and plain values: no files or network, no
 * processes, no reflection or class loading, no {@code System} or {@code Runtime}, no loops that
 * never end and no Java functions. This is a check of what is written, not a security boundary
 * (see the README's section on security).
 */
final class RuleSandbox {

    private static final Set<String> ALLOWED_IMPORTS = Set.of(
            "nl.innovatiewijzer.facts.*", "nl.innovatiewijzer.Status", "nl.innovatiewijzer.Priority",
            "nl.innovatiewijzer.ObligationState", "java.util.List", "java.util.Set", "java.util.Map",
            "java.util.Collection", "java.lang.Math");

    private static final Set<String> ALLOWED_FUNCTIONS = Set.of(
            "nl.innovatiewijzer.rules.Because.fact", "nl.innovatiewijzer.rules.Because.reason",
            "nl.innovatiewijzer.rules.Because.*");

    /** The rule API's names before it had a package of its own, with what replaces them. */
    private static final Map<String, String> RENAMED = Map.of(
            "nl.innovatiewijzer.engine.Advice", "nl.innovatiewijzer.rules.Advice",
            "nl.innovatiewijzer.engine.Because.fact", "nl.innovatiewijzer.rules.Because.fact",
            "nl.innovatiewijzer.engine.Because.reason", "nl.innovatiewijzer.rules.Because.reason",
            "nl.innovatiewijzer.engine.Because.*", "nl.innovatiewijzer.rules.Because.*");

    /** Names that open a way out of the knowledge base: I/O, processes, reflection, the runtime. */
    private static final Set<String> FORBIDDEN_NAMES = Set.of(
            "System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle", "Thread", "ThreadGroup",
            "ThreadLocal", "ClassLoader", "Class", "class", "forName", "getClass", "getClassLoader",
            "getDeclaredMethod", "getDeclaredMethods", "getMethod", "getMethods", "getDeclaredField",
            "getDeclaredFields", "getField", "getFields", "getDeclaredConstructor", "getConstructor",
            "newInstance", "invoke", "setAccessible", "MethodHandles", "MethodHandle", "Unsafe", "File", "Files",
            "Path", "Paths", "FileSystems", "FileInputStream", "FileOutputStream", "FileReader", "FileWriter",
            "RandomAccessFile", "PrintStream", "Socket", "ServerSocket", "DatagramSocket", "URL", "URI",
            "URLConnection", "HttpClient", "HttpURLConnection", "InetAddress", "ScriptEngine",
            "ScriptEngineManager", "Executors", "ExecutorService", "ForkJoinPool", "CompletableFuture",
            "ObjectInputStream", "ObjectOutputStream", "InitialContext", "exec", "exit", "getRuntime",
            "loadLibrary", "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory", "getKieBase",
            "getEntryPoint", "getEntryPoints", "getChannels", "getChannel", "getenv", "getProperty",
            "setProperty", "getProperties", "MVEL", "while", "for", "function");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern QUALIFIED = Pattern.compile(
            "\\b(java|javax|jdk|sun|com\\.sun|org\\.drools|org\\.kie|org\\.mvel2)\\s*\\.\\s*[A-Za-z_]");

    private RuleSandbox() {
    }

    /** A line written for the rule API's old name: what to write instead, on that line. */
    private static Problem renamed(SourceFile file, int line, int column, String found, String instead) {
        return new Problem(file.shown(), line, column, "", found + " is the rule API's old name; change this line to: "
                + instead + ";");
    }

    static void check(SourceFile file, String source, PackageDescr drl, List<Problem> problems) {
        for (ImportDescr imported : drl.getImports()) {
            if (!ALLOWED_IMPORTS.contains(imported.getTarget()) && !isFactType(imported.getTarget())) {
                problems.add(new Problem(file.shown(), imported.getLine(), imported.getColumn(), "",
                        "import " + imported.getTarget() + " reaches outside the knowledge base; rules import "
                                + "nl.innovatiewijzer.facts.*, Status, Priority and ObligationState"));
            }
        }
        for (FunctionImportDescr imported : drl.getFunctionImports()) {
            if (RENAMED.containsKey(imported.getTarget())) {
                problems.add(renamed(file, imported.getLine(), imported.getColumn(),
                        "import function " + imported.getTarget(), "import function " + RENAMED.get(imported.getTarget())));
            } else if (!ALLOWED_FUNCTIONS.contains(imported.getTarget())) {
                problems.add(new Problem(file.shown(), imported.getLine(), imported.getColumn(), "",
                        "import function " + imported.getTarget() + " is not allowed; rules use fact(...) and reason(...)"));
            }
        }
        for (GlobalDescr global : drl.getGlobals()) {
            if (RENAMED.containsKey(global.getType()) && global.getIdentifier().equals("advice")) {
                problems.add(renamed(file, global.getLine(), global.getColumn(),
                        "global " + global.getType() + " advice", "global " + RENAMED.get(global.getType()) + " advice"));
            } else if (!global.getType().equals("nl.innovatiewijzer.rules.Advice") || !global.getIdentifier().equals("advice")) {
                problems.add(new Problem(file.shown(), global.getLine(), global.getColumn(), "",
                        "global " + global.getIdentifier() + " is not allowed; the only global is "
                                + "nl.innovatiewijzer.rules.Advice advice"));
            }
        }
        String code = withoutCommentsAndStrings(source);
        Matcher qualified = QUALIFIED.matcher(code);
        while (qualified.find()) {
            if (isImportLine(code, qualified.start())) {
                continue; // imports are held to their own list above
            }
            problems.add(at(file, code, qualified.start(), "the name " + qualified.group(1)
                    + ".… reaches outside the knowledge base; rules use only the facts and the advice"));
        }
        Matcher name = IDENTIFIER.matcher(code);
        while (name.find()) {
            if (FORBIDDEN_NAMES.contains(name.group()) && !isImportLine(code, name.start())) {
                problems.add(at(file, code, name.start(), explain(name.group())));
            }
        }
    }

    private static String explain(String name) {
        return switch (name) {
            case "while", "for" -> "a '" + name + "' loop is not allowed in a rule; a rule fires once for each match";
            case "function" -> "functions are not allowed; write the logic in the rule, where an adviser can read it";
            default -> "'" + name + "' reaches outside the knowledge base (files, network, processes, reflection "
                    + "or the runtime); rules use only the facts and the advice";
        };
    }

    private static boolean isFactType(String target) {
        return target.startsWith("nl.innovatiewijzer.facts.") && target.indexOf('.', "nl.innovatiewijzer.facts.".length()) < 0;
    }

    private static boolean isImportLine(String code, int index) {
        int start = code.lastIndexOf('\n', index) + 1;
        return code.startsWith("import", start);
    }

    private static Problem at(SourceFile file, String code, int index, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (code.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Problem(file.shown(), line, index - lineStart + 1, "", message);
    }

    /** Blanks out comments and string literals, keeping every line and column where it was. */
    static String withoutCommentsAndStrings(String source) {
        StringBuilder code = new StringBuilder(source);
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            char next = i + 1 < code.length() ? code.charAt(i + 1) : 0;
            if (c == '/' && next == '/' || c == '#') {
                while (i < code.length() && code.charAt(i) != '\n') {
                    code.setCharAt(i++, ' ');
                }
            } else if (c == '/' && next == '*') {
                while (i < code.length() && !(code.charAt(i) == '*' && i + 1 < code.length() && code.charAt(i + 1) == '/')) {
                    blank(code, i++);
                }
                blank(code, i++);
                blank(code, i++);
            } else if (c == '"' || c == '\'') {
                blank(code, i++);
                while (i < code.length() && code.charAt(i) != c && code.charAt(i) != '\n') {
                    if (code.charAt(i) == '\\') {
                        blank(code, i++);
                    }
                    blank(code, i++);
                }
                blank(code, i++);
            } else {
                i++;
            }
        }
        return code.toString();
    }

    private static void blank(StringBuilder code, int i) {
        if (i < code.length() && code.charAt(i) != '\n') {
            code.setCharAt(i, ' ');
        }
    }
}
