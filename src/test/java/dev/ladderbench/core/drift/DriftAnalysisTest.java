package dev.ladderbench.core.drift;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.CancelledException;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.data.InvalidInputException;
import dev.ladderbench.core.data.LevelCount;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DriftAnalysisTest {

    private static final int ROWS = 2000;

    @TempDir
    static Path directory;
    private static Dataset training;

    @BeforeAll
    static void writeTrainingFile() throws Exception {
        training = read(DriftFiles.training(directory, ROWS));
    }

    static Dataset read(Path file) throws InvalidInputException {
        return new CsvDatasetReader().read(file, CsvReadOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none()).dataset();
    }

    static DriftRequest request(Dataset production, Optional<Scorer> scorer) {
        return new DriftRequest(training, production, Optional.of(new DriftTarget("y", "1")), Set.of(), scorer,
                Optional.of("day"), OptionalInt.empty(), DriftThresholds.defaults());
    }

    static Optional<Scorer> model(RungId rung) {
        return Optional.of(new RungScorer(rung, "y", "1", Set.of("day"), LadderSettings.defaults()));
    }

    private static DriftResult run(DriftFiles.Production kind, Optional<Scorer> scorer) throws Exception {
        Dataset production = read(DriftFiles.production(directory, ROWS, kind));
        return DriftAnalysis.run(request(production, scorer), ProgressListener.NONE, CancellationToken.none());
    }

    private static Optional<Finding> finding(DriftResult result, FindingCode code) {
        return result.findings().stream().filter(f -> f.code() == code).findFirst();
    }

    @Test
    void bothDriftedFeaturesFailAndNoOtherFeatureWarns() throws Exception {
        DriftResult result = run(DriftFiles.Production.DRIFTED, Optional.empty());

        assertThat(result.features()).extracting(FeatureDrift::column)
                .containsExactly("age", "income", "score", "tenure", "channel");
        assertThat(result.features()).filteredOn(f -> f.status() != DriftStatus.OK).extracting(FeatureDrift::column)
                .containsExactlyInAnyOrder("age", "income");
        assertThat(result.feature("age").orElseThrow().status()).isEqualTo(DriftStatus.FAIL);
        assertThat(result.feature("income").orElseThrow().status()).isEqualTo(DriftStatus.FAIL);
        Finding drift = finding(result, FindingCode.FEATURE_DRIFT).orElseThrow();
        assertThat(drift.severity()).isEqualTo(Severity.FAIL);
        assertThat(drift.columns()).containsExactlyInAnyOrder("age", "income");
    }

    @Test
    void theUnseenCategoryIsReportedWithItsRowCount() throws Exception {
        DriftResult result = run(DriftFiles.Production.DRIFTED, Optional.empty());

        CategoricalDrift channel = (CategoricalDrift) result.feature("channel").orElseThrow();
        assertThat(channel.unseen()).containsExactly(new LevelCount("app", DriftFiles.UNSEEN_APP_ROWS));
        Finding unseen = finding(result, FindingCode.UNSEEN_CATEGORY).orElseThrow();
        assertThat(unseen.columns()).containsExactly("channel");
        assertThat(unseen.detail()).contains("'app' in 25 rows");
    }

    @Test
    void driftBeyondTheFailLimitRecommendsRetraining() throws Exception {
        DriftResult result = run(DriftFiles.Production.DRIFTED, Optional.empty());

        assertThat(result.retraining().recommended()).isTrue();
        assertThat(result.retraining().reasons()).singleElement().asString().contains("age", "income");
    }

    @Test
    void aNoDriftControlRaisesNothing() throws Exception {
        DriftResult result = run(DriftFiles.Production.SAME, model(RungId.FOREST));

        assertThat(result.findings()).isEmpty();
        assertThat(result.features()).allMatch(f -> f.status() == DriftStatus.OK);
        assertThat(result.retraining().recommended()).isFalse();
        assertThat(result.prediction()).isPresent();
        assertThat(result.performance()).isPresent();
    }

    @Test
    void aChangedSchemaFailsNamingTheColumns() throws Exception {
        DriftResult result = run(DriftFiles.Production.SCHEMA_CHANGED, model(RungId.LINEAR));

        Finding schema = finding(result, FindingCode.SCHEMA_MISMATCH).orElseThrow();
        assertThat(schema.severity()).isEqualTo(Severity.FAIL);
        assertThat(schema.columns()).containsExactly("tenure", "region", "channel");
        assertThat(result.schema().missing()).containsExactly("tenure");
        assertThat(result.schema().extra()).containsExactly("region");
        assertThat(result.schema().retyped()).containsExactly(new RetypedColumn("channel", "categorical", "numeric"));
        assertThat(result.features()).extracting(FeatureDrift::column).containsExactly("age", "income", "score");
        assertThat(result.prediction()).isEmpty();
        assertThat(result.notes()).singleElement().asString().contains("tenure", "channel");
    }

    @Test
    void labelledProductionWhoseRelationTurnedFailsWithAPerformanceDrop() throws Exception {
        DriftResult result = run(DriftFiles.Production.CONCEPT_SHIFT, model(RungId.LINEAR));

        ProductionPerformance performance = result.performance().orElseThrow();
        assertThat(performance.drop()).isGreaterThan(0.05);
        Finding drop = finding(result, FindingCode.PERFORMANCE_DROP).orElseThrow();
        assertThat(drop.severity()).isEqualTo(Severity.FAIL);
        assertThat(result.retraining().recommended()).isTrue();
        assertThat(finding(result, FindingCode.FEATURE_DRIFT)).isEmpty();
    }

    @Test
    void windowsInTimeOrderShowWhenTheAucFell() throws Exception {
        DriftResult result = run(DriftFiles.Production.CONCEPT_SHIFT, model(RungId.LINEAR));

        List<AucWindow> windows = result.performance().orElseThrow().windows();
        assertThat(windows).hasSize(10);
        assertThat(windows.get(0).from()).isEqualTo("31");
        assertThat(windows.get(9).to()).isEqualTo("60");
        assertThat(windows.subList(0, 5)).allMatch(w -> w.auc() > 0.75);
        assertThat(windows.subList(5, 10)).allMatch(w -> w.auc() < 0.25);
    }

    @Test
    void thePredictionsOfAModelFedDriftedFeaturesDrift() throws Exception {
        DriftResult result = run(DriftFiles.Production.DRIFTED, model(RungId.FOREST));

        assertThat(result.prediction().orElseThrow().psi()).isGreaterThan(0.1);
        assertThat(finding(result, FindingCode.PREDICTION_DRIFT)).isPresent();
    }

    @Test
    void progressIsReportedPerFeature() throws Exception {
        Dataset production = read(DriftFiles.production(directory, ROWS, DriftFiles.Production.SAME));
        List<String> messages = new ArrayList<>();

        DriftAnalysis.run(request(production, Optional.empty()), (fraction, message) -> {
            synchronized (messages) {
                messages.add(message);
            }
        }, CancellationToken.none());

        assertThat(messages).contains("Compared 1 of 5 features", "Compared 5 of 5 features");
    }

    @Test
    void aCancelledAnalysisStops() throws Exception {
        Dataset production = read(DriftFiles.production(directory, ROWS, DriftFiles.Production.SAME));
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();

        assertThatThrownBy(() -> DriftAnalysis.run(request(production, model(RungId.FOREST)), ProgressListener.NONE,
                cancel)).isInstanceOf(CancelledException.class);
    }

    @Test
    void aTimeColumnProductionLacksIsAnInputError() throws Exception {
        Dataset production = read(DriftFiles.production(directory, ROWS, DriftFiles.Production.SAME));
        DriftRequest request = new DriftRequest(training, production, Optional.empty(), Set.of(), Optional.empty(),
                Optional.of("dya"), OptionalInt.empty(), DriftThresholds.defaults());

        assertThatThrownBy(() -> DriftAnalysis.run(request, ProgressListener.NONE, CancellationToken.none()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("day");
    }
}
