package nl.innovatiewijzer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.ProjectFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One warm assessment of a project with a number of open questions, each of which is tried with
 * every possible answer to order them by value: the strong reference example with 0, 1, 4, 8 or
 * 16 of its facts left out, and the project known only by its name (31 open questions). The
 * question order costs what such an assessment takes beyond the one with no open questions. The
 * knowledge base remembers the trials of the projects it assessed lately, so each call assesses
 * the project as filled in by another assessor, one of more than it remembers: every call tries
 * every answer again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QuestionOrderBenchmark {

    /** The facts left out of the strong example, in this order; {@code name} is the project known only by its name. */
    @Param({"0", "1", "4", "8", "16", "name"})
    public String missing;

    private static final List<String> LEFT_OUT = List.of("projectLeader.hoursPerWeek", "mandate.sponsor",
            "workingMethod.cycleLengthWeeks", "endUsers.involvement", "team.motivation", "budget.secured",
            "domainQuestions.problemOwner", "market.dataOwnershipAgreed", "mandate.trust",
            "workingMethod.plannedSteps", "network.departmentsInvolved", "learning.lessonsDocumented",
            "domainQuestions.collected", "workingMethod.stepsHaveGoals", "mandate.failureAccepted",
            "network.collaborationAgreement");

    /** More variants than the knowledge base remembers the trials of. */
    private static final int VARIANTS = 2048;

    private Advisor advisor;
    private ProjectFacts[] variants;
    private int next;

    @Setup
    public void read() throws IOException {
        advisor = Advisor.withDefaultRules();
        String yaml = missing.equals("name") ? Files.readString(Path.of("facts", "alleen-een-naam.yaml"))
                : without(Files.readString(Path.of("facts", "sterk-voorbeeldproject.yaml")),
                Set.copyOf(LEFT_OUT.subList(0, Integer.parseInt(missing))));
        variants = new ProjectFacts[VARIANTS];
        for (int i = 0; i < VARIANTS; i++) {
            variants[i] = ProjectFacts.fromYaml("project-" + i + ".yaml", yaml + "\nassessment:\n  assessedBy: Adviseur " + i + "\n");
        }
        int open = advisor.assess(variants[0]).missingFacts().size();
        if (!missing.equals("name") && open != Integer.parseInt(missing)) {
            throw new IllegalStateException("expected " + missing + " open questions, found " + open);
        }
    }

    @Benchmark
    public Assessment assess() {
        next = (next + 1) % VARIANTS;
        return advisor.assess(variants[next], Language.NL);
    }

    /** A facts file without the lines of the given fields ({@code section.field}), each written on a line of its own. */
    static String without(String yaml, Set<String> fields) {
        StringBuilder kept = new StringBuilder();
        String section = "";
        for (String line : yaml.split("\n", -1)) {
            if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#") && line.contains(":")) {
                section = line.substring(0, line.indexOf(':'));
            }
            String field = line.startsWith("  ") && !line.startsWith("   ") && line.contains(":")
                    ? section + "." + line.substring(2, line.indexOf(':')) : "";
            if (!fields.contains(field)) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }
}
