package dev.ladderbench.app.errors;

import dev.ladderbench.core.CancelledException;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Computes off the FX thread and delivers on it, keeping only the newest request: a slider dragged across
 * fifty thresholds must not queue fifty analyses, nor show an older one after a newer one. Separate from
 * the {@code WorkRunner} on purpose: that runs one cancellable job at a time for the whole window, and a
 * threshold step must neither cancel a rung that is climbing nor flash the status bar. Use from the FX thread.
 */
final class LatestOnly {

    private static final Logger LOG = LoggerFactory.getLogger(LatestOnly.class);
    private static final Executor WORKER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ladderbench-analysis");
        thread.setDaemon(true);
        return thread;
    });

    /** Bumped by every request and by {@link #drop()}; a result whose number is not the latest is dropped. */
    private long latest;
    /** The request not yet started: requests made while one computes replace each other here. */
    private Runnable pending;
    private boolean computing;

    /** Computes {@code work} in the background and hands its result to {@code done} on the FX thread, unless superseded. */
    <T> void compute(Supplier<T> work, Consumer<? super T> done) {
        compute(work, done, thrown -> LOG.error("An error analysis failed", thrown));
    }

    /**
     * The same, handing what the work threw (but a cancellation) to {@code failed} on the FX thread, unless
     * superseded; by then the work's partial results are unreachable, an {@link OutOfMemoryError}'s too.
     */
    <T> void compute(Supplier<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
        long number = ++latest;
        pending = () -> {
            T result = null;
            Throwable failure = null;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            T computed = result;
            Throwable thrown = failure;
            Platform.runLater(() -> {
                computing = false;
                if (thrown instanceof CancelledException) {
                    LOG.debug("A superseded analysis stopped");
                } else if (thrown != null) {
                    if (number == latest) {
                        failed.accept(thrown);
                    } else {
                        LOG.debug("A superseded analysis failed", thrown);
                    }
                } else if (number == latest) {
                    done.accept(computed);
                }
                startPending();
            });
        };
        startPending();
    }

    /** Forgets what is pending or computing: its result will not be delivered. */
    void drop() {
        latest++;
        pending = null;
    }

    private void startPending() {
        if (computing || pending == null) {
            return;
        }
        Runnable next = pending;
        pending = null;
        computing = true;
        WORKER.execute(next);
    }
}
