package nl.innovatiewijzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.innovatiewijzer.document.PrintableText;
import nl.innovatiewijzer.document.ContractNames;
import org.junit.jupiter.api.Test;

/**
 * Other programs parse the contract's JSON, so its bytes are held here against fixed texts and
 * against the contract itself, not against whatever writes it.
 */
class AssessmentJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Assessment named(String name) {
        return new Assessment(new ProjectSummary(name, null), Language.NL,
                new KnowledgeBaseInfo("rules", 0, 0, "sha256:ff"), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void anAssessmentIsWrittenInTheContractsOrderTwoSpacesPerLevel() {
        Assessment assessment = new Assessment(new ProjectSummary("Slimme afvalinzameling", null), Language.EN,
                new KnowledgeBaseInfo("rules", 11, 186, "sha256:ab12"),
                List.of(new FactorResult("F1", "Skilled project leader and driven team", Status.RISK,
                                List.of("No project leader has been appointed.", "The team meets every week.")),
                        new FactorResult("F2", "Room, trust and budget", Status.UNKNOWN, List.of())),
                List.of(new Recommendation("F1-appoint-leader", "F1", Priority.HIGH, "Appoint a project leader",
                        "Name one person who leads the project.", List.of("Project leader, assigned: no."),
                        "No project leader", "rules/f1-leader-and-team.drl",
                        List.of(new Evidence("projectLeader.assigned", false),
                                new Evidence("projectLeader.skills", List.of("communication", "agileMethods"))))),
                List.of(new MissingFact("mandate.sponsor", "F2", "Who sponsors the project?")),
                List.of(new Obligation("dpia", "DPIA", ObligationState.UNKNOWN, List.of())),
                List.of(new FiredRule("No project leader", "rules/f1-leader-and-team.drl", List.of("projectLeader")),
                        new FiredRule("Always", "rules/common.drl", List.of())));

        String json = assessment.toJson();

        assertEquals("""
                {
                  "project": {
                    "name": "Slimme afvalinzameling",
                    "municipality": null,
                    "domain": null,
                    "phase": null
                  },
                  "assessedOn": null,
                  "summary": {
                    "STRONG": 0,
                    "ATTENTION": 0,
                    "RISK": 1,
                    "UNKNOWN": 1,
                    "dutiesToDo": 0
                  },
                  "nextSteps": [],
                  "language": "en",
                  "knowledgeBase": {
                    "source": "rules",
                    "files": 11,
                    "rules": 186,
                    "fingerprint": "sha256:ab12"
                  },
                  "factors": [
                    {
                      "id": "F1",
                      "title": "Skilled project leader and driven team",
                      "status": "RISK",
                      "findings": [
                        "No project leader has been appointed.",
                        "The team meets every week."
                      ],
                      "openQuestions": 0
                    },
                    {
                      "id": "F2",
                      "title": "Room, trust and budget",
                      "status": "UNKNOWN",
                      "findings": [],
                      "openQuestions": 0
                    }
                  ],
                  "recommendations": [
                    {
                      "id": "F1-appoint-leader",
                      "factor": "F1",
                      "priority": "HIGH",
                      "title": "Appoint a project leader",
                      "action": "Name one person who leads the project.",
                      "because": [
                        "Project leader, assigned: no."
                      ],
                      "rule": "No project leader",
                      "ruleFile": "rules/f1-leader-and-team.drl",
                      "evidence": [
                        {
                          "field": "projectLeader.assigned",
                          "value": false
                        },
                        {
                          "field": "projectLeader.skills",
                          "value": [
                            "communication",
                            "agileMethods"
                          ]
                        }
                      ]
                    }
                  ],
                  "missingFacts": [
                    {
                      "field": "mandate.sponsor",
                      "factor": "F2",
                      "question": "Who sponsors the project?",
                      "couldChange": [
                        "F2"
                      ],
                      "why": ""
                    }
                  ],
                  "obligations": [
                    {
                      "id": "dpia",
                      "title": "DPIA",
                      "state": "UNKNOWN",
                      "because": [],
                      "evidence": [],
                      "kind": null,
                      "basis": null,
                      "appliesFrom": null,
                      "inForce": true
                    }
                  ],
                  "firedRules": [
                    {
                      "rule": "No project leader",
                      "ruleFile": "rules/f1-leader-and-team.drl",
                      "facts": [
                        "projectLeader"
                      ]
                    },
                    {
                      "rule": "Always",
                      "ruleFile": "rules/common.drl",
                      "facts": []
                    }
                  ]
                }
                """, json);
    }

    @Test
    void emptyListsStayOnTheirLine() {
        String json = named("Alleen een naam").toJson();

        assertEquals("""
                {
                  "project": {
                    "name": "Alleen een naam",
                    "municipality": null,
                    "domain": null,
                    "phase": null
                  },
                  "assessedOn": null,
                  "summary": {
                    "STRONG": 0,
                    "ATTENTION": 0,
                    "RISK": 0,
                    "UNKNOWN": 0,
                    "dutiesToDo": 0
                  },
                  "nextSteps": [],
                  "language": "nl",
                  "knowledgeBase": {
                    "source": "rules",
                    "files": 0,
                    "rules": 0,
                    "fingerprint": "sha256:ff"
                  },
                  "factors": [],
                  "recommendations": [],
                  "missingFacts": [],
                  "obligations": [],
                  "firedRules": []
                }
                """, json);
    }

    @Test
    void quotesBackslashesAndHiddenCharactersAreEscapedAndAllElseIsWrittenAsItIs() throws Exception {
        String hostile = "\"quoted\" back\\slash / tab\there\nnew line\r\u0000\u0001\u001f\u007f\b\f"
                + " é ’ \u2028\u2029 \u202E 😀 \ud800 </script>";

        String json = named(hostile).toJson();

        assertTrue(json.contains("\n    \"name\": \"\\\"quoted\\\" back\\\\slash / tab\\there\\nnew line\\r"
                + "\\u0000\\u0001\\u001F\\u007F\\b\\f é ’ \\u2028\\u2029 \\u202E 😀 \ud800 </script>\",\n"), json);
        assertEquals(hostile, MAPPER.readTree(json).at("/project/name").asText());
    }

    @Test
    void everyCharacterIsWrittenAsItIsUnlessJsonRequiresAnEscapeOrItWouldHide() {
        for (int code = Character.MIN_VALUE; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            String json = named("<" + c + ">").toJson();

            assertTrue(json.contains("\"name\": \"<" + escaped(c) + ">\",\n"),
                    () -> String.format("U+%04X in %s", (int) c, json));
        }
    }

    /** JSON's own escapes, the short one where there is one; upper-case hexadecimal digits for the rest and for hidden characters. */
    private static String escaped(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            default -> c < 0x20 || PrintableText.isHidden(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c);
        };
    }

    @Test
    void everyExampleProjectIsWrittenWithTheContractsFieldsInOrderAndLaidOutTwoSpacesPerLevel() throws Exception {
        Advisor advisor = Advisor.withDefaultRules();
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            for (Path file : files.sorted().toList()) {
                for (Language language : Language.values()) {
                    Assessment assessment = advisor.assess(ProjectFacts.read(file), language);

                    String json = assessment.toJson();

                    String where = file + " in " + language;
                    // compact, so that the order of the fields counts as much as their values
                    assertEquals(MAPPER.writeValueAsString(contract(assessment)),
                            MAPPER.writeValueAsString(MAPPER.readTree(json)), where);
                    assertLaidOutTwoSpacesPerLevel(json, where);
                    Assessment improved = assessment.withImprovements(advisor.improvements(ProjectFacts.read(file), language));
                    assertEquals(MAPPER.writeValueAsString(contract(improved)),
                            MAPPER.writeValueAsString(MAPPER.readTree(improved.toJson())), where + " with improvements");
                    assertLaidOutTwoSpacesPerLevel(improved.toJson(), where + " with improvements");
                }
            }
        }
    }

    /** The assessment as the contract lists it, field by field. */
    private static ObjectNode contract(Assessment assessment) {
        ObjectNode json = MAPPER.createObjectNode();
        ProjectSummary project = assessment.project();
        json.putObject("project").put("name", project.name()).put("municipality", project.municipality())
                .put("domain", project.domain() == null ? null : ContractNames.of(project.domain()))
                .put("phase", project.phase() == null ? null : ContractNames.of(project.phase()));
        json.put("assessedOn", assessment.assessedOn() == null ? null : assessment.assessedOn().toString());
        ObjectNode summary = json.putObject("summary");
        for (Status status : Status.values()) {
            summary.put(status.name(), assessment.factors().stream().filter(f -> f.status() == status).count());
        }
        summary.put("dutiesToDo", assessment.obligations().stream()
                .filter(o -> o.inForce() && o.state() == ObligationState.TODO).count());
        ArrayNode nextSteps = json.putArray("nextSteps");
        for (NextStep step : assessment.nextSteps()) {
            nextSteps.addObject().put("rank", step.rank()).put("kind", step.kind().contractName()).put("id", step.id())
                    .put("factor", step.factor()).put("title", step.title()).put("why", step.why());
        }
        json.put("language", assessment.language().code());
        KnowledgeBaseInfo kb = assessment.knowledgeBase();
        json.putObject("knowledgeBase").put("source", kb.source()).put("files", kb.files())
                .put("rules", kb.rules()).put("fingerprint", kb.fingerprint());
        ArrayNode factors = json.putArray("factors");
        for (FactorResult f : assessment.factors()) {
            ObjectNode factor = factors.addObject().put("id", f.id()).put("title", f.title())
                    .put("status", f.status().name());
            strings(factor, "findings", f.findings());
            factor.put("openQuestions", f.openQuestions());
        }
        ArrayNode recommendations = json.putArray("recommendations");
        for (Recommendation r : assessment.recommendations()) {
            ObjectNode recommendation = recommendations.addObject().put("id", r.id()).put("factor", r.factor())
                    .put("priority", r.priority().name()).put("title", r.title()).put("action", r.action());
            strings(recommendation, "because", r.because());
            recommendation.put("rule", r.rule()).put("ruleFile", r.ruleFile());
            evidence(recommendation, r.evidence());
        }
        ArrayNode missingFacts = json.putArray("missingFacts");
        for (MissingFact m : assessment.missingFacts()) {
            ObjectNode missing = missingFacts.addObject().put("field", m.field()).put("factor", m.factor())
                    .put("question", m.question());
            strings(missing, "couldChange", m.couldChange());
            missing.put("why", m.why());
        }
        ArrayNode obligations = json.putArray("obligations");
        for (Obligation o : assessment.obligations()) {
            ObjectNode obligation = obligations.addObject().put("id", o.id()).put("title", o.title())
                    .put("state", o.state().name());
            strings(obligation, "because", o.because());
            evidence(obligation, o.evidence());
            obligation.put("kind", o.kind() == null ? null : o.kind().contractName()).put("basis", o.basis())
                    .put("appliesFrom", o.appliesFrom() == null ? null : o.appliesFrom().toString())
                    .put("inForce", o.inForce());
        }
        if (assessment.hasImprovements()) {
            ArrayNode improvements = json.putArray("improvements");
            for (Improvement i : assessment.improvements()) {
                ArrayNode paths = improvements.addObject().put("target", i.target()).put("from", i.from()).put("to", i.to())
                        .putArray("paths");
                for (ImprovementPath p : i.paths()) {
                    ObjectNode path = paths.addObject();
                    ArrayNode changes = path.putArray("changes");
                    for (FactChange c : p.changes()) {
                        ObjectNode change = changes.addObject().put("field", c.field());
                        change.set("from", MAPPER.valueToTree(c.from()));
                        change.set("to", MAPPER.valueToTree(c.to()));
                        change.put("lever", c.lever()).put("text", c.text()).put("effort", c.effort().name().toLowerCase(Locale.ROOT));
                    }
                    ArrayNode sideEffects = path.putArray("sideEffects");
                    for (SideEffect e : p.sideEffects()) {
                        sideEffects.addObject().put("id", e.id()).put("title", e.title()).put("from", e.from()).put("to", e.to());
                    }
                }
            }
        }
        ArrayNode firedRules = json.putArray("firedRules");
        for (FiredRule r : assessment.firedRules()) {
            strings(firedRules.addObject().put("rule", r.rule()).put("ruleFile", r.ruleFile()), "facts", r.facts());
        }
        return json;
    }

    private static void evidence(ObjectNode object, List<Evidence> evidence) {
        ArrayNode array = object.putArray("evidence");
        evidence.forEach(fact -> array.addObject().put("field", fact.field()).set("value", MAPPER.valueToTree(fact.value())));
    }

    private static void strings(ObjectNode object, String name, List<String> values) {
        ArrayNode array = object.putArray(name);
        values.forEach(array::add);
    }

    /**
     * One member or element a line, indented two spaces for each object or list it is in, a comma
     * after each but the last, {@code "name": value} in objects, an empty list as {@code []}, and a
     * newline at the end. Escaped texts hold no line break, so each line is one member.
     */
    private static void assertLaidOutTwoSpacesPerLevel(String json, String where) {
        assertTrue(json.startsWith("{\n") && json.endsWith("\n}\n"), where);
        String[] lines = json.substring(0, json.length() - 1).split("\n", -1);
        Deque<Character> open = new ArrayDeque<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String content = line.substring(line.length() - line.replaceFirst("^ +", "").length());
            boolean closes = content.startsWith("}") || content.startsWith("]");
            if (closes) {
                assertEquals(content.charAt(0), open.pop() == '{' ? '}' : ']', where + " line " + (i + 1));
            }
            assertEquals("  ".repeat(open.size()) + content, line, where + " line " + (i + 1));
            if (!open.isEmpty() && !closes) {
                assertEquals(open.peek() == '{', content.matches("\"[A-Za-z]+\": .*"), where + " line " + (i + 1));
            }
            boolean last = i + 1 == lines.length || lines[i + 1].matches(" *[}\\]].*");
            if (content.endsWith("{") || content.endsWith("[")) {
                open.push(content.charAt(content.length() - 1));
            } else if (i > 0) {
                assertEquals(!last, content.endsWith(","), where + " line " + (i + 1));
            }
        }
        assertTrue(open.isEmpty(), where);
    }

    @Test
    void theImprovementsAreThereOnlyWhenAskedFor() throws Exception {
        Advisor advisor = Advisor.withDefaultRules();
        ProjectFacts facts = ProjectFacts.read(Path.of("facts/factuurcontrole.yaml"));

        JsonNode plain = MAPPER.readTree(advisor.assess(facts).toJson());
        JsonNode improved = MAPPER.readTree(advisor.assess(facts).withImprovements(advisor.improvements(facts)).toJson());

        assertFalse(plain.has("improvements"));
        assertEquals("F1", improved.get("improvements").get(0).get("target").asText());
        assertEquals("[]", improved.get("improvements").get(0).get("paths").toString(), "F1 takes more than three changes");
    }

    @Test
    void anAssessmentSaysTheDateItSpeaksForAndWhereTheProjectStands() throws Exception {
        ProjectFacts facts = ProjectFacts.fromYaml("dated.yaml", """
                project: {name: Buurtbus op afroep, domain: social, phase: pilot}
                assessment: {date: 2026-06-01, assessedBy: Team Innovatie}
                """);

        JsonNode json = MAPPER.readTree(Advisor.withDefaultRules().assess(facts).toJson());

        assertEquals("2026-06-01", json.get("assessedOn").asText());
        assertEquals("social", json.get("project").get("domain").asText());
        assertEquals("pilot", json.get("project").get("phase").asText());
        assertEquals(9, json.get("summary").get("UNKNOWN").asInt());
    }

    @Test
    void factsWithoutADateAreAssessedForTheDateGivenOrElseForToday() throws Exception {
        ProjectFacts facts = ProjectFacts.fromYaml("undated.yaml", "project: {name: Buurtbus op afroep}\n");

        assertEquals(LocalDate.of(2026, 6, 1),
                Advisor.withDefaultRules().assess(facts.datedIfUndated(LocalDate.of(2026, 6, 1))).assessedOn());
        LocalDate before = LocalDate.now();
        LocalDate assessedOn = Advisor.withDefaultRules().assess(facts).assessedOn();
        assertTrue(!assessedOn.isBefore(before) && !assessedOn.isAfter(LocalDate.now()), assessedOn::toString);
    }
}
