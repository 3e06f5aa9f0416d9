package nl.innovatiewijzer.cli;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Opens the workbench in the user's own browser, when this machine has a desktop to show it on:
 * Windows and macOS always, Linux and the like when a display is there and {@code xdg-open} is
 * installed. On a server, over SSH or in a test there is none, and nothing is started.
 */
final class Browser {

    private Browser() {
    }

    /** Starts the browser on the address; false when there is no desktop or it could not be started. */
    static boolean open(URI address) {
        List<String> command = command(address, System.getProperty("os.name", ""), System.getenv(), Browser::onPath);
        if (command == null) {
            return false;
        }
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The command that opens the address on this system, or null when there is no desktop to open it on. */
    static List<String> command(URI address, String system, Map<String, String> environment, Predicate<String> installed) {
        String os = system.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", address.toString());
        }
        if (os.contains("mac")) {
            return List.of("open", address.toString());
        }
        boolean display = environment.get("DISPLAY") != null || environment.get("WAYLAND_DISPLAY") != null;
        return display && installed.test("xdg-open") ? List.of("xdg-open", address.toString()) : null;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
