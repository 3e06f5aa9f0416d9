package nl.innovatiewijzer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The house as the README draws it: data flows one way, facts -> engine -> assessment -> report,
 * read from the compiled classes, so that a fully qualified name counts as much as an import.
 */
class ArchitectureTest {

    private static final String ROOT = "nl.innovatiewijzer";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/bench/"))
            .importPackages(ROOT);

    /** The packages an embedder, a rule file or a tool may use; the engine and the command line are not among them. */
    private static final Set<String> PUBLIC_API = Set.of(ROOT, ROOT + ".facts", ROOT + ".document", ROOT + ".rules",
            ROOT + ".report", ROOT + ".scenario", ROOT + ".reference", ROOT + ".workbench");

    @Test
    void noPackageReachesBackUpTheLine() {
        Map<String, Map<String, String>> uses = packageDependencies();

        List<String> cycles = new ArrayList<>();
        for (String from : uses.keySet()) {
            for (String to : uses.get(from).keySet()) {
                if (from.compareTo(to) < 0 && reaches(uses, to, from)) {
                    cycles.add(from + " -> " + to + " (" + uses.get(from).get(to) + ") and back: "
                            + pathBack(uses, to, from));
                }
            }
        }
        assertEquals(List.of(), cycles, "packages that import each other, directly or through others");
    }

    @Test
    void onlyTheEngineKnowsDrools() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..", "org.mvel2..")
                .because("Drools stays inside the engine: rule files and the API name none of it")
                .check(MAIN);
    }

    @Test
    void reportsScenariosAndTheCommandLineUseOnlyThePublicApi() {
        List<String> reaching = new ArrayList<>();
        for (JavaClass user : MAIN) {
            if (!user.getPackageName().matches(ROOT.replace(".", "\\.") + "\\.(report|scenario|reference|workbench|cli)")) {
                continue;
            }
            for (Dependency dependency : user.getDirectDependenciesFromSelf()) {
                JavaClass used = dependency.getTargetClass().getBaseComponentType();
                String pkg = used.getPackageName();
                if (!pkg.startsWith(ROOT) || pkg.equals(user.getPackageName())) {
                    continue;
                }
                if (!PUBLIC_API.contains(pkg) || !isPublic(used)) {
                    reaching.add(dependency.getDescription());
                }
            }
        }
        assertEquals(List.of(), reaching.stream().distinct().sorted().toList(),
                "reports, scenarios, the facts reference and the command line are clients of the public API like any other");
    }

    @Test
    void theEngineOpensOneDoorAndTheCommandLineOne() {
        assertEquals(Set.of("DroolsRuleEngine", "Precompiler"), publicTypes(ROOT + ".engine"),
                "the engine is reached through RuleEngine; Precompiler is the build's entry point");
        assertEquals(Set.of("Main"), publicTypes(ROOT + ".cli"));
    }

    @Test
    void theWorkbenchOpensOneDoorAndOnlyTheCommandLineUsesIt() {
        // the pages' templates are compiled into classes that jte makes public; they are no door
        assertEquals(Set.of("Workbench"), publicTypes(ROOT + ".workbench").stream()
                        .filter(name -> !name.matches("Jte\\w+Generated")).collect(Collectors.toSet()),
                "the command line starts the workbench; everything else in it is its own business");
        noClasses().that().resideOutsideOfPackages(ROOT + ".workbench..", ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".workbench..")
                .because("the workbench sits above the reports and scenarios and below the command line")
                .check(MAIN);
    }

    @Test
    void thePublicApiIsTheOneTheReadmeLists() {
        assertEquals(Set.of("Advisor", "ReloadingAdvisor", "Reload", "RuleEngine", "ProjectFacts", "Assessment",
                        "FactorResult", "Recommendation", "Evidence", "MissingFact", "Obligation", "FiredRule", "RuleInfo",
                        "KnowledgeBaseInfo", "KnowledgeTexts", "ProjectSummary", "Labels", "Status", "Priority", "ObligationState",
                        "Language", "Problem", "InnovatiewijzerException", "InvalidFactsException",
                        "KnowledgeBaseException", "AssessmentException", "NextStep", "StepKind", "DutyKind", "Comparison",
                        "Improvement", "ImprovementPath", "FactChange", "SideEffect", "Effort"),
                publicTypes(ROOT), "a public type in the root package is a promise to embedders: list it in the README");
        assertEquals(Set.of("Advice", "Because", "Reason", "Candidate", "Recommended", "Duty", "Question"),
                publicTypes(ROOT + ".rules"));
        assertTrue(MAIN.stream().filter(c -> c.getPackageName().equals(ROOT + ".facts"))
                        .allMatch(c -> c.isRecord() || c.isEnum() || c.isAnnotation()),
                "the fact model holds records, enums and the annotations of their limits, nothing else");
    }

    private static Set<String> publicTypes(String pkg) {
        return MAIN.stream()
                .filter(c -> c.getPackageName().equals(pkg) && isPublic(c) && c.isTopLevelClass())
                .map(JavaClass::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isPublic(JavaClass type) {
        JavaClass outer = type;
        while (outer != null) {
            if (!outer.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
            outer = outer.getEnclosingClass().orElse(null);
        }
        return true;
    }

    /** For each of our packages, the packages it uses, each with one dependency as an example. */
    private static Map<String, Map<String, String>> packageDependencies() {
        Map<String, Map<String, String>> uses = new TreeMap<>();
        for (JavaClass type : MAIN) {
            String from = type.getPackageName();
            Map<String, String> targets = uses.computeIfAbsent(from, k -> new TreeMap<>());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = dependency.getTargetClass().getBaseComponentType().getPackageName();
                if (to.startsWith(ROOT) && !to.equals(from)) {
                    targets.putIfAbsent(to, dependency.getDescription());
                }
            }
        }
        return uses;
    }

    private static boolean reaches(Map<String, Map<String, String>> uses, String from, String to) {
        return !pathBack(uses, from, to).isEmpty();
    }

    /** A path of packages from {@code from} to {@code to}, or empty when there is none. */
    private static String pathBack(Map<String, Map<String, String>> uses, String from, String to) {
        List<List<String>> paths = new ArrayList<>(List.of(List.of(from)));
        Set<String> seen = new TreeSet<>(Set.of(from));
        while (!paths.isEmpty()) {
            List<String> path = paths.remove(0);
            String last = path.get(path.size() - 1);
            for (String next : uses.getOrDefault(last, Map.of()).keySet()) {
                List<String> longer = new ArrayList<>(path);
                longer.add(next);
                if (next.equals(to)) {
                    return String.join(" -> ", longer);
                }
                if (seen.add(next)) {
                    paths.add(longer);
                }
            }
        }
        return "";
    }
}
