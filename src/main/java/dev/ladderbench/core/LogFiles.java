package dev.ladderbench.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the details of a failure go: warnings and errors, with their stack traces, into a rotating log
 * file in the user's log folder, never onto the console, where a person reads one plain sentence instead.
 * Ladderbench logs through SLF4J; its binding hands the records to {@code java.util.logging}, set up here.
 */
public final class LogFiles {

    /** Overrides the folder; tests point it at a temporary directory. */
    public static final String DIRECTORY_PROPERTY = "ladderbench.log.dir";

    private static final String FILE_NAME = "ladderbench.log";
    private static final int BYTES_PER_FILE = 1 << 20;
    private static final int FILES_KEPT = 3;

    private static volatile Path current;

    private LogFiles() {
    }

    /**
     * Sends warnings and errors to {@code ladderbench.log} in {@link #directory()} (three files of 1 MB,
     * rotated; a second running instance writes its own), and nothing to the console. Libraries' chatter
     * below a warning is dropped. When the folder cannot be created nothing is logged, which must not stop
     * the program.
     *
     * @return the folder of the log files, when records can be written there
     */
    public static synchronized Optional<Path> install() {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        // FontBox warns on every run that the emoji font's variation-selector table is ignored: harmless.
        Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable").setLevel(Level.SEVERE);
        Path directory = directory();
        try {
            Files.createDirectories(directory);
            Handler handler = new FileHandler(directory.resolve(FILE_NAME).toString().replace("%", "%%") + ".%g",
                    BYTES_PER_FILE, FILES_KEPT, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            root.addHandler(handler);
            current = directory;
        } catch (IOException | SecurityException e) {
            current = null;
        }
        return location();
    }

    /**
     * The folder holding the log files once {@link #install()} found a place for them (a second instance
     * running at the same time writes a file of its own beside the first's).
     */
    public static Optional<Path> location() {
        return Optional.ofNullable(current);
    }

    /**
     * {@code ladderbench.log.dir} when set; otherwise the platform's place for an application's logs:
     * {@code %LOCALAPPDATA%\Ladderbench\logs} on Windows, {@code ~/Library/Logs/Ladderbench} on macOS,
     * {@code $XDG_STATE_HOME/ladderbench} (by default {@code ~/.local/state/ladderbench}) elsewhere.
     */
    public static Path directory() {
        String override = System.getProperty(DIRECTORY_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local == null ? Path.of(home, "AppData", "Local") : Path.of(local)).resolve("Ladderbench").resolve("logs");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Logs", "Ladderbench");
        }
        String state = System.getenv("XDG_STATE_HOME");
        return (state == null || state.isBlank() ? Path.of(home, ".local", "state") : Path.of(state)).resolve("ladderbench");
    }
}
