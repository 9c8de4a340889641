package dev.ladderbench.app;

import javafx.application.Application;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Opens the workbench window, on a file if one is given; returns when the last window closes. */
public final class Workbench {

    private Workbench() {
    }

    /**
     * @throws IllegalStateException with a sentence for a person when there is no display to open it on
     */
    public static void open(Optional<Path> file) {
        if (!displayAvailable()) {
            throw new IllegalStateException("There is no display to open the workbench window on (DISPLAY is not set)."
                    + " Run it on a desktop, or use a command such as 'ladderbench --help'.");
        }
        Application.launch(WorkbenchApp.class, file.map(Path::toString).stream().toArray(String[]::new));
    }

    private static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }
}
