package nl.innovatiewijzer.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.RuleInfo;
import nl.innovatiewijzer.document.Suggestion;
import nl.innovatiewijzer.engine.DrlTokens.Kind;
import nl.innovatiewijzer.engine.DrlTokens.Token;

/**
 * The shape of a rule file, read from its tokens before Drools reads it: each rule with its name,
 * metadata, {@code when}, conditions, {@code then}, consequence and {@code end}. What is missing,
 * doubled or left open is said at the rule it belongs to, in the words of the rule language:
 * a rule without {@code end} is named at its own consequence, not at the rule after it, where
 * Drools would stumble. The rules read are handed on, so that metadata and texts are checked
 * even in a file that Drools cannot read.
 */
final class RuleSyntax {

    /** The first words of the attributes Drools knows ({@code no-loop} is {@code no}, {@code -}, {@code loop}). */
    private static final Set<String> ATTRIBUTES = Set.of("salience", "enabled", "no", "auto", "lock", "agenda",
            "activation", "ruleflow", "date", "dialect", "duration", "timer", "calendars", "refract", "direct");
    /** The words that divide a rule; one is never another mistyped. */
    private static final Set<String> KEYWORDS = Set.of("rule", "when", "then", "end");
    private final SourceFile file;
    private final List<Token> tokens;
    private final List<Problem> problems;
    private final List<WrittenRule> rules = new ArrayList<>();
    private int next;
    /** Lines where a character or a text was wrong already: a bracket there is not told about as well. */
    private final Set<Integer> troubled = new HashSet<>();
    /** True once the shape of the rule being read was found wrong. */
    private boolean broken;

    // the rule being read
    private Token ruleAt;
    private String name;
    private List<WrittenRule.Metadata> metadata;
    private List<WrittenRule.Call> calls;
    private List<WrittenRule.Reference> facts;
    private List<WrittenRule.Reference> reasons;

    private RuleSyntax(SourceFile file, List<Token> tokens, List<Problem> problems) {
        this.file = file;
        this.tokens = tokens;
        this.problems = problems;
        problems.forEach(problem -> troubled.add(problem.line()));
    }

    /** The rules of the file as its text reads; a problem for every rule whose shape is wrong. */
    static List<WrittenRule> read(SourceFile file, List<Token> tokens, List<Problem> problems) {
        RuleSyntax syntax = new RuleSyntax(file, tokens, problems);
        syntax.file();
        return syntax.rules;
    }

    private void file() {
        Token endedAt = null;
        while (peek() != null) {
            Token token = take();
            if (!token.firstOnLine()) {
                continue; // the rest of an import, global or package line: Drools and the language check read those
            }
            if (token.is("rule")) {
                rule(token);
                endedAt = previous();
            } else if (token.is("query") || token.is("declare")) {
                skipTo("end"); // not part of the language: the language check refuses it once Drools has read it
            } else if (token.is("function")) {
                skipFunction();
            } else if (token.is("when") || token.is("then")) {
                problem(token, "found " + token.text() + " outside a rule; a rule is written as rule \"...\", its metadata, "
                        + "when, the conditions, then, the consequence and end");
            } else if (token.is("end")) {
                problem(token, "found end outside a rule" + (endedAt == null ? "" : ": the rule before it ended at line "
                        + endedAt.line()) + "; each rule has one end: remove this one");
            }
        }
    }

    private void rule(Token at) {
        ruleAt = at;
        broken = false;
        metadata = new ArrayList<>();
        calls = new ArrayList<>();
        facts = new ArrayList<>();
        reasons = new ArrayList<>();
        Token named = peek();
        if (named != null && named.kind() == Kind.TEXT) {
            name = take().text();
        } else if (named != null && named.kind() == Kind.WORD && !named.is("when") && named.line() == at.line()) {
            name = take().text();
            if (peek() != null && peek().kind() == Kind.WORD && peek().line() == at.line() && !peek().is("when")
                    && !peek().is("extends")) {
                problem(named, "the name of a rule is written in double quotes: rule \"" + restOfLine(named) + "\"");
                skipLine(named.line());
            }
        } else {
            name = "";
            problem(at, "found rule without a name; write its name in double quotes after rule: rule \"What the rule finds\"");
        }
        if (peek() != null && peek().is("extends")) {
            take();
            take();
        }
        head();
        rules.add(new WrittenRule(new RuleInfo(name, file.shown(), at.line(), value("factor"), value("finding"),
                value("action"), value("missing"), value("obligation")), at.column(), metadata, calls, facts, reasons,
                previous() == null ? at.line() : previous().line(), !broken));
    }

    private String value(String metadataName) {
        return WrittenRule.value(metadata, metadataName);
    }

    /** What stands between the name and {@code when}: metadata and attributes. */
    private void head() {
        while (true) {
            Token token = peek();
            if (token == null || isNextRule(token)) {
                problem(ruleAt, rule() + " (line " + ruleAt.line() + ") has no when, then and end; write when, "
                        + "the conditions, then, the consequence and end");
                return;
            }
            if (token.is("when")) {
                take();
                conditions();
                return;
            }
            if (token.is("then")) {
                take();
                consequence(token);
                return;
            }
            if (token.is("end")) {
                take();
                problem(token, rule() + " has no when and no then; write when, the conditions, then and the "
                        + "consequence before end");
                return;
            }
            if (isMisspelled(token, "when")) {
                take();
                conditions();
                return;
            }
            if (token.is("@")) {
                metadata(take());
            } else if (token.kind() == Kind.WORD && ATTRIBUTES.contains(token.text())) {
                skipLine(token.line());
            } else if (startsConditions(token)) {
                problem(token, "the conditions of " + rule() + " start without when; write when on its own line "
                        + "before " + ConditionSyntax.shownStart(tokens, token));
                conditions();
                return;
            } else if (isAdviceCall(token)) {
                problem(token, rule() + " has no when and no then before its consequence; write then on its own line "
                        + "before " + ConditionSyntax.shownStart(tokens, token) + ", with when and the conditions above it");
                consequence(token);
                return;
            } else {
                problem(token, "found " + DrlTokens.shown(token) + " after the name of " + rule() + "; the name is "
                        + "followed by the metadata, such as @factor(\"F1\") @finding(\"F1-id\"), and then when");
                skipLine(token.line());
            }
        }
    }

    private void metadata(Token at) {
        Token word = peek();
        if (word == null || word.kind() != Kind.WORD || word.line() != at.line()) {
            problem(at, "found @ without a name after it; metadata is written as @factor(\"F1\")");
            return;
        }
        take();
        String value = null;
        if (peek() != null && peek().kind() == Kind.TEXT && peek().line() == at.line()) {
            Token written = take();
            problem(written, "the value of @" + word.text() + " is written in brackets: @" + word.text() + "(\""
                    + written.text() + "\")");
            value = written.text();
        } else if (peek() != null && peek().is("(")) {
            Token open = take();
            List<Token> inside = new ArrayList<>();
            while (peek() != null && !peek().is(")")) {
                if (peek().line() != open.line() && (peek().is("@") || peek().is("when") || peek().is("then"))) {
                    problem(open, "the ( of @" + word.text() + " is not closed; write it as @" + word.text() + "(\""
                            + (inside.isEmpty() ? "..." : inside.get(0).text()) + "\")");
                    break;
                }
                inside.add(take());
            }
            if (peek() != null && peek().is(")")) {
                take();
            }
            if (inside.size() == 1 && (inside.get(0).kind() == Kind.TEXT || inside.get(0).kind() == Kind.WORD)) {
                value = inside.get(0).text();
            }
        }
        metadata.add(new WrittenRule.Metadata(word.text(), value, at.line(), at.column()));
    }

    /** From {@code when} to {@code then}: the patterns, each read by {@link ConditionSyntax}. */
    private void conditions() {
        ConditionSyntax patterns = new ConditionSyntax(tokens,
                (token, message, once) -> {
                    if (once) {
                        problemUnlessTroubled(token, message);
                    } else {
                        problem(token, message);
                    }
                });
        while (true) {
            Token token = peek();
            if (token == null || isNextRule(token)) {
                patterns.unclosed();
                problem(ruleAt, rule() + " (line " + ruleAt.line() + ") has no then and no end; write then, "
                        + "the consequence and end after its conditions");
                return;
            }
            if (token.is("then")) {
                patterns.unclosed();
                take();
                consequence(token);
                return;
            }
            if (token.is("end")) {
                patterns.unclosed();
                take();
                problem(token, rule() + " has no then; write then on its own line after the conditions, "
                        + "followed by the consequence, before end");
                return;
            }
            if (isMisspelled(token, "then")) {
                take();
                consequence(token);
                return;
            }
            if (token.is("when")) {
                take();
                problem(token, rule() + " has a second when; a rule has one when: write all its conditions "
                        + "below the first and remove this one");
                continue;
            }
            if (patterns.allClosed() && isAdviceCall(token)) {
                problem(token, rule() + " has no then; write then on its own line before "
                        + ConditionSyntax.shownStart(tokens, token));
                consequence(token);
                return;
            }
            patterns.read(take());
        }
    }

    /** From {@code then} to {@code end}: the advice given, with the facts and reasons it names. */
    private void consequence(Token then) {
        Token last = then;
        while (true) {
            Token token = peek();
            if (token == null || isNextRule(token)) {
                problems.add(new Problem(file.shown(), last.line(), last.end(), "", rule() + " (line " + ruleAt.line()
                        + ") has no end; write end on its own line after its then-part"));
                broken = true;
                return;
            }
            take();
            if (token.is("end") || isMisspelled(token, "end")) {
                return;
            }
            if (token.is("then")) {
                problem(token, rule() + " has a second then; a rule has one then: remove this one");
            } else if (token.is("when")) {
                problem(token, "found when after then in " + rule() + "; the conditions stand between when and then, "
                        + "the consequence between then and end");
            } else if (token.is("advice") && is(next, ".") && kind(next + 1) == Kind.WORD && is(next + 2, "(")) {
                take();
                Token call = take();
                int arguments = arguments(take());
                calls.add(new WrittenRule.Call(call.text(), Math.max(0, arguments - 1), call.line(), call.column()));
            } else if ((token.is("fact") || token.is("reason")) && is(next, "(") && kind(next + 1) == Kind.TEXT) {
                Token id = tokens.get(next + 1);
                int arguments = arguments(take());
                (token.is("fact") ? facts : reasons).add(new WrittenRule.Reference(id.text(), Math.max(0, arguments - 1),
                        token.line(), token.column()));
            }
            last = previous();
        }
    }

    /**
     * The number of arguments between the bracket just taken and its close, which it leaves
     * to be read next; calls inside (a {@code fact} or {@code reason}) are read by the caller.
     */
    private int arguments(Token open) {
        int depth = 1;
        int commas = 0;
        boolean any = false;
        for (int i = next; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is(";") || token.is("end") || isNextRule(token)) {
                break;
            }
            if (token.is("(")) {
                depth++;
            } else if (token.is(")") && --depth == 0) {
                break;
            } else if (token.is(",") && depth == 1) {
                commas++;
            }
            any = true;
        }
        return any ? commas + 1 : 0;
    }

    private boolean startsConditions(Token token) {
        if (token.kind() == Kind.VARIABLE || token.is("not") || token.is("exists") || token.is("eval")
                || token.is("forall") || token.is("accumulate")) {
            return true;
        }
        return token.kind() == Kind.WORD && is(token.index() + 1, "(");
    }

    /** A word alone on its line that is {@code keyword} mistyped ({@code wen}, {@code Then}); told as such. */
    private boolean isMisspelled(Token token, String keyword) {
        Token after = at(token.index() + 1);
        if (token.kind() != Kind.WORD || KEYWORDS.contains(token.text()) || !token.firstOnLine() || after != null && after.line() == token.line()
                || Suggestion.closest(token.text(), List.of(keyword)).isEmpty()) {
            return false;
        }
        problem(token, "found " + token.text() + " where " + keyword + " belongs in " + rule() + "; write " + keyword);
        return true;
    }

    private boolean isAdviceCall(Token token) {
        return token.is("advice") && is(token.index() + 1, ".");
    }

    private boolean isNextRule(Token token) {
        if (!token.firstOnLine() || !token.is("rule") && !token.is("query")) {
            return false;
        }
        Kind named = kind(token.index() + 1);
        return named == Kind.TEXT || named == Kind.WORD;
    }

    private String restOfLine(Token from) {
        StringBuilder words = new StringBuilder();
        for (int i = from.index(); i < tokens.size() && tokens.get(i).line() == from.line(); i++) {
            if (tokens.get(i).is("@")) {
                break;
            }
            words.append(words.length() == 0 ? "" : " ").append(tokens.get(i).text());
        }
        return words.toString();
    }

    private String rule() {
        return "rule \"" + name + "\"";
    }

    private void skipTo(String word) {
        while (peek() != null && !take().is(word)) {
            // skipped
        }
    }

    private void skipFunction() {
        while (peek() != null && !peek().is("{") && !isNextRule(peek())) {
            take();
        }
        int depth = 0;
        while (peek() != null) {
            Token token = take();
            if (token.is("{")) {
                depth++;
            } else if (token.is("}") && --depth <= 0) {
                return;
            }
        }
    }

    private void skipLine(int line) {
        while (peek() != null && peek().line() == line && !peek().is("@") && !peek().is("when") && !peek().is("then")) {
            take();
        }
    }

    private Token peek() {
        return next < tokens.size() ? tokens.get(next) : null;
    }

    /** The token at {@code index}, or null before the first and past the last. */
    private Token at(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
    }

    /** True when the token at {@code index} is the word or sign {@code word}. */
    private boolean is(int index, String word) {
        return index < tokens.size() && tokens.get(index).is(word);
    }

    /** The kind of the token at {@code index}, or null past the last. */
    private Kind kind(int index) {
        return index < tokens.size() ? tokens.get(index).kind() : null;
    }

    private Token take() {
        return tokens.get(next++);
    }

    private Token previous() {
        return next > 0 ? tokens.get(next - 1) : null;
    }

    private void problem(Token at, String message) {
        problems.add(new Problem(file.shown(), at.line(), at.column(), "", message));
        broken = true;
    }

    private void problemUnlessTroubled(Token at, String message) {
        if (!troubled.contains(at.line())) {
            problem(at, message);
        }
        broken = true;
    }
}
