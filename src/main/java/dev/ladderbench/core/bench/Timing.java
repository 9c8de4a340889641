package dev.ladderbench.core.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Wall and process CPU time of each measured run (warm-up runs are not kept). CPU time counts every
 * thread of the process, the collector's included, so on a machine shared with other work it says
 * what the run cost even when the wall time was stretched by waiting for a core.
 */
public record Timing(List<Double> wallSeconds, List<Double> cpuSeconds) {

    public Timing {
        wallSeconds = List.copyOf(wallSeconds);
        cpuSeconds = List.copyOf(cpuSeconds);
        if (wallSeconds.isEmpty() || wallSeconds.size() != cpuSeconds.size()) {
            throw new IllegalArgumentException("Need as many CPU as wall times, and at least one run");
        }
    }

    /** The index of the fastest run by wall time. */
    public int bestRun() {
        int best = 0;
        for (int i = 1; i < wallSeconds.size(); i++) {
            if (wallSeconds.get(i) < wallSeconds.get(best)) {
                best = i;
            }
        }
        return best;
    }

    public double bestWall() {
        return wallSeconds.get(bestRun());
    }

    /** The CPU time of the fastest run. */
    public double cpuOfBest() {
        return cpuSeconds.get(bestRun());
    }

    public double medianWall() {
        List<Double> sorted = wallSeconds.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Collects the runs of one measurement. */
    static final class Recorder {
        private final List<Double> wall = new ArrayList<>();
        private final List<Double> cpu = new ArrayList<>();

        void add(double wallSeconds, double cpuSeconds) {
            wall.add(wallSeconds);
            cpu.add(cpuSeconds);
        }

        Timing timing() {
            return new Timing(wall, cpu);
        }
    }
}
