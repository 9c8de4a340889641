package dev.ladderbench.cli;

import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.InvalidInputException;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows progress on one updating line of stderr, only when a person is watching a terminal: piped
 * output and CI logs stay clean.
 */
final class ConsoleProgress implements ProgressListener {

    private static final long INTERVAL_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean interactive = System.console() != null;
    private long lastPrinted;
    private boolean printed;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    /** Long work that reports progress and may meet bad input. */
    @FunctionalInterface
    interface Work<T> {
        T run(ProgressListener progress) throws InvalidInputException;
    }

    /** Runs the work with progress on stderr, and clears the progress line however it ends. */
    static <T> T during(PrintWriter err, Work<T> work) throws InvalidInputException {
        ConsoleProgress progress = new ConsoleProgress(err);
        try {
            return work.run(progress);
        } finally {
            progress.done();
        }
    }

    @Override
    public void progress(double fraction, String message) {
        long now = System.nanoTime();
        if (!interactive || now - lastPrinted < INTERVAL_NANOS) {
            return;
        }
        lastPrinted = now;
        printed = true;
        String percent = fraction >= 0 ? String.format(Locale.ROOT, "%3.0f %% ", fraction * 100) : "";
        err.print("\r" + percent + message + "\u001b[K");
        err.flush();
    }

    /** Clears the progress line, if one was shown. */
    void done() {
        if (printed) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
