package nl.innovatiewijzer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a knowledge base of any number of rules, spread over the fact types, for measuring how cost grows. */
final class GeneratedRules {

    private static final String HEADER = """
            package innovatiewijzer;

            import nl.innovatiewijzer.facts.*;
            import nl.innovatiewijzer.Status;
            import nl.innovatiewijzer.Priority;
            import function nl.innovatiewijzer.rules.Because.fact;

            global nl.innovatiewijzer.rules.Advice advice;

            """;

    private static final String[] CONDITIONS = {
            "WorkingMethod( $v : cycleLengthWeeks != null, cycleLengthWeeks > %d )",
            "ProjectLeader( $v : hoursPerWeek != null, hoursPerWeek < %d )",
            "Budget( $v : experimentEuro != null, experimentEuro > %d000 )",
            "TeamMember( $v : role, hoursPerWeek != null, hoursPerWeek > %d )",
            "Network( $v : departmentsInvolved != null, departmentsInvolved > %d )",
    };

    private GeneratedRules() {
    }

    /** A folder with {@code count} rules in files of 100 rules, and their texts. */
    static Path write(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("factors.yaml"), factorNames());
        StringBuilder texts = new StringBuilder("actions:\n");
        StringBuilder drl = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            String condition = CONDITIONS[i % CONDITIONS.length].formatted(i % 20);
            String factor = "F" + (1 + i % 9);
            drl.append("""
                    rule "Generated rule %d"
                        @factor("%s") @action("G-%d")
                    when
                        %s
                        Project( phase != null )
                    then
                        advice.recommend(Priority.LOW, fact("generated", $v));
                    end

                    """.formatted(i, factor, i, condition));
            texts.append("  G-%d:\n    nl: {title: Actie %d, action: Doe stap %d.}\n    en: {title: Action %d, action: Take step %d.}\n"
                    .formatted(i, i, i, i, i));
            if ((i + 1) % 100 == 0 || i == count - 1) {
                Files.writeString(folder.resolve("generated-%04d.drl".formatted(i / 100)), drl);
                drl = new StringBuilder(HEADER);
            }
        }
        Files.writeString(folder.resolve("actions.yaml"), texts);
        return folder;
    }

    private static String factorNames() {
        StringBuilder names = new StringBuilder("factors:\n");
        for (int f = 1; f <= 9; f++) {
            names.append("  F").append(f).append(": {nl: Factor ").append(f).append(", en: Factor ").append(f).append("}\n");
        }
        return names.toString();
    }
}
