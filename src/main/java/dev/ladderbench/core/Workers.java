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
 * it, so a climb never runs more threads than it was given, however deep the nesting. Smile trains a
 * forest's trees in a parallel stream, which runs in the pool of the thread that starts it; started
 * here, it shares these threads instead of taking the common pool.
 */
public final class Workers {

    private static final Workers SHARED = new Workers(Runtime.getRuntime().availableProcessors());

    private final ForkJoinPool pool;

    /** @param threads at least 1 */
    public Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("Need at least 1 thread, got " + threads);
        }
        // Daemon threads, so that an idle pool never keeps the application alive.
        pool = new ForkJoinPool(threads, p -> {
            ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            thread.setDaemon(true);
            thread.setName("ladderbench-worker-" + thread.getPoolIndex());
            return thread;
        }, null, false);
    }

    /** One pool sized to the machine's cores, for the ladder. */
    public static Workers shared() {
        return SHARED;
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
}
