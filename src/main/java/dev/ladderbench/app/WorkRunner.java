package dev.ladderbench.app;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.CancelledException;
import dev.ladderbench.core.ProgressListener;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs one piece of {@link Work} at a time off the FX thread as a {@link Task}, publishing its progress and
 * message, and calls back on the FX thread. Starting new work cancels the current one, whose result is then
 * dropped. Use it from the FX thread only. {@link #synchronous()} is the variant for tests.
 */
public final class WorkRunner {

    /** Null for the synchronous runner: a Task delivers its result a pulse later even on the FX thread. */
    private final Executor executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Task<?> current;
    private CancellationToken currentToken = CancellationToken.none();

    private WorkRunner(Executor executor) {
        this.executor = executor;
    }

    /** Runs work on one daemon thread, so the FX thread stays free and a quit never waits for it. */
    public static WorkRunner background() {
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, "ladderbench-work");
            worker.setDaemon(true);
            return worker;
        });
        return new WorkRunner(thread);
    }

    /**
     * Runs work on the calling thread and calls back before {@link #run} returns, without a Task or
     * progress: for tests that should not wait.
     */
    public static WorkRunner synchronous() {
        return new WorkRunner(null);
    }

    /**
     * @param description what the status bar says until the work reports its own message
     * @param onSuccess   called with the result, unless the work was cancelled or superseded
     * @param onFailure   called with what the work threw, other than {@link CancelledException}; an
     *                    {@link OutOfMemoryError} too, once the work's partial results are unreachable
     */
    public <T> void run(String description, Work<T> work, Consumer<? super T> onSuccess,
                        Consumer<Throwable> onFailure) {
        cancel();
        CancellationToken token = new CancellationToken();
        if (executor == null) {
            runHere(work, token, onSuccess, onFailure);
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(description);
                updateProgress(-1, 1);
                return work.run((fraction, text) -> {
                    updateProgress(fraction < 0 ? -1 : fraction, 1);
                    updateMessage(text);
                }, token);
            }
        };
        task.setOnSucceeded(event -> finish(task, () -> onSuccess.accept(task.getValue())));
        task.setOnFailed(event -> finish(task, () -> {
            if (!(task.getException() instanceof CancelledException)) {
                onFailure.accept(task.getException());
            }
        }));
        current = task;
        currentToken = token;
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        busy.set(true);
        executor.execute(task);
    }

    private static <T> void runHere(Work<T> work, CancellationToken token, Consumer<? super T> onSuccess,
                                    Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.run(ProgressListener.NONE, token);
        } catch (CancelledException e) {
            return;
        } catch (Exception | OutOfMemoryError e) {
            onFailure.accept(e); // as a Task reports them: what it threw, out of memory included
            return;
        }
        onSuccess.accept(result);
    }

    /**
     * Runs {@code action} on the FX thread after the event being handled, so that a burst of changes can be
     * answered once; the synchronous runner, which tests use without an FX thread, runs it at once.
     */
    public void later(Runnable action) {
        if (executor == null) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Asks the current work to stop; it ends at its next token check and its result is dropped. */
    public void cancel() {
        if (current != null) {
            currentToken.cancel();
            release();
        }
    }

    private void finish(Task<?> task, Runnable callback) {
        if (task != current) {
            return; // cancelled or superseded: nobody waits for this result any more
        }
        release();
        callback.run();
    }

    private void release() {
        current = null;
        progress.unbind();
        message.unbind();
        progress.set(0);
        message.set("");
        busy.set(false);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
