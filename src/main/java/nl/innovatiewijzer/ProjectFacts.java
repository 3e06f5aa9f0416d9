package nl.innovatiewijzer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.innovatiewijzer.document.FactsValidator;
import nl.innovatiewijzer.document.Node;
import nl.innovatiewijzer.facts.Budget;
import nl.innovatiewijzer.facts.DataUse;
import nl.innovatiewijzer.facts.DomainQuestions;
import nl.innovatiewijzer.facts.EndUsers;
import nl.innovatiewijzer.facts.Learning;
import nl.innovatiewijzer.facts.Mandate;
import nl.innovatiewijzer.facts.Market;
import nl.innovatiewijzer.facts.Network;
import nl.innovatiewijzer.facts.Project;
import nl.innovatiewijzer.facts.ProjectLeader;
import nl.innovatiewijzer.facts.Required;
import nl.innovatiewijzer.facts.Team;
import nl.innovatiewijzer.facts.WorkingMethod;
import nl.innovatiewijzer.facts.AssessmentInfo;
import nl.innovatiewijzer.facts.AiAct;

/**
 * The facts about one innovation project, as the facts contract describes them: one component
 * per section. A null section or field is unknown, never "no". Read one from a file with
 * {@link #read(Path)}, or build one in code with {@link #builder(String)} or the records.
 */
public record ProjectFacts(
        @Required Project project,
        ProjectLeader projectLeader,
        Team team,
        Mandate mandate,
        Budget budget,
        DomainQuestions domainQuestions,
        WorkingMethod workingMethod,
        Market market,
        Network network,
        EndUsers endUsers,
        Learning learning,
        DataUse dataUse,
        AssessmentInfo assessment,
        AiAct aiAct
) {

    /**
     * Facts are checked against the contract's limits (required fields, ranges, lengths) when
     * they are made, so every {@code ProjectFacts} there is can be assessed as it is.
     *
     * @throws InvalidFactsException listing every value out of bounds, with its field path
     */
    public ProjectFacts {
        List<FactsValidator.Violation> violations = FactsValidator.check(ProjectFacts.class, project, projectLeader,
                team, mandate, budget, domainQuestions, workingMethod, market, network, endUsers, learning, dataUse, assessment, aiAct);
        if (!violations.isEmpty()) {
            throw new InvalidFactsException(violations.stream()
                    .map(v -> new Problem("facts built in code", 0, 0, v.field(), v.message()))
                    .toList());
        }
    }

    /** The facts without the {@code aiAct} section: the shape these facts had before it was added. */
    public ProjectFacts(Project project, ProjectLeader projectLeader, Team team, Mandate mandate, Budget budget,
                        DomainQuestions domainQuestions, WorkingMethod workingMethod, Market market, Network network,
                        EndUsers endUsers, Learning learning, DataUse dataUse, AssessmentInfo assessment) {
        this(project, projectLeader, team, mandate, budget, domainQuestions, workingMethod, market, network, endUsers,
                learning, dataUse, assessment, null);
    }

    /** The facts without the {@code assessment} and {@code aiAct} sections: the shape these facts had before they were added. */
    public ProjectFacts(Project project, ProjectLeader projectLeader, Team team, Mandate mandate, Budget budget,
                        DomainQuestions domainQuestions, WorkingMethod workingMethod, Market market, Network network,
                        EndUsers endUsers, Learning learning, DataUse dataUse) {
        this(project, projectLeader, team, mandate, budget, domainQuestions, workingMethod, market, network, endUsers,
                learning, dataUse, null, null);
    }

    /**
     * These facts, dated {@code date} when they carry no date of their own ({@code assessment.date}):
     * the date the assessment speaks for. Facts with a date are returned as they are.
     */
    public ProjectFacts datedIfUndated(LocalDate date) {
        if (date == null || assessment != null && assessment.date() != null) {
            return this;
        }
        return new ProjectFacts(project, projectLeader, team, mandate, budget, domainQuestions, workingMethod, market,
                network, endUsers, learning, dataUse,
                new AssessmentInfo(date, assessment == null ? null : assessment.assessedBy()), aiAct);
    }

    /**
     * Reads a facts file: YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}).
     *
     * @throws InvalidFactsException listing every problem in the file with line, column and field
     */
    public static ProjectFacts read(Path file) {
        return FactsReader.read(file, file.toString());
    }

    /**
     * Reads a facts file, naming it {@code shownAs} in messages (for instance relative to the file
     * that refers to it).
     *
     * @throws InvalidFactsException listing every problem in the file with line, column and field
     */
    public static ProjectFacts read(Path file, String shownAs) {
        return FactsReader.read(file, shownAs);
    }

    /**
     * Reads facts from a tree that is part of a larger document, such as the {@code facts:} of a
     * scenario file, so that problems point at lines of that document, named {@code file}.
     *
     * @throws InvalidFactsException listing every problem with line, column and field
     */
    public static ProjectFacts read(String file, Node facts) {
        return FactsReader.read(file, facts);
    }

    /** True for a file a facts file may be by its name: it ends in .yaml, .yml or .json. */
    public static boolean isFactsFile(Path path) {
        return FactsReader.isFactsFile(path);
    }

    /**
     * Reads facts from YAML text; {@code name} stands for the file in messages.
     *
     * @throws InvalidFactsException listing every problem with line, column and field
     */
    public static ProjectFacts fromYaml(String name, String yaml) {
        return FactsReader.read(name, yaml.getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * Reads facts from JSON text; {@code name} stands for the file in messages.
     *
     * @throws InvalidFactsException listing every problem with line, column and field
     */
    public static ProjectFacts fromJson(String name, String json) {
        return FactsReader.read(name, json.getBytes(StandardCharsets.UTF_8), true);
    }

    /** Starts facts for a project with this name; every other fact is unknown until set. */
    public static Builder builder(String projectName) {
        return new Builder(new Project(projectName, null, null, null, null, null, null));
    }

    /** Builds {@link ProjectFacts} section by section; a section left out is unknown. */
    public static final class Builder {
        private Project project;
        private ProjectLeader projectLeader;
        private Team team;
        private Mandate mandate;
        private Budget budget;
        private DomainQuestions domainQuestions;
        private WorkingMethod workingMethod;
        private Market market;
        private Network network;
        private EndUsers endUsers;
        private Learning learning;
        private DataUse dataUse;
        private AssessmentInfo assessment;
        private AiAct aiAct;

        private Builder(Project project) {
            this.project = project;
        }

        /** Replaces the project section (its name included). */
        public Builder project(Project value) {
            project = value;
            return this;
        }

        /** Sets the section {@code projectLeader}. */
        public Builder projectLeader(ProjectLeader value) {
            projectLeader = value;
            return this;
        }

        /** Sets the section {@code team}. */
        public Builder team(Team value) {
            team = value;
            return this;
        }

        /** Sets the section {@code mandate}. */
        public Builder mandate(Mandate value) {
            mandate = value;
            return this;
        }

        /** Sets the section {@code budget}. */
        public Builder budget(Budget value) {
            budget = value;
            return this;
        }

        /** Sets the section {@code domainQuestions}. */
        public Builder domainQuestions(DomainQuestions value) {
            domainQuestions = value;
            return this;
        }

        /** Sets the section {@code workingMethod}. */
        public Builder workingMethod(WorkingMethod value) {
            workingMethod = value;
            return this;
        }

        /** Sets the section {@code market}. */
        public Builder market(Market value) {
            market = value;
            return this;
        }

        /** Sets the section {@code network}. */
        public Builder network(Network value) {
            network = value;
            return this;
        }

        /** Sets the section {@code endUsers}. */
        public Builder endUsers(EndUsers value) {
            endUsers = value;
            return this;
        }

        /** Sets the section {@code learning}. */
        public Builder learning(Learning value) {
            learning = value;
            return this;
        }

        /** Sets the section {@code dataUse}. */
        public Builder dataUse(DataUse value) {
            dataUse = value;
            return this;
        }

        /** Sets who filled in the facts and the date they describe (section {@code assessment}). */
        public Builder assessment(AssessmentInfo value) {
            this.assessment = value;
            return this;
        }

        /** Sets what the EU AI Act asks to know of the system (section {@code aiAct}). */
        public Builder aiAct(AiAct value) {
            this.aiAct = value;
            return this;
        }

        /**
         * The facts, checked against the contract's limits.
         *
         * @throws InvalidFactsException when a value is out of bounds or the name is missing
         */
        public ProjectFacts build() {
            return new ProjectFacts(project, projectLeader, team, mandate, budget, domainQuestions,
                    workingMethod, market, network, endUsers, learning, dataUse, assessment, aiAct);
        }
    }
}
