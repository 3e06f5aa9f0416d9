package nl.innovatiewijzer;

import nl.innovatiewijzer.document.ContractNames;

import nl.innovatiewijzer.document.PrintableText;

import java.util.List;

/**
 * Writes an {@link Assessment} in the field order of the assessment contract, indented by two
 * spaces as Jackson's pretty printer lays out the portfolio report. It is written out here rather
 * than with Jackson's generator because {@code toJson()} is on the path of every assessment a
 * service returns, and the generator takes about half as long again for the same bytes
 * ({@code AssessmentJsonBenchmark}, docs/performance.md): the shape is fixed, so there is nothing
 * to configure, and the texts rarely need escaping.
 */
final class AssessmentJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out;
    private int depth;
    /** Whether the object or array being written has no member yet. */
    private boolean first = true;

    private AssessmentJson(int capacity) {
        out = new StringBuilder(capacity);
    }

    static String write(Assessment assessment) {
        AssessmentJson json = new AssessmentJson(4096 + 512 * assessment.firedRules().size());
        json.startObject(null);
        json.startObject("project");
        json.field("name", assessment.project().name());
        json.field("municipality", assessment.project().municipality());
        json.field("domain", assessment.project().domain() == null ? null : ContractNames.of(assessment.project().domain()));
        json.field("phase", assessment.project().phase() == null ? null : ContractNames.of(assessment.project().phase()));
        json.end('}');
        json.field("assessedOn", assessment.assessedOn() == null ? null : assessment.assessedOn().toString());
        json.startObject("summary");
        for (Status status : Status.values()) {
            json.field(status.name(), (int) assessment.factors().stream().filter(f -> f.status() == status).count());
        }
        json.field("dutiesToDo", assessment.dutiesToDo().size());
        json.end('}');
        json.startArray("nextSteps");
        for (NextStep step : assessment.nextSteps()) {
            json.startObject(null);
            json.field("rank", step.rank());
            json.field("kind", step.kind().contractName());
            json.field("id", step.id());
            json.field("factor", step.factor());
            json.field("title", step.title());
            json.field("why", step.why());
            json.end('}');
        }
        json.end(']');
        json.field("language", assessment.language().code());
        KnowledgeBaseInfo kb = assessment.knowledgeBase();
        json.startObject("knowledgeBase");
        json.field("source", kb.source());
        json.field("files", kb.files());
        json.field("rules", kb.rules());
        json.field("fingerprint", kb.fingerprint());
        json.end('}');
        json.startArray("factors");
        for (FactorResult factor : assessment.factors()) {
            json.startObject(null);
            json.field("id", factor.id());
            json.field("title", factor.title());
            json.field("status", factor.status().name());
            json.strings("findings", factor.findings());
            json.field("openQuestions", factor.openQuestions());
            json.end('}');
        }
        json.end(']');
        json.startArray("recommendations");
        for (Recommendation r : assessment.recommendations()) {
            json.startObject(null);
            json.field("id", r.id());
            json.field("factor", r.factor());
            json.field("priority", r.priority().name());
            json.field("title", r.title());
            json.field("action", r.action());
            json.strings("because", r.because());
            json.field("rule", r.rule());
            json.field("ruleFile", r.ruleFile());
            json.evidence(r.evidence());
            json.end('}');
        }
        json.end(']');
        json.startArray("missingFacts");
        for (MissingFact m : assessment.missingFacts()) {
            json.startObject(null);
            json.field("field", m.field());
            json.field("factor", m.factor());
            json.field("question", m.question());
            json.strings("couldChange", m.couldChange());
            json.field("why", m.why());
            json.end('}');
        }
        json.end(']');
        json.startArray("obligations");
        for (Obligation o : assessment.obligations()) {
            json.startObject(null);
            json.field("id", o.id());
            json.field("title", o.title());
            json.field("state", o.state().name());
            json.strings("because", o.because());
            json.evidence(o.evidence());
            json.field("kind", o.kind() == null ? null : o.kind().contractName());
            json.field("basis", o.basis());
            json.field("appliesFrom", o.appliesFrom() == null ? null : o.appliesFrom().toString());
            json.bool("inForce", o.inForce());
            json.end('}');
        }
        json.end(']');
        if (assessment.hasImprovements()) {
            json.improvements(assessment.improvements());
        }
        json.startArray("firedRules");
        for (FiredRule fired : assessment.firedRules()) {
            json.startObject(null);
            json.field("rule", fired.rule());
            json.field("ruleFile", fired.ruleFile());
            json.strings("facts", fired.facts());
            json.end('}');
        }
        json.end(']');
        json.end('}');
        return json.out.append('\n').toString();
    }

    /** Starts a member: a comma after the one before, a new line, the indentation, and the name if any. */
    private void member(String name) {
        if (depth > 0) {
            if (!first) {
                out.append(',');
            }
            newLine(depth);
        }
        first = false;
        if (name != null) {
            string(name);
            out.append(": ");
        }
    }

    private void newLine(int indent) {
        out.append('\n');
        for (int i = 0; i < indent; i++) {
            out.append("  ");
        }
    }

    private void startObject(String name) {
        member(name);
        out.append('{');
        depth++;
        first = true;
    }

    private void startArray(String name) {
        member(name);
        out.append('[');
        depth++;
        first = true;
    }

    /** Closes an object or array; an empty one stays on its line, as {@code []}. */
    private void end(char bracket) {
        depth--;
        if (!first) {
            newLine(depth);
        }
        out.append(bracket);
        first = false;
    }

    private void field(String name, String value) {
        member(name);
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
    }

    private void bool(String name, boolean value) {
        member(name);
        out.append(value);
    }

    private void field(String name, int value) {
        member(name);
        out.append(value);
    }

    /** The facts behind a {@code because}: {@code [{"field": ..., "value": ...}]}, the value as JSON. */
    private void evidence(List<Evidence> evidence) {
        startArray("evidence");
        for (Evidence fact : evidence) {
            startObject(null);
            field("field", fact.field());
            value("value", fact.value());
            end('}');
        }
        end(']');
    }

    /** The improvement paths: {@code [{"target", "from", "to", "paths": [{"changes": [...], "sideEffects": [...]}]}]}. */
    private void improvements(List<Improvement> improvements) {
        startArray("improvements");
        for (Improvement improvement : improvements) {
            startObject(null);
            field("target", improvement.target());
            field("from", improvement.from());
            field("to", improvement.to());
            startArray("paths");
            for (ImprovementPath path : improvement.paths()) {
                startObject(null);
                startArray("changes");
                for (FactChange change : path.changes()) {
                    startObject(null);
                    field("field", change.field());
                    value("from", change.from());
                    value("to", change.to());
                    field("lever", change.lever());
                    field("text", change.text());
                    field("effort", change.effort().name().toLowerCase(java.util.Locale.ROOT));
                    end('}');
                }
                end(']');
                startArray("sideEffects");
                for (SideEffect effect : path.sideEffects()) {
                    startObject(null);
                    field("id", effect.id());
                    field("title", effect.title());
                    field("from", effect.from());
                    field("to", effect.to());
                    end('}');
                }
                end(']');
                end('}');
            }
            end(']');
            end('}');
        }
        end(']');
    }

    /** A fact's value: null, a boolean, a number, a text, or a list of those laid out as every list is. */
    private void value(String name, Object value) {
        if (value instanceof List<?> items) {
            startArray(name);
            for (Object item : items) {
                value(null, item);
            }
            end(']');
            return;
        }
        member(name);
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Number number) {
            double d = number.doubleValue();
            out.append(Double.isFinite(d) ? String.valueOf(d) : "null");
        } else {
            string(value.toString());
        }
    }

    private void strings(String name, List<String> values) {
        startArray(name);
        for (String value : values) {
            member(null);
            string(value);
        }
        end(']');
    }

    /** A string in quotes; quotes, backslashes and control characters escaped as JSON requires. */
    private void string(String value) {
        out.append('"');
        int length = value.length();
        int plain = 0;
        while (plain < length && !needsEscape(value.charAt(plain))) {
            plain++;
        }
        if (plain == length) {
            out.append(value).append('"');
            return;
        }
        out.append(value, 0, plain);
        for (int i = plain; i < length; i++) {
            char c = value.charAt(i);
            if (!needsEscape(c)) {
                out.append(c);
                continue;
            }
            out.append('\\');
            switch (c) {
                case '"', '\\' -> out.append(c);
                case '\n' -> out.append('n');
                case '\r' -> out.append('r');
                case '\t' -> out.append('t');
                case '\b' -> out.append('b');
                case '\f' -> out.append('f');
                default -> out.append('u').append(HEX[c >> 12]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        out.append('"');
    }

    /**
     * What JSON requires to be escaped, and the characters that would hide in or turn around the
     * text where the JSON is shown (DEL, C1 controls, line separators, direction marks): the same
     * text when read back, and nothing that can steer a terminal or a viewer.
     */
    private static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\' || c >= 0x7F && PrintableText.isHidden(c);
    }
}
