package nl.innovatiewijzer.engine;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.innovatiewijzer.DutyKind;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.document.Node;
import nl.innovatiewijzer.document.Suggestion;
import nl.innovatiewijzer.document.TreeReader;

/**
 * What the knowledge base knows of each duty besides its name: whether it is law or policy, what
 * it rests on, and from which day it applies, with the source of that day. Written once under
 * {@code duties:} in a texts file (the shipped ones in {@code rules/obligations.yaml}), so that an
 * adviser updates a date in one place when the law or the policy changes:
 * <pre>
 * duties:
 *   dpia:
 *     kind: law
 *     basis:
 *       nl: AVG (GDPR) artikel 35 en de lijst van de Autoriteit Persoonsgegevens
 *       en: GDPR article 35 and the list of the Dutch Data Protection Authority
 *     appliesFrom: 2018-05-25
 *     source: AVG artikel 99(2)
 * </pre>
 */
final class Duties {

    /** The key of the section in a texts file. */
    static final String SECTION = "duties";

    private static final List<String> PARTS = List.of("kind", "basis", "appliesFrom", "source");
    private static final List<String> LANGUAGES = List.of("nl", "en");
    private static final List<String> KINDS = List.of("law", "policy");

    /** One duty's data, and where it is written. */
    record Duty(String id, DutyKind kind, Map<Language, String> basis, LocalDate appliesFrom, String source,
                String file, int line, int column) {

        /** What the duty rests on, in a language. */
        String basis(Language language) {
            return basis.get(language);
        }

        /** Whether the duty applies on {@code day}. */
        boolean inForce(LocalDate day) {
            return !appliesFrom.isAfter(day);
        }
    }

    private final Map<String, Duty> duties = new LinkedHashMap<>();

    private Duties() {
    }

    /** A knowledge base that says nothing about its duties. */
    static Duties none() {
        return new Duties();
    }

    /** The duties as a cache entry stored them ({@link StoredForm}), in the order written. */
    static Duties stored(List<Duty> all) {
        Duties duties = new Duties();
        all.forEach(duty -> duties.duties.put(duty.id(), duty));
        return duties;
    }

    /**
     * The duties of every texts file that has a {@code duties:} section; problems in that section
     * (an unknown kind, a date that is no day, a language missing, a duty written twice) are added
     * to {@code problems}. The rest of each file is the {@link TextCatalogue}'s to read.
     */
    static Duties read(List<SourceFile> files, List<Problem> problems) {
        Duties read = none();
        TextsSection.read(files, SECTION, "a mapping from the id of each obligation to its kind, basis, appliesFrom and source",
                read::readDuty, problems);
        return read;
    }

    private void readDuty(TreeReader in, Node.Entry entry) {
        String path = TreeReader.join(SECTION, entry.key());
        Duty earlier = duties.get(entry.key());
        if (earlier != null) {
            in.problem(entry, path, "the duty " + entry.key() + " is written twice; it is already written at "
                    + earlier.file() + ":" + earlier.line() + ". Keep one of them");
            return;
        }
        Map<String, Node> parts = new LinkedHashMap<>();
        Node.MapNode map = in.mapping(entry.value(), path, "part", PARTS, part -> parts.put(part.key(), part.value()));
        if (map == null) {
            return;
        }
        in.required(map, path, "kind", "law (a statutory duty) or policy (established government policy)");
        in.required(map, path, "basis", "the article or policy the duty rests on, in nl and en");
        in.required(map, path, "appliesFrom", "the day from which the duty applies, as YYYY-MM-DD");
        in.required(map, path, "source", "where that day comes from, so that the next adviser can check it");
        DutyKind kind = parts.containsKey("kind") ? kind(in, parts.get("kind"), TreeReader.join(path, "kind")) : null;
        Map<Language, String> basis = parts.containsKey("basis") ? basis(in, parts.get("basis"), TreeReader.join(path, "basis")) : null;
        LocalDate from = parts.containsKey("appliesFrom")
                ? in.date(parts.get("appliesFrom"), TreeReader.join(path, "appliesFrom")) : null;
        String source = parts.containsKey("source") ? in.nonBlankText(parts.get("source"), TreeReader.join(path, "source")) : null;
        if (kind != null && basis != null && from != null && source != null) {
            duties.put(entry.key(), new Duty(entry.key(), kind, basis, from, source.strip(), in.file(), entry.line(),
                    entry.column()));
        }
    }

    private static DutyKind kind(TreeReader in, Node node, String path) {
        String text = in.nonBlankText(node, path);
        if (text == null) {
            return null;
        }
        if (!KINDS.contains(text.strip())) {
            in.problem(node, path, "unknown kind " + Node.quoted(text) + "; a duty is law (a statutory duty) or "
                    + "policy (established government policy)" + Suggestion.didYouMean(text.strip(), KINDS));
            return null;
        }
        return text.strip().equals("law") ? DutyKind.LAW : DutyKind.POLICY;
    }

    private static Map<Language, String> basis(TreeReader in, Node node, String path) {
        Map<Language, String> basis = new EnumMap<>(Language.class);
        Node.MapNode map = in.mapping(node, path, "language", LANGUAGES, language -> {
            String text = in.nonBlankText(language.value(), TreeReader.join(path, language.key()));
            if (text != null) {
                basis.put(Language.of(language.key()), text.strip());
            }
        });
        if (map == null) {
            return null;
        }
        for (String language : LANGUAGES) {
            in.required(map, path, language, "add " + language + ": with the basis in "
                    + (language.equals("nl") ? "Dutch" : "English") + "; every text is written in nl and en");
        }
        return basis.size() == LANGUAGES.size() ? basis : null;
    }

    /**
     * Adds a problem for every duty whose id names no obligation: its data would never be shown.
     * {@code obligations} are the ids under {@code obligations:}.
     */
    void check(Collection<String> obligations, boolean complete, List<Problem> problems) {
        if (!complete) {
            return; // a texts file that could not be read may hold the obligation
        }
        for (Duty duty : duties.values()) {
            if (!obligations.contains(duty.id())) {
                problems.add(new Problem(duty.file(), duty.line(), duty.column(), TreeReader.join(SECTION, duty.id()),
                        "the duty " + duty.id() + " is no obligation; the obligations are "
                                + (obligations.isEmpty() ? "none yet" : String.join(", ", obligations))
                                + " (the obligations: in the texts)" + Suggestion.didYouMean(duty.id(), obligations)));
            }
        }
    }

    /** The data of one duty, or null when the knowledge base gives none. */
    Duty duty(String id) {
        return duties.get(id);
    }

    /** Every duty with its data, in the order written. */
    List<Duty> all() {
        return List.copyOf(duties.values());
    }
}
