package dev.ladderbench.core.data;

/** The reader's helper threads end the same way: told to stop, then awaited until they let go of the file. */
final class WorkerThreads {

    private WorkerThreads() {
    }

    static void stopAndAwait(Thread thread) {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
