package nl.innovatiewijzer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import nl.innovatiewijzer.Advisor;
import nl.innovatiewijzer.Language;
import nl.innovatiewijzer.Problem;
import nl.innovatiewijzer.Reload;
import nl.innovatiewijzer.ReloadingAdvisor;
import nl.innovatiewijzer.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: the workbench, a local web application for advisers on a folder of projects. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Start the workbench: a local web server on a folder of projects, with pages for the "
                + "browser (the portfolio, each project's questions beside its advice, the knowledge base) and "
                + "the HTTP API; one facts file per project (<id>.yaml) and beside it every saved version with "
                + "its assessment (<id>.history/). It runs until stopped with Ctrl-C.",
                "",
                "It binds to 127.0.0.1 unless --host says otherwise. On any other address every request "
                        + "needs the access token: the one in $" + Workbench.TOKEN_VARIABLE + ", else a new one "
                        + "printed once at the start. With --rules, a change to the rules folder is picked up "
                        + "at once; rules that do not compile are reported and the last good ones keep serving.",
                ""},
        footer = {"", "Examples:",
                "  ${ROOT-COMMAND-NAME} serve",
                "  ${ROOT-COMMAND-NAME} serve --projects facts --port 8080",
                "  ${ROOT-COMMAND-NAME} serve --rules rules --lang en",
                "", RulesOption.CACHE_HELP,
                "", ExitCode.HELP})
final class ServeCommand implements Callable<Integer> {

    /** The projects folder when none is given: made in the working folder when it is not there. */
    static final Path DEFAULT_PROJECTS = Path.of("projects");

    @Option(names = "--projects", paramLabel = "DIR",
            description = "The projects folder (default: ./projects, made when missing).")
    Path projects = DEFAULT_PROJECTS;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + Workbench.DEFAULT_PORT,
            description = "The port to listen on; 0 lets the system choose a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-browser",
            description = "Do not open the portfolio in the browser; by default it opens when this machine has a desktop.")
    boolean noBrowser;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "The address to bind to (default: ${DEFAULT-VALUE}); any other needs the access token.")
    String host;

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "LANG",
            converter = Choices.Lang.class, completionCandidates = Choices.Langs.class,
            description = "Language of the assessments: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
                    + "a request may ask for another with ?lang=.")
    Language lang;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    private static final String LABEL = Main.PROGRAM + " serve: ";

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println(LABEL + "--port " + port + ": not a port; give 1 to 65535, or 0 for a free one");
            return ExitCode.BAD_INPUT;
        }
        if (Files.exists(projects) && !Files.isDirectory(projects)) {
            err.println(LABEL + "--projects " + projects + ": not a folder; give the folder that holds the projects");
            return ExitCode.BAD_INPUT;
        }
        if (!Files.exists(projects)) {
            Files.createDirectories(projects);
            out.println("Made the projects folder " + projects.toAbsolutePath().normalize());
        }
        ReloadingAdvisor reloading = rules.rules == null ? null : ReloadingAdvisor.watch(rules.rules,
                reload -> reported(reload, err));
        Supplier<Advisor> advisor = reloading == null ? supplier(rules.advisor()) : reloading::current;
        String token = System.getenv(Workbench.TOKEN_VARIABLE);
        Workbench workbench;
        try {
            workbench = Workbench.on(projects, advisor).host(host).port(port).language(lang).token(token)
                    .knowledge(() -> ScenarioSelection.of(List.of(), rules.rules).files(),
                            reloading == null ? Optional::empty : reloading::lastFailure)
                    .start();
        } catch (IllegalArgumentException e) {
            close(reloading);
            err.println(LABEL + "$" + Workbench.TOKEN_VARIABLE + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (BindException e) {
            close(reloading);
            err.println(LABEL + "cannot listen on " + host + ":" + port + " (" + e.getMessage() + "): the port is in "
                    + "use, or the address is not this machine's; choose another with --port, or --port 0 for a free one");
            return ExitCode.BAD_INPUT;
        } catch (UnknownHostException e) {
            close(reloading);
            err.println(LABEL + "--host " + host + ": no such host name; give an address of this machine, "
                    + "or leave --host out for 127.0.0.1");
            return ExitCode.BAD_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stopping = new Thread(() -> {
            workbench.close();
            stopped.countDown();
        }, "innovatiewijzer-workbench-stop");
        Runtime.getRuntime().addShutdownHook(stopping);
        out.println("The workbench is on " + workbench.address() + " for the projects in "
                + projects.toAbsolutePath().normalize() + " (" + rules.described() + ")");
        if (workbench.token().isPresent() && (token == null || token.isBlank())) {
            out.println("Access token, needed with every request (Authorization: Bearer TOKEN); it is shown only now: "
                    + workbench.token().get());
        }
        if (workbench.token().isPresent()) {
            out.println("Open in the browser: " + workbench.browserAddress());
        }
        out.println("Stop it with Ctrl-C.");
        out.flush();
        if (!noBrowser) {
            Browser.open(workbench.browserAddress()); // on a machine without a desktop the address printed is the way in
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workbench.close();
            close(reloading);
            try {
                Runtime.getRuntime().removeShutdownHook(stopping);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is what is stopping it
            }
        }
        return ExitCode.OK;
    }

    private static Supplier<Advisor> supplier(Advisor advisor) {
        return () -> advisor;
    }

    private static void close(ReloadingAdvisor reloading) {
        if (reloading != null) {
            reloading.close();
        }
    }

    /** A rebuild of the rules, on standard error: what changed, or why the last good rules still serve. */
    private static void reported(Reload reload, PrintWriter err) {
        if (reload.succeeded()) {
            err.println(LABEL + "rules reloaded: " + reload.knowledgeBase().rules() + " rules now serve");
        } else {
            for (Problem problem : reload.problems()) {
                err.println("error in the knowledge base: " + problem);
            }
            err.println(LABEL + "the changed rules do not compile; the last good rules keep serving");
        }
        err.flush();
    }
}
