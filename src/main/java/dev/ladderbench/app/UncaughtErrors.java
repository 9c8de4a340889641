package dev.ladderbench.app;

import dev.ladderbench.core.LogFiles;
import dev.ladderbench.core.Version;
import javafx.application.Platform;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Supplier;

/**
 * The last resort for an exception nothing caught, on the FX thread or any other: the trace goes to the log
 * once and a {@link CrashDialog} tells the person. While one dialog is open, further failures are logged but
 * open no second one, and the same failure repeating (a handler throwing on every event) is logged only once.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private final Supplier<Window> owner;
    /** The failure whose dialog is open; read and written on the FX thread. */
    private CrashDetails shown;
    private CrashDetails lastLogged;
    private int repeats;

    /** @param owner the window the dialog belongs to, asked when it opens */
    public UncaughtErrors(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** Handles what the FX thread and every other thread leave uncaught. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        // JavaFX hands an event handler's exception to the FX thread's own handler, which defaults to this one,
        // but a library may have set another: claim it explicitly.
        Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(this));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable thrown) {
        CrashDetails details = new CrashDetails(thread.getName(), thrown);
        log(details);
        // Later even on the FX thread: the failure may have happened inside a pulse, where no dialog can open.
        Platform.runLater(() -> offer(details));
    }

    private synchronized void log(CrashDetails details) {
        if (details.sameFailureAs(lastLogged)) {
            repeats++;
            if (Integer.bitCount(repeats) == 1) { // 1, 2, 4, 8...: a count, not a flood
                LOG.error("The same uncaught exception again in thread {} ({} repeats so far): {}", details.thread(),
                        repeats, details.thrown().toString());
            }
            return;
        }
        lastLogged = details;
        repeats = 0;
        LOG.error("Uncaught exception in thread {} (Ladderbench {})", details.thread(),
                Version.current(), details.thrown());
    }

    private void offer(CrashDetails details) {
        if (shown != null) {
            return; // one dialog at a time; the log has the rest
        }
        shown = details;
        try {
            CrashDialog.show(owner.get(), details, LogFiles.location(), () -> shown = null);
        } catch (RuntimeException e) {
            shown = null; // the log must do
            LOG.error("The dialog for an uncaught exception could not be shown", e);
        }
    }
}
