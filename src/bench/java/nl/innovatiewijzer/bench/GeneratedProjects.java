package nl.innovatiewijzer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.facts.*;

/** Random but valid projects with a fixed seed, some fully described and some hardly at all. */
final class GeneratedProjects {

    private GeneratedProjects() {
    }

    static List<ProjectFacts> make(int count, long seed) {
        Random random = new Random(seed);
        List<ProjectFacts> projects = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            projects.add(project(i, random));
        }
        return projects;
    }

    private static <E extends Enum<E>> E any(Class<E> type, Random random) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    private static Boolean maybe(Random random) {
        int r = random.nextInt(3);
        return r == 0 ? null : r == 1;
    }

    private static ProjectFacts project(int i, Random random) {
        ProjectFacts.Builder facts = ProjectFacts.builder("Project " + i).project(new Project("Project " + i,
                "Gemeente " + random.nextInt(40), any(Domain.class, random), any(Phase.class, random),
                maybe(random), maybe(random), null));
        if (random.nextInt(10) == 0) {
            return facts.build(); // only a name, as real portfolios have
        }
        List<TeamMember> members = new ArrayList<>();
        for (int m = random.nextInt(6); m > 0; m--) {
            members.add(new TeamMember(any(Role.class, random), null, random.nextInt(40)));
        }
        return facts
                .projectLeader(new ProjectLeader(maybe(random), random.nextInt(5),
                        List.of(any(LeaderSkill.class, random), any(LeaderSkill.class, random)), random.nextInt(41), maybe(random)))
                .team(new Team(members, any(Level.class, random), any(MeetingFrequency.class, random)))
                .mandate(new Mandate(any(Sponsor.class, random), any(Level.class, random), maybe(random), any(Level.class, random)))
                .budget(new Budget((double) random.nextInt(200_000), maybe(random), maybe(random), maybe(random)))
                .domainQuestions(new DomainQuestions(maybe(random), List.of(any(Domain.class, random)), maybe(random), maybe(random), maybe(random)))
                .workingMethod(new WorkingMethod(1 + random.nextInt(26), random.nextInt(12), maybe(random), maybe(random), maybe(random)))
                .market(new Market(List.of(new Supplier(null, any(SupplierSize.class, random), maybe(random), maybe(random))),
                        maybe(random), maybe(random), maybe(random)))
                .network(new Network(List.of(new Partner(any(PartnerType.class, random), null, null)), 1 + random.nextInt(4),
                        maybe(random), maybe(random)))
                .endUsers(new EndUsers(maybe(random), any(Involvement.class, random), any(Phase.class, random), maybe(random)))
                .learning(new Learning(List.of(new LearningActivity(any(ActivityType.class, random), any(Frequency.class, random), maybe(random))),
                        maybe(random), maybe(random)))
                .dataUse(new DataUse(any(AlgorithmType.class, random), maybe(random),
                        List.of(any(DpiaCriterion.class, random), any(DpiaCriterion.class, random)), maybe(random), maybe(random), maybe(random)))
                .build();
    }
}
