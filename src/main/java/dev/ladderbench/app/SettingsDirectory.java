package dev.ladderbench.app;

import java.nio.file.Path;

/** Where the workbench keeps what it remembers between runs (recent files). */
public final class SettingsDirectory {

    /** Overrides the location; tests point it at a temporary directory. */
    public static final String PROPERTY = "ladderbench.settings.dir";

    private SettingsDirectory() {
    }

    /** {@code ladderbench.settings.dir} when set, otherwise {@code ~/.config/ladderbench}. */
    public static Path resolve() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".config", "ladderbench");
    }
}
