package dev.ladderbench.cli;

import dev.ladderbench.core.bench.BenchFigures;
import dev.ladderbench.core.bench.ErrorFigures;
import dev.ladderbench.core.bench.LadderFigures;
import dev.ladderbench.core.bench.LoadFigures;
import dev.ladderbench.core.bench.Timing;
import dev.ladderbench.core.ladder.RungId;

import java.io.PrintWriter;
import java.util.Locale;

/** The bench command's figures as a table a person reads: one line per thing timed. */
final class BenchTable {

    private final PrintWriter out;

    BenchTable(PrintWriter out) {
        this.out = out;
    }

    void print(BenchFigures f) {
        out.printf(Locale.ROOT, "%n%s: %.1f MB, %,d rows x %d columns; %d cores, max heap %,d MB;"
                        + " best and median of %d measured %s after %d warm-up%n", f.file(), f.fileBytes() / 1e6,
                f.rows(), f.columns(), f.cores(), f.maxHeapBytes() >> 20, f.runs(), f.runs() == 1 ? "run" : "runs",
                f.warmup());
        out.printf(Locale.ROOT, "%-38s %8s %8s %8s  %s%n", "", "best s", "median s", "cpu s", "");
        f.load().ifPresent(this::load);
        f.ladder().ifPresent(this::ladder);
        f.errors().ifPresent(this::errors);
        out.printf(Locale.ROOT, "%-38s %s%n", "peak resident memory (VmHWM)",
                f.peakResidentBytes().isPresent() ? String.format(Locale.ROOT, "%,d MB",
                        f.peakResidentBytes().getAsLong() >> 20) : "n/a");
        out.println("cpu s is the process's CPU time (all threads) during the best run.");
        out.flush();
    }

    private void load(LoadFigures load) {
        line("load", load.timing(), String.format(Locale.ROOT, "%.1f MB/s; retained heap %.1f MB = %.2fx raw doubles",
                load.megabytesPerSecond(), load.retainedBytes() / 1e6, load.heapRatio()));
    }

    private void ladder(LadderFigures ladder) {
        String rows = ladder.sampled()
                ? String.format(Locale.ROOT, "on a stratified sample of %,d of %,d labelled rows", ladder.modelRows(),
                ladder.labelledRows())
                : String.format(Locale.ROOT, "on all %,d labelled rows", ladder.labelledRows());
        for (RungId rung : RungId.values()) {
            String note = switch (rung) {
                case SANITY -> ladder.sampled() ? "row and column checks on all rows; leakage probe " + rows : rows;
                default -> rows;
            };
            line("rung " + rung.label(), ladder.rungs().get(rung), note);
        }
        line("rungs 0-3", ladder.total(), "");
    }

    private void errors(ErrorFigures errors) {
        line("error analysis (forest, out-of-fold)", errors.analysis(),
                String.format(Locale.ROOT, "%,d predictions, with the sweep and suggestions", errors.rows()));
        line("threshold sweep alone", errors.sweep(), "");
    }

    private void line(String what, Timing timing, String note) {
        out.printf(Locale.ROOT, "%-38s %8.2f %8.2f %8.2f  %s%n", what, timing.bestWall(), timing.medianWall(),
                timing.cpuOfBest(), note);
    }
}
