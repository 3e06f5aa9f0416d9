package nl.innovatiewijzer;

/**
 * A rule as an adviser wrote it: its name, where it is, and the metadata that ties it to a
 * factor and to the texts it uses. A metadata value that is not given is null.
 *
 * @param name       the rule's name, a sentence
 * @param file       the file as shown to users, e.g. {@code rules/f4-short-cycles.drl}
 * @param line       the line the rule starts at
 * @param factor     {@code @factor}: F1 .. F9
 * @param finding    {@code @finding}: the finding a status rule reports
 * @param action     {@code @action}: the action a recommendation rule recommends
 * @param missing    {@code @missing}: the field path a missing-fact rule asks for
 * @param obligation {@code @obligation}: the obligation a duty rule decides
 */
public record RuleInfo(String name, String file, int line, String factor, String finding, String action,
                       String missing, String obligation) implements java.io.Serializable {
}
