package dev.ladderbench.core.bench;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.analysis.ErrorOutcome;
import dev.ladderbench.core.analysis.ErrorSettings;
import dev.ladderbench.core.analysis.ErrorStep;
import dev.ladderbench.core.analysis.Predictions;
import dev.ladderbench.core.analysis.ThresholdSweep;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.ladder.Ladder;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.ModelRows;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Times what a person waits for on one file: loading it, climbing rungs 0 to 3, and the error step with its
 * threshold sweep. Each part runs {@code warmup} times unmeasured (so the JIT has compiled the hot code), then
 * {@code runs} times measured, wall and CPU time.
 */
public final class Benchmark {

    /** What to measure. */
    public enum Part { LOAD, LADDER, ERRORS }

    /**
     * @param target the 0/1 target column of the file (the generated files call it "target")
     */
    public record Settings(int runs, int warmup, Set<Part> parts, String target, LadderSettings ladder) {
        public Settings {
            if (runs < 1 || warmup < 0) {
                throw new IllegalArgumentException("Need at least one measured run and no negative warm-up");
            }
            parts = Set.copyOf(parts);
        }
    }

    /** Told each step as it starts, so that a long benchmark shows it is alive. */
    public interface Log {
        void step(String what);
    }

    private final Settings settings;
    private final Log log;

    public Benchmark(Settings settings, Log log) {
        this.settings = settings;
        this.log = log;
    }

    public BenchFigures measure(Path file) throws IOException, InvalidInputException {
        Optional<LoadFigures> load = Optional.empty();
        Dataset dataset;
        if (settings.parts().contains(Part.LOAD)) {
            LoadRun loaded = load(file);
            load = Optional.of(loaded.figures());
            dataset = loaded.dataset();
        } else {
            log.step("Loading " + file.getFileName() + " (not timed)");
            dataset = read(file);
        }
        Optional<LadderFigures> ladder = Optional.empty();
        Optional<ErrorFigures> errors = Optional.empty();
        if (settings.parts().contains(Part.LADDER) || settings.parts().contains(Part.ERRORS)) {
            LadderRequest request = new LadderRequest(dataset, settings.target(), Optional.empty(), Set.of(),
                    settings.ladder());
            LadderRun climbed = climb(request);
            if (settings.parts().contains(Part.LADDER)) {
                ladder = Optional.of(climbed.figures());
            }
            if (settings.parts().contains(Part.ERRORS)) {
                errors = Optional.of(errors(request, climbed.rungs()));
            }
        }
        return new BenchFigures(file.getFileName().toString(), Files.size(file), dataset.rowCount(),
                dataset.columnCount(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
                settings.runs(), settings.warmup(), load, ladder, errors, PeakMemory.residentHighWaterMark());
    }

    private record LoadRun(LoadFigures figures, Dataset dataset) {
    }

    /** The retained heap is the growth of the live heap over the last load, the dataset still reachable. */
    private LoadRun load(Path file) throws IOException, InvalidInputException {
        Timing.Recorder timing = new Timing.Recorder();
        Dataset dataset = null;
        long before = 0;
        for (int run = 0; run < settings.warmup() + settings.runs(); run++) {
            log.step("Loading " + file.getFileName() + (run < settings.warmup() ? " (warm-up)"
                    : " (run " + (run - settings.warmup() + 1) + " of " + settings.runs() + ")"));
            dataset = null;
            before = PeakMemory.usedHeapAfterCollection();
            Clock clock = new Clock();
            dataset = read(file);
            if (run >= settings.warmup()) {
                clock.stopInto(timing);
            }
        }
        long retained = PeakMemory.usedHeapAfterCollection() - before;
        LoadFigures figures = new LoadFigures(timing.timing(), Files.size(file), dataset.rowCount(),
                dataset.columnCount(), retained, 8L * dataset.rowCount() * dataset.columnCount());
        return new LoadRun(figures, dataset);
    }

    private static Dataset read(Path file) throws InvalidInputException {
        return new CsvDatasetReader().read(file, CsvReadOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none()).dataset();
    }

    private record LadderRun(LadderFigures figures, List<RungResult> rungs) {
    }

    /** Rung by rung, so that each rung's CPU time is its own. */
    private LadderRun climb(LadderRequest request) throws InvalidInputException {
        Map<RungId, Timing.Recorder> rungTimes = new EnumMap<>(RungId.class);
        Timing.Recorder total = new Timing.Recorder();
        List<RungResult> last = List.of();
        for (int run = 0; run < settings.warmup() + settings.runs(); run++) {
            boolean measured = run >= settings.warmup();
            Map<RungId, RungResult> below = new EnumMap<>(RungId.class);
            Clock whole = new Clock();
            for (RungId rung : RungId.values()) {
                log.step("Rung " + rung.label() + (measured ? " (run " + (run - settings.warmup() + 1) + " of "
                        + settings.runs() + ")" : " (warm-up)"));
                Clock clock = new Clock();
                below.put(rung, Ladder.climb(rung, request, below, ProgressListener.NONE, CancellationToken.none()));
                if (measured) {
                    clock.stopInto(rungTimes.computeIfAbsent(rung, r -> new Timing.Recorder()));
                }
            }
            if (measured) {
                whole.stopInto(total);
            }
            last = List.copyOf(below.values());
        }
        Map<RungId, Timing> rungs = new EnumMap<>(RungId.class);
        rungTimes.forEach((rung, recorder) -> rungs.put(rung, recorder.timing()));
        ModelRows rows = last.get(RungId.FOREST.ordinal()).model()
                .map(m -> m.rows())
                .orElseThrow(() -> new IllegalStateException("The benchmark needs a classification target"));
        return new LadderRun(new LadderFigures(rungs, total.timing(), rows.modelled(), rows.labelled()), last);
    }

    private ErrorFigures errors(LadderRequest request, List<RungResult> rungs) throws InvalidInputException {
        LadderResult result = Ladder.result(request, rungs, Set.of(), Optional.empty());
        Predictions predictions = rungs.get(RungId.FOREST.ordinal()).model().orElseThrow().outOfFold()
                .orElseThrow(() -> new IllegalStateException("The benchmark needs a binary target"));
        Timing.Recorder analysis = new Timing.Recorder();
        Timing.Recorder sweep = new Timing.Recorder();
        for (int run = 0; run < settings.warmup() + settings.runs(); run++) {
            boolean measured = run >= settings.warmup();
            log.step("Error analysis and threshold sweep" + (measured ? " (run " + (run - settings.warmup() + 1)
                    + " of " + settings.runs() + ")" : " (warm-up)"));
            Clock clock = new Clock();
            ErrorOutcome outcome = ErrorStep.run(result, ErrorSettings.defaults(), ProgressListener.NONE,
                    CancellationToken.none());
            if (measured) {
                clock.stopInto(analysis);
            }
            if (outcome.report().isEmpty()) {
                throw new IllegalStateException(outcome.skippedBecause().orElseThrow());
            }
            clock = new Clock();
            ThresholdSweep.of(predictions);
            if (measured) {
                clock.stopInto(sweep);
            }
        }
        return new ErrorFigures(analysis.timing(), sweep.timing(), predictions.size());
    }
}
