package dev.ladderbench.core;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * One fork-join pool that bounds all parallel model work: folds, features and forest trees nest inside
 * it, so a climb never runs more threads than it was given, however deep the nesting. Parallel streams
 * (the logistic loss's row blocks) run in the pool of the thread that starts them; started here, they
 * share these threads instead of taking the common pool.
 * <p>
 * Model work finds its pool with {@link #current()}: the pool whose thread calls, else the machine-wide one.
 * So {@code new Workers(1).call(() -> Ladder.climbAll(...))} climbs on one thread, which is how the tests
 * show that the figures do not depend on the number of threads.
 */
public final class Workers {

    /** The pool of work started outside any pool: the ladder in the window and the command line. */
    private static final Workers SHARED = new Workers(Runtime.getRuntime().availableProcessors());

    private final ForkJoinPool pool;

    /** @param threads at least 1 */
    public Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("Need at least 1 thread, got " + threads);
        }
        // Daemon threads, so that an idle pool never keeps the application alive.
        pool = new ForkJoinPool(threads, p -> new WorkerThread(p, this), null, false);
    }

    /** The pool the calling thread belongs to, or one pool sized to the machine's cores when it belongs to none. */
    public static Workers current() {
        return Thread.currentThread() instanceof WorkerThread thread ? thread.workers : SHARED;
    }

    /**
     * Runs {@code task} for 0..count-1 in parallel and returns the results by index, whatever order they
     * finish in, so that parallel work gives the figures of a sequential loop.
     */
    public <T> List<T> map(int count, IntFunction<T> task) {
        return call(() -> IntStream.range(0, count).parallel().mapToObj(task).toList());
    }

    /** Runs {@code work} on this pool's threads (directly when already on one) and returns its result. */
    public <T> T call(Supplier<T> work) {
        if (ForkJoinTask.getPool() == pool) {
            return work.get();
        }
        return pool.submit(work::get).join();
    }

    private static final class WorkerThread extends ForkJoinWorkerThread {

        private final Workers workers;

        WorkerThread(ForkJoinPool pool, Workers workers) {
            super(pool);
            this.workers = workers;
            setDaemon(true);
            setName("ladderbench-worker-" + getPoolIndex());
        }
    }
}
