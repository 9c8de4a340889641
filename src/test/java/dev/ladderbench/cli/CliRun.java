package dev.ladderbench.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** Runs the command line in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return withWorkbench(() -> {
            throw new AssertionError("The window must not open");
        }, args);
    }

    static CliRun withWorkbench(Runnable openWorkbench, String... args) {
        return withWorkbenchOn(file -> openWorkbench.run(), args);
    }

    static CliRun withWorkbenchOn(Consumer<Optional<Path>> openWorkbench, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = LadderbenchCommand.newCommandLine(openWorkbench);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
