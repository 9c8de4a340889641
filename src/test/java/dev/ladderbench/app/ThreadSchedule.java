package dev.ladderbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Linux's scheduler figures for this process's threads (/proc/self/task/N/schedstat): the nanoseconds each ran
 * on a core and waited in the run queue for one. They tell a frame's wall time apart: the FX thread's own work,
 * its wait for a core (other threads ran: the JIT compiler, the renderer, workers) and the rest, blocked (on the
 * renderer's lock, say). Elsewhere every figure is zero. For the responsiveness benchmark only.
 */
record ThreadSchedule(long runNanos, long waitNanos) {

    static final ThreadSchedule NONE = new ThreadSchedule(0, 0);

    /** The calling thread's figures. */
    static ThreadSchedule ofCurrentThread() {
        return read(Path.of("/proc/thread-self/schedstat"));
    }

    /** Every thread's figures by name (threads of one name summed: the GC's workers, say). */
    static Map<String, ThreadSchedule> ofAllThreads() {
        Map<String, ThreadSchedule> all = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                String name = name(task);
                all.merge(name, read(task.resolve("schedstat")), ThreadSchedule::plus);
            });
        } catch (IOException e) {
            return Map.of();
        }
        return all;
    }

    ThreadSchedule minus(ThreadSchedule earlier) {
        return new ThreadSchedule(runNanos - earlier.runNanos, waitNanos - earlier.waitNanos);
    }

    ThreadSchedule plus(ThreadSchedule other) {
        return new ThreadSchedule(runNanos + other.runNanos, waitNanos + other.waitNanos);
    }

    private static String name(Path task) {
        try {
            // Numbered threads (GC workers, pool threads) share a name, so their time adds up.
            return Files.readString(task.resolve("comm")).strip().replaceAll("[#-]?\\d+$", "");
        } catch (IOException e) {
            return "?";
        }
    }

    private static ThreadSchedule read(Path schedstat) {
        try {
            String[] fields = Files.readString(schedstat).strip().split(" ");
            return new ThreadSchedule(Long.parseLong(fields[0]), Long.parseLong(fields[1]));
        } catch (IOException | RuntimeException e) { // not Linux, or the thread has ended
            return NONE;
        }
    }
}
