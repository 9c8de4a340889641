package dev.ladderbench.cli;

import dev.ladderbench.core.LogFiles;
import dev.ladderbench.core.Version;
import dev.ladderbench.core.data.HeapModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The root command: opens the workbench when called without a subcommand. */
@Command(name = "ladderbench",
        mixinStandardHelpOptions = true,
        versionProvider = LadderbenchCommand.VersionProvider.class,
        description = {
                "Ladderbench: debug tabular machine-learning models rung by rung.",
                "Without a command, opens the workbench window (on FILE when given)."},
        subcommands = {ProfileCommand.class, LadderCommand.class, DriftCommand.class, PipelineCommand.class,
                ReplayCommand.class, SamplesCommand.class, BenchCommand.class})
public final class LadderbenchCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(LadderbenchCommand.class);

    private final Consumer<Optional<Path>> openWorkbench;

    @Spec
    private CommandSpec spec;

    /** The file a desktop passes when the user opens one with Ladderbench (the installers' file associations). */
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A data file to open in the window.")
    private Path file;

    LadderbenchCommand(Consumer<Optional<Path>> openWorkbench) {
        this.openWorkbench = openWorkbench;
    }

    /**
     * Runs the command line and returns the process exit code (see {@link ExitCodes}).
     *
     * @param openWorkbench opens the window, on the file if one is given, and returns when it closes; the CLI
     *                      knows nothing of the UI
     */
    public static int execute(String[] args, Consumer<Optional<Path>> openWorkbench) {
        if (args.length == 0) {
            // Straight to the window: picocli building the model of every command first took 0.2 s of the start-up.
            PrintWriter err = new PrintWriter(System.err, true);
            try {
                return openWindow(openWorkbench, Optional.empty(), err);
            } catch (RuntimeException e) {
                return unexpected(e, args, err);
            }
        }
        return newCommandLine(openWorkbench).execute(args);
    }

    static CommandLine newCommandLine(Consumer<Optional<Path>> openWorkbench) {
        CommandLine commandLine = new CommandLine(new LadderbenchCommand(openWorkbench));
        commandLine.setExecutionStrategy(LadderbenchCommand::runOutOfMemoryAware);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) ->
                unexpected(e, parseResult.originalArgs().toArray(String[]::new), cl.getErr()));
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().getErr().println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for the options.");
            return ExitCodes.INPUT_ERROR;
        });
        return commandLine;
    }

    private static int unexpected(Exception e, String[] args, PrintWriter err) {
        LOG.error("Unexpected failure running {}", String.join(" ", args), e);
        err.println("Ladderbench failed unexpectedly (" + e + "). This is a bug: please report it"
                + LogFiles.location().map(folder -> " with the log in " + folder).orElse("") + ".");
        return ExitCodes.INTERNAL_ERROR;
    }

    /**
     * Runs the command; when it runs out of memory (an Error, which picocli's exception handler never sees), its
     * data and partial results went with its stack, so there is room to log and to tell: one sentence with the heap
     * it had, the heap it needs and how to give it more, exit code 2, as for a file too large to load.
     */
    private static int runOutOfMemoryAware(ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (OutOfMemoryError e) {
            ParseResult command = parsed;
            while (command.hasSubcommand()) {
                command = command.subcommand();
            }
            LOG.warn("Out of memory running ladderbench {}", String.join(" ", parsed.originalArgs()), e);
            HeapUse use = command.commandSpec().mixins().values().stream().map(CommandSpec::userObject)
                    .filter(ReadOptions.class::isInstance).map(r -> ((ReadOptions) r).heapUse()).findFirst()
                    .orElseGet(HeapUse::new);
            command.commandSpec().commandLine().getErr().println(use.outOfMemory(HeapModel.ofThisJvm()));
            return ExitCodes.INPUT_ERROR;
        }
    }

    @Override
    public Integer call() {
        return openWindow(openWorkbench, Optional.ofNullable(file), spec.commandLine().getErr());
    }

    private static int openWindow(Consumer<Optional<Path>> openWorkbench, Optional<Path> file, PrintWriter err) {
        try {
            openWorkbench.accept(file);
            return ExitCodes.OK;
        } catch (IllegalStateException e) { // no display: the sentence says what to do instead
            err.println(e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"Ladderbench " + Version.current(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
