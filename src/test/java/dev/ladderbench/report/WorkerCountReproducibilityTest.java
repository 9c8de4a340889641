package dev.ladderbench.report;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.Workers;
import dev.ladderbench.core.analysis.ErrorSettings;
import dev.ladderbench.core.analysis.ErrorStep;
import dev.ladderbench.core.analysis.PredictionSource;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.drift.DriftAnalysis;
import dev.ladderbench.core.drift.DriftFiles;
import dev.ladderbench.core.drift.DriftRequest;
import dev.ladderbench.core.drift.DriftTarget;
import dev.ladderbench.core.drift.DriftThresholds;
import dev.ladderbench.core.drift.RungScorer;
import dev.ladderbench.core.ladder.Ladder;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same seed and data give the same JSON bytes on any number of cores: every parallel sum (the logistic
 * loss over row blocks, folds, probe features, trees, drifted features) is combined in a fixed order. The
 * 4,000 training rows make the loss several blocks, and the error analysis of the linear model carries its
 * coefficients into the report through every out-of-fold probability.
 */
class WorkerCountReproducibilityTest {

    @TempDir
    static Path directory;

    private static Dataset training;
    private static Dataset production;
    private static String ladderOnOneThread;
    private static String driftOnOneThread;

    @BeforeAll
    static void climbOnOneThread() throws Exception {
        training = read(DriftFiles.training(directory, 4000));
        production = read(DriftFiles.production(directory, 2000, DriftFiles.Production.DRIFTED));
        ladderOnOneThread = onThreads(1, WorkerCountReproducibilityTest::ladderJson);
        driftOnOneThread = onThreads(1, WorkerCountReproducibilityTest::driftJson);
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 3})
    void theLadderWritesTheBytesOfOneThread(int threads) throws Exception {
        assertThat(onThreads(threads, WorkerCountReproducibilityTest::ladderJson)).isEqualTo(ladderOnOneThread)
                .contains("\"model\" : \"linear\"");
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {2, 3})
    void driftWritesTheBytesOfOneThread(int threads) throws Exception {
        assertThat(onThreads(threads, WorkerCountReproducibilityTest::driftJson)).isEqualTo(driftOnOneThread)
                .contains("\"prediction_drift\"");
    }

    private static String ladderJson() throws Exception {
        LadderRequest request = new LadderRequest(training, "y", Optional.of("1"), Set.of("day"),
                LadderSettings.defaults());
        LadderResult climbed = Ladder.climbAll(request, ProgressListener.NONE, CancellationToken.none());
        ErrorSettings linear = new ErrorSettings(RungId.LINEAR, PredictionSource.OUT_OF_FOLD, 0.5);
        LadderResult result = ErrorStep.run(climbed, linear, ProgressListener.NONE, CancellationToken.none())
                .report().map(climbed::withErrors).orElseThrow();
        return JsonReport.of(result).withoutTimings().toJson();
    }

    private static String driftJson() throws Exception {
        DriftRequest request = new DriftRequest(training, production, Optional.of(new DriftTarget("y", "1")), Set.of(),
                Optional.of(new RungScorer(RungId.LINEAR, "y", "1", Set.of("day"), LadderSettings.defaults())),
                Optional.of("day"), OptionalInt.empty(), DriftThresholds.defaults());
        return DriftJson.of(DriftAnalysis.run(request, ProgressListener.NONE, CancellationToken.none()))
                .withoutTimings().toJson();
    }

    /** Runs {@code work} on a pool of its own, which the model work inside it then uses for all its threads. */
    private static String onThreads(int threads, Callable<String> work) {
        return new Workers(threads).call(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Dataset read(Path file) throws Exception {
        return new CsvDatasetReader().read(file, CsvReadOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none()).dataset();
    }
}
