package dev.ladderbench.app;

import dev.ladderbench.core.LogFiles;

import java.nio.file.Path;

/** Where the workbench keeps state that only matters if it did not close cleanly: the autosaved session. */
public final class StateDirectory {

    /** Overrides the location; tests point it at a temporary directory. */
    public static final String PROPERTY = "ladderbench.state.dir";

    private StateDirectory() {
    }

    /**
     * {@code ladderbench.state.dir} when set, otherwise the folder of the log files (on Linux
     * {@code ~/.local/state/ladderbench}), so that what a crash leaves behind is in one place.
     */
    public static Path resolve() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return LogFiles.directory();
    }
}
