package dev.ladderbench.core.checklist;

import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.data.CsvDatasetReader;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.drift.DriftAnalysis;
import dev.ladderbench.core.drift.DriftFiles;
import dev.ladderbench.core.drift.DriftRequest;
import dev.ladderbench.core.drift.DriftResult;
import dev.ladderbench.core.drift.DriftTarget;
import dev.ladderbench.core.drift.DriftThresholds;
import dev.ladderbench.core.drift.RungScorer;
import dev.ladderbench.core.drift.Scorer;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.replay.LoadedPipeline;
import dev.ladderbench.core.replay.PipelineRoundTrip;
import dev.ladderbench.report.LadderFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The production items evaluated from drift comparisons of generated files and from pipeline round trips. */
class ProductionChecklistTest {

    private static final int ROWS = 2000;

    @TempDir
    static Path directory;
    private static Dataset training;

    @BeforeAll
    static void writeTrainingFile() throws Exception {
        training = read(DriftFiles.training(directory, ROWS));
    }

    @Test
    void aDriftedFileFailsFeatureDriftNamingTheDriftedColumns() throws Exception {
        ChecklistItem item = item(drift(DriftFiles.Production.DRIFTED, Optional.empty()), "feature-drift-monitored");

        assertThat(item.status()).isEqualTo(ChecklistStatus.FAIL);
        assertThat(item.evidence()).startsWith("PSI and KS (chi-square for categories) computed for 5 features of"
                + " production-drifted.csv against training.csv: worst ").contains("age ").contains("income ")
                .contains("(feature-drift)").doesNotContain("tenure");
    }

    @Test
    void aFileWithoutDriftPassesFeatureDriftWithItsWorstPsi() throws Exception {
        ChecklistItem item = item(drift(DriftFiles.Production.SAME, Optional.empty()), "feature-drift-monitored");

        assertThat(item.status()).isEqualTo(ChecklistStatus.PASS);
        assertThat(item.evidence()).matches(".*computed for 5 features of production-same.csv against training.csv:"
                + " worst \\w+ 0\\.0\\d\\d, none above 0\\.1\\.");
    }

    @Test
    void withoutEvidenceEveryProductionItemStaysManualWithWhatToCheck() {
        List<ChecklistItem> items = ChecklistEvaluator.evaluate(LadderFixtures.withErrors(), Map.of(), Map.of(),
                ProductionEvidence.NONE).production();

        assertThat(items).hasSize(8).allSatisfy(item -> {
            assertThat(item.status()).isEqualTo(ChecklistStatus.MANUAL);
            assertThat(item.evidence()).startsWith("Check that");
        });
    }

    @Test
    void alertsStayManualEvenWithADriftComparison() throws Exception {
        ChecklistItem item = item(drift(DriftFiles.Production.SAME, Optional.empty()), "alerts-tested");

        assertThat(item.status()).isEqualTo(ChecklistStatus.MANUAL);
        assertThat(item.evidence()).startsWith("Check that");
    }

    @Test
    void aChangedSchemaFailsSchemaValidationNamingTheColumns() throws Exception {
        ChecklistItem item = item(drift(DriftFiles.Production.SCHEMA_CHANGED, Optional.empty()), "schema-validated");

        assertThat(item.status()).isEqualTo(ChecklistStatus.FAIL);
        assertThat(item.evidence()).contains("production-schema_changed.csv").contains("tenure").contains("region")
                .contains("channel").endsWith("(schema-mismatch).");
    }

    @Test
    void aMatchingSchemaPassesSchemaValidation() throws Exception {
        assertThat(item(drift(DriftFiles.Production.DRIFTED, Optional.empty()), "schema-validated").status())
                .isEqualTo(ChecklistStatus.PASS);
    }

    @Test
    void unseenCategoriesAreCountedAndTheDetectionPasses() throws Exception {
        ChecklistItem item = item(drift(DriftFiles.Production.DRIFTED, Optional.empty()), "ood-detected");

        assertThat(item.status()).isEqualTo(ChecklistStatus.PASS);
        assertThat(item.evidence()).startsWith("Detection is in place: the comparison checked 4 numeric features")
                .contains(DriftFiles.UNSEEN_APP_ROWS + " rows of unseen levels in channel (unseen-category)");
    }

    @Test
    void theRetrainTriggerPassesWithItsLimitsAndRecommendsRetrainingAfterDrift() throws Exception {
        ChecklistItem item = item(drift(DriftFiles.Production.DRIFTED, Optional.empty()), "retrain-trigger");

        assertThat(item.status()).isEqualTo(ChecklistStatus.PASS);
        assertThat(item.evidence()).contains("AUC drop > 0.05 or PSI > 0.25")
                .contains("it recommends retraining now. PSI above 0.25 in age");
    }

    @Test
    void theRetrainTriggerSaysNoRetrainingIsNeededWithoutDrift() throws Exception {
        assertThat(item(drift(DriftFiles.Production.SAME, Optional.empty()), "retrain-trigger").evidence())
                .endsWith("no retraining needed now.");
    }

    @Test
    void withoutAModelPredictionsAndRollingAucStayManualAndSayWhy() throws Exception {
        ProductionEvidence evidence = drift(DriftFiles.Production.SAME, Optional.empty());

        assertThat(item(evidence, "predictions-monitored").status()).isEqualTo(ChecklistStatus.MANUAL);
        assertThat(item(evidence, "predictions-monitored").evidence()).startsWith("The comparison with"
                + " production-same.csv scored no model");
        assertThat(item(evidence, "rolling-auc").status()).isEqualTo(ChecklistStatus.MANUAL);
    }

    @Test
    void aModelOnUnchangedLabelledDataPassesPredictionsAndRollingAuc() throws Exception {
        ProductionEvidence evidence = drift(DriftFiles.Production.SAME, model());

        assertThat(item(evidence, "predictions-monitored").status()).isEqualTo(ChecklistStatus.PASS);
        assertThat(item(evidence, "rolling-auc").status()).isEqualTo(ChecklistStatus.PASS);
        assertThat(item(evidence, "rolling-auc").evidence()).contains("windows of").contains("ordered by day");
    }

    @Test
    void aConceptShiftFailsTheRollingAucWithTheDrop() throws Exception {
        ChecklistItem item = item(drift(DriftFiles.Production.CONCEPT_SHIFT, model()), "rolling-auc");

        assertThat(item.status()).isEqualTo(ChecklistStatus.FAIL);
        assertThat(item.evidence()).contains("in training cross-validation, a drop of").endsWith("(performance-drop).");
    }

    @ParameterizedTest(name = "{0} differing rows")
    @ValueSource(ints = {0, 3})
    void aPipelineSavedAndReadBackPassesOnlyWhenItsScoresMatch(int differing) {
        PipelineRoundTrip trip = new PipelineRoundTrip(new LoadedPipeline(Path.of("credit.lbp"), null, List.of()),
                "credit.csv", 1000, differing);

        ChecklistItem item = item(new ProductionEvidence(Optional.empty(), Optional.of(trip)), "pipeline-serialised");

        assertThat(item.status()).isEqualTo(differing == 0 ? ChecklistStatus.PASS : ChecklistStatus.FAIL);
        assertThat(item.evidence()).startsWith("credit.lbp was saved and read back in this session")
                .contains(differing == 0 ? "all 1000 rows of credit.csv" : "3 of 1000 rows of credit.csv");
    }

    @Test
    void aPersonsNoteStaysOnAnEvaluatedItem() throws Exception {
        ManualCheck note = new ManualCheck(true, "Runs nightly.");

        ChecklistItem item = ChecklistEvaluatorTest.item(ChecklistEvaluator.evaluate(LadderFixtures.withErrors(),
                Map.of("feature-drift-monitored", note), Map.of(), drift(DriftFiles.Production.SAME, Optional.empty())),
                "feature-drift-monitored");

        assertThat(item.status()).isEqualTo(ChecklistStatus.PASS);
        assertThat(item.check()).isEqualTo(note);
    }

    private static ChecklistItem item(ProductionEvidence evidence, String id) {
        return ChecklistEvaluatorTest.item(ChecklistEvaluator.evaluate(LadderFixtures.withErrors(), Map.of(),
                Map.of(), evidence), id);
    }

    private static ProductionEvidence drift(DriftFiles.Production kind, Optional<Scorer> scorer) throws Exception {
        Dataset production = read(DriftFiles.production(directory, ROWS, kind));
        DriftRequest request = new DriftRequest(training, production, Optional.of(new DriftTarget("y", "1")),
                Set.of(), scorer, Optional.of("day"), OptionalInt.empty(), DriftThresholds.defaults());
        DriftResult result = DriftAnalysis.run(request, ProgressListener.NONE, CancellationToken.none());
        return new ProductionEvidence(Optional.of(result), Optional.empty());
    }

    private static Optional<Scorer> model() {
        return Optional.of(new RungScorer(RungId.LINEAR, "y", "1", Set.of("day"), LadderSettings.defaults()));
    }

    private static Dataset read(Path file) throws Exception {
        return new CsvDatasetReader().read(file, CsvReadOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none()).dataset();
    }
}
