package dev.ladderbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladderbench.core.Version;
import dev.ladderbench.core.checklist.Checklist;
import dev.ladderbench.core.checklist.ChecklistEvaluator;
import dev.ladderbench.core.checklist.ManualCheck;
import dev.ladderbench.core.ladder.LadderResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JsonReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode parse(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void topLevelKeysFollowTheReportV1Order() throws IOException {
        JsonNode root = parse(JsonReport.of(LadderFixtures.failing()).toJson());

        assertThat(keys(root)).containsExactly("schema", "dataset", "settings", "rungs", "findings", "checklist",
                "overrides", "versions", "generated_by");
        assertThat(root.get("schema").asText()).isEqualTo("ladderbench/report-v1");
        assertThat(root.get("generated_by").asText()).isEqualTo("Ladderbench " + Version.current());
        assertThat(keys(root.get("versions"))).containsExactly("ladderbench", "java", "smile");
        assertThat(root.at("/versions/smile").asText()).isEqualTo("3.1.1");
    }

    @Test
    void theErrorSectionsFollowTheFindingsOnlyWhenTheErrorStepRan() throws IOException {
        JsonNode root = parse(JsonReport.of(LadderFixtures.withErrors()).toJson());

        assertThat(keys(root)).containsExactly("schema", "dataset", "settings", "rungs", "findings", "error_analysis",
                "thresholds", "checklist", "overrides", "versions", "generated_by");
        assertThat(root.has("error_analysis")).isTrue();
        assertThat(parse(JsonReport.of(LadderFixtures.warning()).toJson()).has("error_analysis")).isFalse();
    }

    @Test
    void errorAnalysisReportsTheConfusionMatrixRatesAndConfidence() throws IOException {
        JsonNode errors = parse(JsonReport.of(LadderFixtures.withErrors()).toJson()).get("error_analysis");

        assertThat(keys(errors)).containsExactly("model", "predictions", "threshold", "rows_scored", "confusion",
                "fn_rate", "fp_rate", "precision", "recall", "f1", "at_0_5", "roc_auc", "pr_auc", "mean_confidence_fn", "mean_confidence_fp",
                "confidence_margin", "low_confidence_errors", "high_confidence_errors", "feature_comparison",
                "false_alarm_comparison", "histograms", "calibration");
        assertThat(errors.get("model").asText()).isEqualTo("forest");
        assertThat(errors.get("predictions").asText()).isEqualTo("out_of_fold");
        assertThat(errors.get("threshold").asDouble()).isEqualTo(0.5);
        assertThat(errors.get("rows_scored").asInt()).isEqualTo(8);
        assertThat(keys(errors.get("confusion"))).containsExactly("tp", "fp", "tn", "fn");
        assertThat(errors.at("/confusion/tp").asInt()).isEqualTo(2);
        assertThat(errors.at("/confusion/fp").asInt()).isEqualTo(1);
        assertThat(errors.at("/confusion/tn").asInt()).isEqualTo(4);
        assertThat(errors.at("/confusion/fn").asInt()).isEqualTo(1);
        assertThat(errors.get("fn_rate").asDouble()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(errors.get("fp_rate").asDouble()).isCloseTo(0.2, within(1e-15));
        assertThat(errors.get("mean_confidence_fn").asDouble()).isEqualTo(0.3);
        assertThat(errors.get("mean_confidence_fp").asDouble()).isEqualTo(0.6);
        // Both errors lie within 0.15 of 0.5 (0.3 does not: 0.2 away).
        assertThat(errors.get("low_confidence_errors").asInt()).isEqualTo(1);
        assertThat(errors.get("high_confidence_errors").asInt()).isEqualTo(1);
    }

    @Test
    void featureComparisonsNameTheLevelOfACategoricalFeatureOnly() throws IOException {
        JsonNode errors = parse(JsonReport.of(LadderFixtures.withErrors()).toJson()).get("error_analysis");

        // Caught positives are rows 6 (red, balance missing) and 7 (blue); the missed one is row 5 (blue).
        JsonNode red = find(errors.get("feature_comparison"), "colour", "red");
        assertThat(keys(red)).containsExactly("feature", "level", "mean_caught", "mean_missed", "std_caught",
                "effect", "flagged");
        assertThat(red.get("mean_caught").asDouble()).isEqualTo(0.5);
        assertThat(red.get("mean_missed").asDouble()).isEqualTo(0.0);
        assertThat(red.get("effect").asDouble()).isCloseTo(Math.sqrt(0.5), within(1e-12));
        assertThat(red.get("flagged").asBoolean()).isTrue();
        // One caught positive has a balance: no standard deviation, so no effect.
        JsonNode balance = find(errors.get("feature_comparison"), "balance", null);
        assertThat(balance.has("level")).isFalse();
        assertThat(balance.get("std_caught").isNull()).isTrue();
        assertThat(balance.get("effect").isNull()).isTrue();
        // False alarms: row 2 (balance 30) against rows 0, 1, 3, 4 (10, 20, 40, 50).
        JsonNode alarm = find(errors.get("false_alarm_comparison"), "balance", null);
        assertThat(keys(alarm)).containsExactly("feature", "mean_true_negative", "mean_false_positive",
                "std_true_negative", "effect", "flagged");
        assertThat(alarm.get("mean_true_negative").asDouble()).isEqualTo(30.0);
        assertThat(alarm.get("effect").asDouble()).isEqualTo(0.0);
    }

    private static JsonNode find(JsonNode comparison, String feature, String level) {
        for (JsonNode entry : comparison) {
            boolean sameLevel = level == null ? !entry.has("level") : level.equals(entry.path("level").asText());
            if (entry.get("feature").asText().equals(feature) && sameLevel) {
                return entry;
            }
        }
        throw new AssertionError("No contrast for " + feature + " " + level + " in " + comparison);
    }

    @Test
    void histogramsAndCalibrationCoverEveryScoredRow() throws IOException {
        JsonNode errors = parse(JsonReport.of(LadderFixtures.withErrors()).toJson()).get("error_analysis");

        JsonNode histograms = errors.get("histograms");
        assertThat(keys(histograms)).containsExactly("bins", "fn", "fp", "tp", "tn");
        assertThat(histograms.get("bins")).hasSize(21);
        assertThat(histograms.at("/bins/0").asDouble()).isEqualTo(0.0);
        assertThat(histograms.at("/bins/20").asDouble()).isEqualTo(1.0);
        int total = 0;
        for (String cell : List.of("fn", "fp", "tp", "tn")) {
            assertThat(histograms.get(cell)).hasSize(20);
            for (JsonNode count : histograms.get(cell)) {
                total += count.asInt();
            }
        }
        assertThat(total).isEqualTo(8);
        JsonNode calibration = errors.get("calibration");
        assertThat(keys(calibration)).containsExactly("bins", "brier");
        assertThat(keys(calibration.at("/bins/0"))).containsExactly("mean_predicted", "observed", "count");
        int calibrated = 0;
        for (JsonNode bin : calibration.get("bins")) {
            calibrated += bin.get("count").asInt();
        }
        assertThat(calibrated).isEqualTo(8);
        // Squared errors: .01 .04 .36 .0625 .2025 .49 .01 .09, over 8 rows.
        assertThat(calibration.get("brier").asDouble()).isCloseTo(1.265 / 8, within(1e-12));
    }

    @Test
    void thresholdsGiveEachSuggestionOnValidationPredictions() throws IOException {
        JsonNode thresholds = parse(JsonReport.of(LadderFixtures.withErrors()).toJson()).get("thresholds");

        assertThat(keys(thresholds)).containsExactly("at_0_5", "chosen", "best_f1", "youden", "recall_0_9", "cost_5",
                "chosen_on");
        assertThat(keys(thresholds.get("best_f1"))).containsExactly("threshold", "precision", "recall", "f1",
                "confusion", "fn_rate", "fp_rate");
        assertThat(thresholds.at("/at_0_5/threshold").asDouble()).isEqualTo(0.5);
        assertThat(thresholds.at("/at_0_5/f1").asDouble()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(thresholds.at("/best_f1/threshold").asDouble()).isEqualTo(0.7);
        assertThat(thresholds.at("/best_f1/f1").asDouble()).isCloseTo(0.8, within(1e-15));
        assertThat(thresholds.at("/youden/threshold").asDouble()).isEqualTo(0.7);
        assertThat(thresholds.at("/recall_0_9/threshold").asDouble()).isEqualTo(0.3);
        assertThat(thresholds.at("/recall_0_9/precision").asDouble()).isCloseTo(0.6, within(1e-15));
        assertThat(thresholds.at("/cost_5/threshold").asDouble()).isEqualTo(0.3);
        assertThat(thresholds.get("chosen_on").asText()).isEqualTo("validation (out-of-fold) predictions");
    }

    @Test
    void aChosenThresholdIsReportedBesideTheFiguresAtHalf() throws IOException {
        JsonNode root = parse(JsonReport.of(LadderFixtures.withErrorsAt(0.7)).toJson());

        JsonNode errors = root.get("error_analysis");
        assertThat(errors.get("threshold").asDouble()).isEqualTo(0.7);
        assertThat(errors.at("/confusion/fp").asInt()).isZero();
        assertThat(errors.get("f1").asDouble()).isCloseTo(0.8, within(1e-15));
        assertThat(errors.at("/at_0_5/threshold").asDouble()).isEqualTo(0.5);
        assertThat(errors.at("/at_0_5/confusion/fp").asInt()).isEqualTo(1);
        assertThat(errors.at("/at_0_5/fn_rate").asDouble()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(errors.at("/at_0_5/f1").asDouble()).isCloseTo(2.0 / 3, within(1e-15));
        JsonNode thresholds = root.get("thresholds");
        assertThat(thresholds.at("/chosen/threshold").asDouble()).isEqualTo(0.7);
        assertThat(thresholds.at("/chosen/confusion/tp").asInt()).isEqualTo(2);
        assertThat(thresholds.at("/chosen/fp_rate").asDouble()).isZero();
        assertThat(thresholds.at("/at_0_5/fp_rate").asDouble()).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void thresholdUntunedJoinsTheFindingsOnTheAnalysedRung() throws IOException {
        JsonNode findings = parse(JsonReport.of(LadderFixtures.withErrors()).toJson()).get("findings");

        JsonNode last = findings.get(findings.size() - 1);
        assertThat(last.get("code").asText()).isEqualTo("threshold-untuned");
        assertThat(last.get("severity").asText()).isEqualTo("warn");
        assertThat(last.get("rung").asText()).isEqualTo("forest");
        assertThat(last.at("/evidence/best_f1_threshold").asDouble()).isEqualTo(0.7);
    }

    @Test
    void equalErrorReportsGiveByteIdenticalJson() {
        assertThat(JsonReport.of(LadderFixtures.withErrors()).toJson())
                .isEqualTo(JsonReport.of(LadderFixtures.withErrors()).toJson());
    }

    @Test
    void datasetNamesTheFileItsHashTheTargetAndTheClassCounts() throws IOException {
        JsonNode dataset = parse(JsonReport.of(LadderFixtures.failing()).toJson()).get("dataset");

        assertThat(keys(dataset)).containsExactly("file", "sha256", "rows", "columns", "target", "task",
                "positive_label", "class_counts");
        assertThat(dataset.get("file").asText()).isEqualTo("toy.csv");
        assertThat(dataset.get("sha256").asText()).isEqualTo(LadderFixtures.SHA256);
        assertThat(dataset.get("rows").asInt()).isEqualTo(8);
        assertThat(dataset.get("columns").asInt()).isEqualTo(4);
        assertThat(dataset.get("task").asText()).isEqualTo("binary");
        assertThat(dataset.get("positive_label").asText()).isEqualTo("yes");
        assertThat(keys(dataset.get("class_counts"))).containsExactly("no", "yes");
        assertThat(dataset.at("/class_counts/yes").asInt()).isEqualTo(3);
    }

    @Test
    void settingsCarryEveryThresholdInForceInSnakeCase() throws IOException {
        JsonNode settings = parse(JsonReport.of(LadderFixtures.failing()).toJson()).get("settings");

        assertThat(keys(settings)).containsExactly("folds", "seed", "cv", "thresholds", "sample_rows");
        assertThat(settings.get("cv").asText()).isEqualTo("ordered");
        assertThat(settings.get("seed").asLong()).isEqualTo(7);
        assertThat(keys(settings.get("thresholds"))).containsExactly("leakage_auc", "minority_share",
                "missing_warn_share", "no_signal_margin", "scale_ratio", "overfit_gap", "unstable_fold_std",
                "max_numeric_classes", "threshold_distance", "threshold_f1_gain");
        assertThat(settings.at("/thresholds/leakage_auc").asDouble()).isEqualTo(0.95);
        assertThat(settings.at("/thresholds/threshold_distance").asDouble()).isEqualTo(0.15);
        assertThat(settings.at("/thresholds/threshold_f1_gain").asDouble()).isEqualTo(0.05);
        assertThat(settings.at("/thresholds/scale_ratio").asDouble()).isEqualTo(1000.0);
    }

    @Test
    void theSanityRungReportsItsCountsAndTheLeakageProbe() throws IOException {
        JsonNode sanity = parse(JsonReport.of(LadderFixtures.failing()).toJson()).at("/rungs/0");

        assertThat(keys(sanity)).containsExactly("id", "status", "seconds", "metrics");
        assertThat(sanity.get("id").asText()).isEqualTo("sanity");
        assertThat(sanity.get("status").asText()).isEqualTo("fail");
        assertThat(keys(sanity.get("metrics"))).containsExactly("rows", "columns", "missing_cells",
                "infinite_cells", "duplicate_rows", "conflicting_groups", "prevalence", "leakage", "leakage_rows");
        assertThat(sanity.at("/metrics/leakage/0/feature").asText()).isEqualTo("balance");
        assertThat(sanity.at("/metrics/leakage/0/auc").asDouble()).isEqualTo(0.98);
        assertThat(sanity.at("/metrics/leakage/0/flagged").asBoolean()).isTrue();
    }

    @Test
    void modelRungsReportFoldScoresAndTheWeightsOfTheLinearModelAndTheForest() throws IOException {
        JsonNode rungs = parse(JsonReport.of(LadderFixtures.failing()).toJson()).get("rungs");

        assertThat(rungs.findValuesAsText("id")).containsExactly("sanity", "baseline", "linear", "forest");
        JsonNode linear = rungs.get(2);
        assertThat(keys(linear)).containsExactly("id", "status", "seconds", "metrics", "weights");
        assertThat(keys(linear.get("metrics"))).containsExactly("roc_auc_mean", "roc_auc_std", "roc_auc_folds",
                "pr_auc_mean", "pr_auc_std", "pr_auc_folds", "train_roc_auc_mean", "train_roc_auc_folds",
                "baseline_roc_auc", "prevalence", "fit_seconds", "rows");
        assertThat(linear.at("/metrics/roc_auc_mean").asDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(linear.at("/metrics/roc_auc_folds")).hasSize(5);
        assertThat(linear.at("/weights/0/feature").asText()).isEqualTo("balance");
        assertThat(linear.at("/weights/1/weight").asDouble()).isEqualTo(-0.5);
        assertThat(keys(rungs.get(1))).doesNotContain("weights", "skipped_because");
    }

    @Test
    void findingsCarryCodeLayerSeverityRungTitleDetailFixColumnsAndEvidence() throws IOException {
        JsonNode finding = parse(JsonReport.of(LadderFixtures.failing()).toJson()).at("/findings/0");

        assertThat(keys(finding)).containsExactly("code", "layer", "severity", "rung", "title", "detail", "fix",
                "columns", "evidence");
        assertThat(finding.get("code").asText()).isEqualTo("target-leakage");
        assertThat(finding.get("layer").asText()).isEqualTo("data");
        assertThat(finding.get("severity").asText()).isEqualTo("fail");
        assertThat(finding.get("rung").asText()).isEqualTo("sanity");
        assertThat(finding.get("title").asText()).startsWith("A single feature predicts");
        assertThat(finding.get("fix").asText()).startsWith("Find out when and how");
        assertThat(finding.get("columns").get(0).asText()).isEqualTo("balance");
        assertThat(keys(finding.get("evidence"))).containsExactly("auc", "feature", "threshold");
    }

    @Test
    void overriddenRungsAreListedByTheirIds() throws IOException {
        JsonNode root = parse(JsonReport.of(LadderFixtures.failing()).toJson());

        assertThat(root.get("overrides")).hasSize(1);
        assertThat(root.at("/overrides/0").asText()).isEqualTo("sanity");
    }

    @Test
    void aSkippedRungSaysWhyAndHasNoFigures() throws IOException {
        JsonNode forest = parse(JsonReport.of(LadderFixtures.regression()).toJson()).at("/rungs/3");

        assertThat(keys(forest)).containsExactly("id", "status", "seconds", "skipped_because");
        assertThat(forest.get("status").asText()).isEqualTo("skipped");
        assertThat(forest.get("skipped_because").asText()).contains("regression-target");
    }

    @Test
    void equalResultsGiveByteIdenticalJson() {
        assertThat(JsonReport.of(LadderFixtures.failing()).toJson())
                .isEqualTo(JsonReport.of(LadderFixtures.failing()).toJson());
    }

    @Test
    void withoutTimingsNoSecondsAreWritten() throws IOException {
        String json = JsonReport.of(LadderFixtures.failing()).withoutTimings().toJson();

        assertThat(json).doesNotContain("seconds");
        assertThat(parse(json).at("/rungs/2/metrics/roc_auc_mean").isNumber()).isTrue();
    }

    @Test
    void aFigureThatCouldNotBeComputedIsNullNotNaN() throws IOException {
        String json = JsonReport.of(LadderFixtures.regression()).toJson();

        assertThat(parse(json).at("/rungs/0/metrics/prevalence").isNull()).isTrue();
        // As a value, quoted (Jackson's fallback) or bare; the word itself may appear in the checklist's text.
        assertThat(json).doesNotContain(": \"NaN\"").doesNotContain(": NaN");
    }

    @Test
    void writeLeavesTheSameBytesAsToJsonAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        JsonReport report = JsonReport.of(LadderFixtures.warning());
        Path file = dir.resolve("out").resolve("report.json");

        report.write(file);

        assertThat(Files.readString(file)).isEqualTo(report.toJson());
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void theChecklistSectionListsBothChecklistsWithStatusEvidenceAndStep() throws IOException {
        JsonNode checklist = parse(JsonReport.of(LadderFixtures.withErrors()).toJson()).get("checklist");

        assertThat(keys(checklist)).containsExactly("development", "production");
        assertThat(checklist.get("development")).hasSize(12);
        assertThat(checklist.get("production")).hasSize(8);
        JsonNode threshold = checklist.get("development").get(8);
        assertThat(keys(threshold)).containsExactly("id", "group", "item", "status", "evidence", "step", "ticked",
                "note");
        assertThat(threshold.get("id").asText()).isEqualTo("threshold-tuned");
        assertThat(threshold.get("group").asText()).isEqualTo("model");
        assertThat(threshold.get("status").asText()).isEqualTo("warn");
        assertThat(threshold.get("step").asText()).isEqualTo("threshold");
        assertThat(threshold.get("evidence").asText()).contains("0.800 at 0.700");
        assertThat(threshold.get("ticked").asBoolean()).isFalse();
        assertThat(checklist.at("/production/0/status").asText()).isEqualTo("manual");
    }

    @Test
    void ticksAndNotesOfTheChecklistAppearInTheReport() throws IOException {
        LadderResult result = LadderFixtures.warning();
        Checklist ticked = ChecklistEvaluator.evaluate(result,
                Map.of("rolling-auc", new ManualCheck(true, "Dashboard \"AUC 30d\" owns it.")));

        JsonNode rolling = parse(JsonReport.of(result, ticked).toJson()).at("/checklist/production/4");

        assertThat(rolling.get("id").asText()).isEqualTo("rolling-auc");
        assertThat(rolling.get("ticked").asBoolean()).isTrue();
        assertThat(rolling.get("note").asText()).isEqualTo("Dashboard \"AUC 30d\" owns it.");
    }
}
