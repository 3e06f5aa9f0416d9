package nl.innovatiewijzer.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.facts.Level;
import nl.innovatiewijzer.facts.Role;
import nl.innovatiewijzer.facts.Team;
import nl.innovatiewijzer.facts.TeamMember;
import nl.innovatiewijzer.facts.WorkingMethod;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Rules compiled straight with Drools, past the rule language's check: to test the defences an
 * assessment has behind that check with rules it would refuse. Not a way for real rules in.
 */
final class UncheckedRules {

    static final String FILE = "unchecked/hostile.drl";

    /** A rule that never fails: what an assessment after a stopped one must still give. */
    static final String LONG_CYCLES = """
            rule "Long cycles are a risk"
                @factor("F4") @finding("F4-long-cycles")
            when
                WorkingMethod( $weeks : cycleLengthWeeks > 12 )
            then
                advice.rate(Status.RISK, $weeks);
            end
            """;

    /** A project that wakes the hostile rules of a test, which match a team with high motivation. */
    static final ProjectFacts HOSTILE = project(Level.HIGH);

    /** The same project with a team that lets the hostile rules sleep. */
    static final ProjectFacts HARMLESS = project(Level.LOW);

    private UncheckedRules() {
    }

    private static ProjectFacts project(Level motivation) {
        return ProjectFacts.builder("Proef")
                .team(new Team(List.of(new TeamMember(Role.OTHER, null, null)), motivation, null))
                .workingMethod(new WorkingMethod(20, null, null, null, null))
                .build();
    }

    /** The rules of one file, {@link #FILE}, after the standard header, with {@link #LONG_CYCLES} beside them. */
    static CompiledKnowledge compile(String rules) {
        byte[] content = (RulesFolder.HEADER + "\n" + rules + "\n" + LONG_CYCLES).getBytes(StandardCharsets.UTF_8);
        Resource resource = ResourceFactory.newByteArrayResource(content);
        resource.setSourcePath(FILE);
        resource.setResourceType(ResourceType.DRL);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(resource, ResourceType.DRL);
        if (builder.hasErrors()) {
            throw new IllegalArgumentException(builder.getErrors().toString());
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(builder.getKnowledgePackages());
        return new CompiledKnowledge(base, null, PossibleAnswers.NONE, describe(resource, content), FILE, "unchecked", 1, false,
                base.newKieSessionsPool(2), false);
    }

    private static Map<String, RuleInfo> describe(Resource resource, byte[] content) {
        PackageDescr drl;
        try {
            drl = new DrlParser().parse(resource, new ByteArrayInputStream(content));
        } catch (DroolsParserException | IOException e) {
            throw new IllegalArgumentException(e);
        }
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (RuleDescr rule : drl.getRules()) {
            rules.put(rule.getName(), new RuleInfo(rule.getName(), FILE, rule.getLine(), "F4",
                    rule.getAnnotation("finding") == null ? null : String.valueOf(rule.getAnnotation("finding").getSingleValueStripped()),
                    null, null, null));
        }
        return rules;
    }
}
