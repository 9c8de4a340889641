package dev.ladderbench.core;

import dev.ladderbench.core.analysis.ErrorSettings;
import dev.ladderbench.core.analysis.ErrorStep;
import dev.ladderbench.core.analysis.PredictionSource;
import dev.ladderbench.core.bench.SyntheticCsv;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.drift.DriftAnalysis;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cancel takes effect within a second in every long operation: the token is cancelled from the work's own
 * progress report, once the work is under way, and the call must end with {@link CancelledException} within
 * a second of it. A behavioural bound on generous data, not a benchmark.
 */
class CancelWithinASecondTest {

    private static final long SECOND = 1_000_000_000L;

    @TempDir
    static Path dir;

    private static Dataset wide;

    @BeforeAll
    static void writeTheData() throws Exception {
        Path file = dir.resolve("synthetic-100k-20.csv");
        SyntheticCsv.write(file, 100_000, 20, 0.05, 7);
        wide = new CsvDatasetReader().read(file, CsvReadOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none()).dataset();
    }

    @FunctionalInterface
    interface Operation {
        void run(ProgressListener progress, CancellationToken cancel) throws Exception;
    }

    /**
     * Runs {@code operation}, cancels it at its first progress report at or past {@code from}, and returns the
     * nanoseconds from the cancel to the call's end, which must be a {@link CancelledException}.
     */
    static long cancelLatency(String what, double from, Operation operation) {
        CancellationToken cancel = new CancellationToken();
        AtomicLong cancelledAt = new AtomicLong();
        ProgressListener cancelling = (fraction, message) -> {
            if (fraction >= from && cancelledAt.get() == 0) {
                cancelledAt.set(System.nanoTime());
                cancel.cancel();
            }
        };
        assertThatThrownBy(() -> operation.run(cancelling, cancel)).isInstanceOf(CancelledException.class);
        long latency = System.nanoTime() - cancelledAt.get();
        assertThat(cancelledAt.get()).as("cancelled mid-run").isNotZero();
        System.out.printf("cancel latency, %s: %.0f ms%n", what, latency / 1e6);
        return latency;
    }

    private static LadderRequest request() {
        return new LadderRequest(wide, "target", Optional.empty(), Set.of(), LadderSettings.defaults());
    }

    @Test
    void loadingAMillionRowCsvStopsWithinASecond() throws Exception {
        Path file = dir.resolve("synthetic-1m-5.csv");
        SyntheticCsv.write(file, 1_000_000, 5, 0.05, 11);

        long latency = cancelLatency("loading 1M rows", 0.3, (progress, cancel) ->
                new CsvDatasetReader().read(file, CsvReadOptions.defaults(), progress, cancel));

        assertThat(latency).isLessThan(SECOND);
    }

    /** Each rung cancelled as its folds start (while they preprocess) and once some are done (while models fit). */
    static Stream<Arguments> rungsAndMoments() {
        return Stream.of(RungId.values()).flatMap(rung -> Stream.of(Arguments.of(rung, 0.0), Arguments.of(rung, 0.3)));
    }

    @ParameterizedTest(name = "{0} cancelled at {1}")
    @MethodSource("rungsAndMoments")
    void everyRungOnAHundredThousandRowsStopsWithinASecond(RungId rung, double at) {
        long latency = cancelLatency("rung " + rung.label() + " at " + at, at, (progress, cancel) ->
                Ladder.climb(rung, request(), Map.of(), progress, cancel));

        assertThat(latency).isLessThan(SECOND);
    }

    @Test
    void errorAnalysisOnAHoldoutStopsWithinASecond() throws Exception {
        LadderRequest request = request();
        LadderResult climbed = Ladder.result(request, List.of(Ladder.climb(RungId.LINEAR, request, Map.of(),
                ProgressListener.NONE, CancellationToken.none())), Set.of(), Optional.empty());

        long latency = cancelLatency("error analysis (holdout refit)", -1, (progress, cancel) ->
                ErrorStep.run(climbed, new ErrorSettings(RungId.LINEAR, PredictionSource.HOLDOUT, 0.5), progress, cancel));

        assertThat(latency).isLessThan(SECOND);
    }

    @Test
    void driftWithTheForestScoringBothFilesStopsWithinASecond() {
        DriftRequest request = new DriftRequest(wide, wide, Optional.of(new DriftTarget("target", "1")), Set.of(),
                Optional.of(new RungScorer(RungId.FOREST, "target", "1", Set.of(), LadderSettings.defaults())),
                Optional.empty(), OptionalInt.empty(), DriftThresholds.defaults());

        long latency = cancelLatency("drift", 0.3, (progress, cancel) -> DriftAnalysis.run(request, progress, cancel));

        assertThat(latency).isLessThan(SECOND);
    }
}
