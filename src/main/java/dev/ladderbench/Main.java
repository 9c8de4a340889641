package dev.ladderbench;

import dev.ladderbench.app.Workbench;
import dev.ladderbench.cli.LadderbenchCommand;
import dev.ladderbench.core.LogFiles;

/**
 * The jar's entry point: the workbench window without arguments, a command otherwise. It is a plain
 * class because a subclass of {@code Application} cannot be the main class of a classpath jar.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LogFiles.install();
        int exitCode = LadderbenchCommand.execute(args, Workbench::open);
        System.exit(exitCode);
    }
}
