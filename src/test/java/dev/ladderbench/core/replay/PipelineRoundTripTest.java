package dev.ladderbench.core.replay;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.CancelledException;
import dev.ladderbench.core.ProgressListener;

import dev.ladderbench.core.Version;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.finding.FindingCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineRoundTripTest {

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void theSavedPipelineScoresEveryRowBitIdenticallyToTheFittedOne(ModelKind kind) {
        PipelineFitter.Fit fit = CreditPipelines.fit(kind);

        double[] replayed = CreditPipelines.scoreRows(fit.pipeline(), CreditPipelines.dataset());

        assertThat(replayed).containsExactly(fit.fitted().positiveProbability(fit.positions()));
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void aReloadedPipelineEqualsTheSavedOne(ModelKind kind, @TempDir Path dir) throws Exception {
        SavedPipeline saved = CreditPipelines.pipeline(kind);
        Path file = dir.resolve("credit.lbp");

        PipelineFile.write(saved, file);
        LoadedPipeline loaded = PipelineFile.read(file);

        assertThat(loaded.findings()).isEmpty();
        // Every field is written, so equal entries mean equal pipelines (records of NaNs do not compare equal).
        assertThat(PipelineJson.manifest(loaded.pipeline())).isEqualTo(PipelineJson.manifest(saved));
        assertThat(PipelineJson.model(loaded.pipeline().model())).isEqualTo(PipelineJson.model(saved.model()));
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void aPipelineReloadedInANewProcessScoresEveryTrainingRowExactlyAsInMemory(ModelKind kind, @TempDir Path dir)
            throws Exception {
        PipelineFitter.Fit fit = CreditPipelines.fit(kind);
        Path file = dir.resolve("credit.lbp");
        Path scores = dir.resolve("scores.txt");
        PipelineFile.write(fit.pipeline(), file);

        NewProcess.run("score", file.toString(), CreditPipelines.CREDIT.toString(), scores.toString());

        double[] inOtherProcess = Files.readAllLines(scores).stream()
                .mapToDouble(hex -> Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16))).toArray();
        double[] inMemory = fit.fitted().positiveProbability(fit.positions());
        assertThat(inOtherProcess).hasSize(1000);
        assertThat(Arrays.equals(inOtherProcess, inMemory)).as("bit-identical scores").isTrue();
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void aPipelineReadBackRightAfterSavingScoresEveryRowAsTheSavedOne(ModelKind kind, @TempDir Path dir)
            throws Exception {
        SavedPipeline saved = CreditPipelines.pipeline(kind);
        Path file = dir.resolve("credit.lbp");
        PipelineFile.write(saved, file);

        PipelineRoundTrip trip = PipelineRoundTrip.check(saved, file, CreditPipelines.dataset(),
                ProgressListener.NONE, CancellationToken.none());

        assertThat(trip.rows()).isEqualTo(1000);
        assertThat(trip.matched()).as("%d rows differ", trip.differing()).isTrue();
        assertThat(trip.reloaded().file()).isEqualTo(file);
    }

    @Test
    void comparingReportsItsProgressAndStopsWhenCancelled(@TempDir Path dir) throws Exception {
        SavedPipeline saved = CreditPipelines.pipeline(ModelKind.LINEAR);
        Path file = dir.resolve("credit.lbp");
        PipelineFile.write(saved, file);
        List<Double> fractions = new CopyOnWriteArrayList<>();
        CancellationToken cancel = new CancellationToken();

        PipelineRoundTrip.check(saved, file, CreditPipelines.dataset(), (fraction, message) -> fractions.add(fraction),
                CancellationToken.none());
        cancel.cancel();

        assertThat(fractions).contains(1.0);
        assertThatThrownBy(() -> PipelineRoundTrip.check(saved, file, CreditPipelines.dataset(), ProgressListener.NONE,
                cancel)).isInstanceOf(CancelledException.class);
    }

    @Test
    void aFileHoldingAnotherPipelineIsCountedAsDiffering(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("credit.lbp");
        PipelineFile.write(CreditPipelines.pipeline(ModelKind.LINEAR), file);

        PipelineRoundTrip trip = PipelineRoundTrip.check(CreditPipelines.pipeline(ModelKind.FOREST), file,
                CreditPipelines.dataset(), ProgressListener.NONE, CancellationToken.none());

        assertThat(trip.differing()).isEqualTo(1000);
        assertThat(trip.matched()).isFalse();
    }

    @Test
    void theSamePipelineGivesTheSameBytes(@TempDir Path dir) throws Exception {
        SavedPipeline saved = CreditPipelines.pipeline(ModelKind.FOREST);

        PipelineFile.write(saved, dir.resolve("a.lbp"));
        PipelineFile.write(saved, dir.resolve("b.lbp"));

        assertThat(Files.readAllBytes(dir.resolve("a.lbp"))).isEqualTo(Files.readAllBytes(dir.resolve("b.lbp")));
    }

    @Test
    void aFileFromAnotherVersionInTheSameFormatLoadsWithAVersionMismatch(@TempDir Path dir) throws Exception {
        SavedPipeline saved = CreditPipelines.pipeline(ModelKind.LINEAR);
        SavedPipeline older = new SavedPipeline(saved.formatVersion(), "0.0.1-older", saved.smileVersion(),
                saved.seed(), saved.dataFile(), saved.dataSha256(), saved.rows(), saved.target(), saved.classLabels(),
                saved.positiveLabel(), saved.threshold(), saved.excluded(), saved.features(), saved.model());
        Path file = dir.resolve("older.lbp");
        PipelineFile.write(older, file);

        LoadedPipeline loaded = PipelineFile.read(file);

        assertThat(loaded.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.VERSION_MISMATCH);
            assertThat(f.detail()).contains("0.0.1-older").contains(Version.current());
        });
        assertThat(CreditPipelines.scoreRows(loaded.pipeline(), CreditPipelines.dataset()))
                .containsExactly(CreditPipelines.scoreRows(saved, CreditPipelines.dataset()));
    }

    @Test
    void theManifestRecordsWhereThePipelineCameFrom() {
        SavedPipeline saved = CreditPipelines.pipeline(ModelKind.FOREST);

        assertThat(saved.dataSha256()).hasSize(64);
        assertThat(saved.rows()).isEqualTo(1000);
        assertThat(saved.classLabels()).containsExactlyInAnyOrder("good", "bad");
        assertThat(saved.positiveLabel()).isEqualTo("bad");
        assertThat(saved.features()).hasSize(20);
        assertThat(saved.features().get(0)).isInstanceOfSatisfying(NumericFeature.class,
                f -> assertThat(f.quantiles()).hasSize(11));
    }

    @Test
    void aTargetWithNoSuchPositiveLabelIsOneSentence() {
        var request = new PipelineRequest("class", java.util.Optional.of("yes"), java.util.Set.of(), ModelKind.LINEAR,
                0.5, 42);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PipelineFitter.fit(CreditPipelines.dataset(), request,
                        dev.ladderbench.core.ProgressListener.NONE, dev.ladderbench.core.CancellationToken.none()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The positive class 'yes' is not a value of 'class' in weka_credit_g.csv; its values are"
                        + " good, bad.");
    }
}
