package nl.innovatiewijzer.engine;

import java.util.List;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.RuleInfo;

/**
 * A rule as its text reads, whether or not Drools can read it: where it stands, its metadata,
 * and the advice its consequence gives, each with its place, for the checks that say what does
 * not fit (a rating call in a recommendation rule, a reason with no text, a fact that is no field).
 *
 * @param info     the rule's name, place and metadata values, as the compiled rule carries them
 * @param column   the column of its {@code rule}
 * @param metadata every {@code @name(...)} of the rule, in the order written
 * @param calls    every call {@code advice.x(...)} of its consequence
 * @param facts    every {@code fact("path", value)} of its consequence
 * @param reasons  every {@code reason("id", values...)} of its consequence
 * @param endLine  the line of its {@code end}, or of the last it holds when it has none
 * @param whole    false when its shape is wrong (no then, no end), so that what was read of it may be cut short
 */
record WrittenRule(RuleInfo info, int column, List<Metadata> metadata, List<Call> calls, List<Reference> facts,
                   List<Reference> reasons, int endLine, boolean whole) {

    /**
     * One {@code @name(value)}; {@code value} is null when it is not one text (or word) in brackets.
     */
    record Metadata(String name, String value, int line, int column) {
    }

    /** One {@code advice.name(...)} with the number of values after its first argument. */
    record Call(String name, int values, int line, int column) {
    }

    /** The id (or field path) a {@code fact(...)} or {@code reason(...)} names, with the number of values after it. */
    record Reference(String id, int values, int line, int column) {
    }

    WrittenRule {
        metadata = List.copyOf(metadata);
        calls = List.copyOf(calls);
        facts = List.copyOf(facts);
        reasons = List.copyOf(reasons);
    }

    /** The value of the first {@code @name(...)}, "" when it has none that can be read, or null when there is none. */
    static String value(List<Metadata> metadata, String name) {
        for (Metadata item : metadata) {
            if (item.name().equals(name)) {
                return item.value() == null ? "" : item.value().strip();
            }
        }
        return null;
    }

    /** The same rule, named and placed as Drools read it. */
    WrittenRule as(RuleInfo compiled) {
        return new WrittenRule(compiled, column, metadata, calls, facts, reasons, endLine, whole);
    }

    /** The same rule, as one that Drools could not read: what was read of it may not be all it says. */
    WrittenRule unread() {
        return new WrittenRule(info, column, metadata, calls, facts, reasons, endLine, false);
    }

    /** True when {@code problem} lies in this rule, from its {@code rule} to its {@code end}. */
    boolean holds(Problem problem) {
        return problem.file().equals(info.file()) && problem.line() >= info.line() && problem.line() <= endLine;
    }

    String name() {
        return info.name();
    }

    /** True when the rule has metadata of a name the rule language does not have. */
    boolean hasUnknownMetadata() {
        return metadata.stream().anyMatch(item -> !MetadataCheck.NAMES.contains(item.name()));
    }
}
