package dev.ladderbench.core.ladder;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.analysis.ErrorOutcome;
import dev.ladderbench.core.analysis.ErrorSettings;
import dev.ladderbench.core.analysis.ErrorStep;
import dev.ladderbench.core.analysis.Predictions;
import dev.ladderbench.core.model.ModelData;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The model rungs on a capped, stratified sample (credit-g: 1,000 rows, 300 bad), and what says so. */
class ModelSampleTest {

    private static LadderRequest request(int sampleRows) {
        SharedCase c = SharedCase.named("weka_credit_g");
        return new LadderRequest(c.dataset(), c.target(), Optional.of("bad"), Set.of(),
                LadderSettings.defaults().withSampleRows(sampleRows));
    }

    private static LadderResult climb(LadderRequest request) throws Exception {
        return Ladder.climbAll(request, ProgressListener.NONE, CancellationToken.none());
    }

    @Test
    void aCapBelowTheLabelledRowsFitsEveryModelRungOnASampleOfThatSize() throws Exception {
        LadderResult result = climb(request(400));

        for (RungId rung : new RungId[]{RungId.BASELINE, RungId.LINEAR, RungId.FOREST}) {
            ModelFigures m = SharedCase.model(result, rung);
            assertThat(m.rows()).isEqualTo(new ModelRows(400, 1000, 42));
            assertThat(m.outOfFold().orElseThrow().size()).isEqualTo(400);
        }
        assertThat(SharedCase.sanity(result).probeRows().sampled()).isTrue();
    }

    @Test
    void rungZerosRowChecksStillCoverEveryRow() throws Exception {
        SanityFigures sanity = SharedCase.sanity(climb(request(400)));

        assertThat(sanity.rows()).isEqualTo(1000);
        assertThat(sanity.classCounts()).extracting(c -> c.count()).containsExactly(700, 300);
    }

    @Test
    void theSampleKeepsTheClassShares() throws Exception {
        ModelFigures linear = SharedCase.model(climb(request(400)), RungId.LINEAR);

        assertThat(linear.prevalence()).isEqualTo(0.3);
    }

    @Test
    void twoClimbsWithTheSameSeedSampleTheSameRowsAndGiveEqualFigures() throws Exception {
        ModelFigures first = SharedCase.model(climb(request(400)), RungId.FOREST);
        ModelFigures second = SharedCase.model(climb(request(400)), RungId.FOREST);

        assertThat(second.rocAuc()).isEqualTo(first.rocAuc());
        assertThat(second.outOfFold()).isEqualTo(first.outOfFold());
    }

    @Test
    void theErrorStepAnalysesTheSampledRowsTheRungsScored() throws Exception {
        LadderResult result = climb(request(400));
        Predictions outOfFold = SharedCase.model(result, RungId.FOREST).outOfFold().orElseThrow();

        ErrorOutcome errors = ErrorStep.run(result, ErrorSettings.defaults(), ProgressListener.NONE,
                CancellationToken.none());

        assertThat(errors.report().orElseThrow().rowsScored()).isEqualTo(400);
        assertThat(ModelSample.of(result.request(), "bad").datasetRows(new int[]{0, 399}))
                .containsExactly(outOfFold.datasetRow(0), outOfFold.datasetRow(399));
    }

    @Test
    void noCapOrACapAboveTheRowsModelsEveryRow() throws Exception {
        assertThat(SharedCase.model(climb(request(0)), RungId.BASELINE).rows()).isEqualTo(ModelRows.all(1000, 42));
        assertThat(SharedCase.model(climb(request(5000)), RungId.BASELINE).rows().sampled()).isFalse();
    }

    @Test
    void driftAndThePipelineSampleTheSameRowsAsTheRungs() {
        LadderRequest request = request(400);
        ModelData all = ModelData.of(request.dataset(), request.target(), "bad", Set.of());
        int[] positions = java.util.stream.IntStream.range(0, 400).toArray();

        assertThat(ModelSample.of(all, request.settings()).datasetRows(positions))
                .containsExactly(ModelSample.of(request, "bad").datasetRows(positions));
    }
}
