package nl.innovatiewijzer.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names the files of many reports in one folder: each report after its facts file
 * ({@code facts/pilot.yaml} gives {@code pilot.html}), the summary {@code portfolio.html}; a name
 * already taken, also by case only, gets {@code -2}, {@code -3}, ...
 */
final class ReportFiles {

    static final String PORTFOLIO = "portfolio";

    private final Path folder;
    private final String extension;
    private final Set<String> taken = new HashSet<>();

    ReportFiles(Path folder, String extension) {
        this.folder = folder;
        this.extension = extension;
        taken.add(PORTFOLIO);
    }

    /** The file of the portfolio summary. */
    Path portfolio() {
        return folder.resolve(PORTFOLIO + "." + extension);
    }

    /** The file for the report of this facts file, not used by any report named before it. */
    Path reportFor(Path factsFile) {
        String name = factsFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String chosen = base;
        for (int n = 2; !taken.add(chosen.toLowerCase(Locale.ROOT)); n++) {
            chosen = base + "-" + n;
        }
        return folder.resolve(chosen + "." + extension);
    }
}
