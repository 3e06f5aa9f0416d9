package nl.innovatiewijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.ProjectFacts;
import nl.innovatiewijzer.document.DocumentFile;
import nl.innovatiewijzer.report.Portfolio;

/**
 * The facts files that {@code assess} is given: a file as it is, a folder for every facts file in
 * it (by its extension; sub-folders are not read). A facts-named entry of a folder that cannot be
 * read (a broken link, a loop of links, a FIFO, a folder) is named on stderr, never left out silently.
 */
final class FactsFiles {

    private final List<Path> files = new ArrayList<>();
    private final List<Portfolio.LeftOut> skipped = new ArrayList<>();
    private boolean incomplete;

    private FactsFiles() {
    }

    /** The files to assess, in the order given, each folder's sorted by name; what is skipped is written to {@code err}. */
    static FactsFiles of(List<Path> inputs, PrintWriter err) {
        FactsFiles found = new FactsFiles();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                found.addFolder(input, err);
            } else {
                found.files.add(input); // reading it says what is wrong with it, if anything
            }
        }
        return found;
    }

    /** The files to read and assess. */
    List<Path> files() {
        return files;
    }

    /** The entries and folders that are not read, with why, for the portfolio to list. */
    List<Portfolio.LeftOut> skipped() {
        return skipped;
    }

    /** True when an entry was skipped or a folder could not be read: not everything given will be assessed. */
    boolean incomplete() {
        return incomplete;
    }

    private void addFolder(Path folder, PrintWriter err) {
        List<Path> named = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ProjectFacts::isFactsFile)) {
            entries.forEach(named::add);
        } catch (IOException | RuntimeException e) {
            String why = "the folder cannot be read: " + e.getMessage();
            err.println(folder + ": " + why);
            skipped.add(new Portfolio.LeftOut(folder.toString(), Portfolio.LeftOut.Reason.SKIPPED,
                    List.of(Problem.inFile(folder.toString(), why))));
            incomplete = true;
            return;
        }
        if (named.isEmpty()) {
            err.println(folder + ": the folder holds no facts files (.yaml, .yml, .json)");
            incomplete = true;
            return;
        }
        named.sort(null);
        for (Path entry : named) {
            // decided before anything is opened: opening a FIFO waits for a writer
            String why = DocumentFile.whyNotReadable(entry);
            if (why == null) {
                files.add(entry);
            } else {
                err.println(entry + ": skipped: " + why);
                skipped.add(new Portfolio.LeftOut(entry.toString(), Portfolio.LeftOut.Reason.SKIPPED,
                        List.of(Problem.inFile(entry.toString(), why))));
                incomplete = true;
            }
        }
    }
}
