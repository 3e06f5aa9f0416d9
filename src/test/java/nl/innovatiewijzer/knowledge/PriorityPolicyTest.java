package nl.innovatiewijzer.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Assessment;
import nl.innovatiewijzer.FactorResult;
import nl.innovatiewijzer.Priority;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.Recommendation;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The priorities mean one thing throughout: HIGH removes a RISK, MEDIUM improves a factor that is not
 * yet STRONG unless a combination across factors sees what the factor alone cannot, and a factor
 * that is not STRONG always comes with something to do. Checked on every rule case and every example project.
 */
class PriorityPolicyTest {

    private static final List<Assessment> ASSESSMENTS = new ArrayList<>();
    /** The factor of each recommendation rule, by the rule's name. */
    private static final Map<String, String> ACTION_RULES = new HashMap<>();

    @BeforeAll
    static void assessEveryCaseAndExample() throws IOException {
        Advisor advisor = Fired.knowledgeBase();
        for (RuleInfo rule : advisor.rules()) {
            if (rule.action() != null) {
                ACTION_RULES.put(rule.name(), rule.factor());
            }
        }
        for (RuleCase rule : RuleCases.all()) {
            ASSESSMENTS.add(advisor.assess(rule.fires().facts()));
            ASSESSMENTS.add(advisor.assess(rule.nearMiss().facts()));
        }
        for (Path example : ExampleProjectsTest.examples()) {
            ASSESSMENTS.add(advisor.assess(ProjectFacts.read(example)));
        }
    }

    @Test
    void aHighPriorityRecommendationOnlyComesWithItsFactorAtRisk() {
        List<String> misfits = new ArrayList<>();
        for (Assessment assessment : ASSESSMENTS) {
            for (Recommendation recommendation : assessment.recommendations()) {
                if (recommendation.priority() == Priority.HIGH && assessment.status(recommendation.factor()) != Status.RISK) {
                    misfits.add(assessment.project().name() + ": " + recommendation.id() + " while "
                            + recommendation.factor() + " is " + assessment.status(recommendation.factor()));
                }
            }
        }
        assertEquals(List.of(), misfits);
    }

    // A factor's own rules call a STRONG factor strong; only a combination across factors sees a
    // shortfall that is worth a MEDIUM there, such as a self-learning algorithm with no legal adviser.
    @Test
    void aMediumPriorityRecommendationOnAStrongFactorOnlyComesFromACombination() {
        List<String> misfits = new ArrayList<>();
        for (Assessment assessment : ASSESSMENTS) {
            for (Recommendation recommendation : assessment.recommendations()) {
                if (recommendation.priority() == Priority.MEDIUM
                        && assessment.status(recommendation.factor()) == Status.STRONG
                        && !recommendation.ruleFile().equals("rules/combinations.drl")) {
                    misfits.add(assessment.project().name() + ": " + recommendation.id() + " from \""
                            + recommendation.rule() + "\" while " + recommendation.factor() + " is STRONG");
                }
            }
        }
        assertEquals(List.of(), misfits);
    }

    @Test
    void aFactorAtRiskAlwaysComesWithAHighPriorityRecommendation() {
        List<String> misfits = new ArrayList<>();
        for (Assessment assessment : ASSESSMENTS) {
            for (FactorResult factor : assessment.factors()) {
                boolean high = assessment.recommendations().stream()
                        .anyMatch(r -> r.factor().equals(factor.id()) && r.priority() == Priority.HIGH);
                if (factor.status() == Status.RISK && !high) {
                    misfits.add(assessment.project().name() + ": " + factor.id() + " " + factor.findings());
                }
            }
        }
        assertEquals(List.of(), misfits);
    }

    @Test
    void aFactorAtAttentionAlwaysComesWithARecommendationOrItsOpenQuestions() {
        List<String> misfits = new ArrayList<>();
        for (Assessment assessment : ASSESSMENTS) {
            for (FactorResult factor : assessment.factors()) {
                // an action of the factor may be listed under an action of another factor that covers it
                boolean any = assessment.recommendations().stream().anyMatch(r -> r.factor().equals(factor.id()))
                        || assessment.firedRules().stream().anyMatch(r -> factor.id().equals(ACTION_RULES.get(r.rule())));
                // a judgement on what is known so far is completed by answering its open questions
                if (factor.status() == Status.ATTENTION && !any && factor.openQuestions() == 0) {
                    misfits.add(assessment.project().name() + ": " + factor.id() + " " + factor.findings());
                }
            }
        }
        assertEquals(List.of(), misfits);
    }
}
