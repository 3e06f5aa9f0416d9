package nl.innovatiewijzer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.innovatiewijzer.scenario.ScenarioFile;
import nl.innovatiewijzer.scenario.ScenarioFiles;

/**
 * Which scenarios {@code test} runs, and how to say where they come from: the files and folders
 * named; else the {@code scenarios} folder next to the rules folder, as a checkout has them side
 * by side ({@code rules/} and {@code scenarios/}); else the scenarios shipped inside the jar.
 *
 * @param files the scenario files, in the order they run
 * @param from  where they come from, in words: a folder, the files named, or the jar
 */
record ScenarioSelection(List<ScenarioFile> files, String from) {

    /** The folder beside a rules folder that holds its scenarios. */
    static final String FOLDER = "scenarios";
    /** How many of the files and folders named the first line lists before it counts the rest. */
    private static final int LISTED = 3;

    /**
     * The scenarios to run for the {@code inputs} named (none: the ones beside {@code rules}, a
     * rules folder or null for the shipped knowledge base).
     *
     * @throws nl.innovatiewijzer.scenario.InvalidScenarioException when a folder holds no scenario file or cannot be read
     */
    static ScenarioSelection of(List<Path> inputs, Path rules) {
        if (!inputs.isEmpty()) {
            String named = inputs.stream().limit(LISTED).map(Path::toString).collect(Collectors.joining(", "));
            if (inputs.size() > LISTED) {
                named += " and " + (inputs.size() - LISTED) + " more";
            }
            return new ScenarioSelection(ScenarioFiles.find(inputs), named);
        }
        if (rules == null) {
            return new ScenarioSelection(ScenarioFiles.shipped(), "inside the jar");
        }
        Path beside = besideRules(rules);
        if (!Files.isDirectory(beside)) {
            return new ScenarioSelection(ScenarioFiles.shipped(), "inside the jar (there is no folder " + beside + ")");
        }
        List<ScenarioFile> found = ScenarioFiles.below(beside);
        if (found.isEmpty()) {
            return new ScenarioSelection(ScenarioFiles.shipped(),
                    "inside the jar (" + beside + " holds no scenario files)");
        }
        return new ScenarioSelection(found, beside.toAbsolutePath().normalize().toString());
    }

    /** The {@code scenarios} folder next to a rules folder: {@code rules} gives {@code scenarios}. */
    static Path besideRules(Path rules) {
        Path folder = rules.normalize();
        if (folder.getFileName() == null || folder.toString().isEmpty() || folder.getFileName().toString().equals("..")) {
            folder = rules.toAbsolutePath().normalize(); // "." or "..": the folder's own name is needed
        }
        return folder.getParent() == null && folder.isAbsolute() ? folder.resolve(FOLDER) : folder.resolveSibling(FOLDER);
    }

    /** The first line of a run: how many scenarios, from where, against which rules. */
    String running(String knowledgeBase) {
        return "Running " + files.size() + (files.size() == 1 ? " scenario " : " scenarios ")
                + (from.startsWith("inside") ? "shipped " : "from ") + from + " against " + knowledgeBase;
    }
}
