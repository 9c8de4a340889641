package dev.ladderbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladderbench.core.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

        assertThat(keys(root)).containsExactly("schema", "dataset", "settings", "rungs", "findings", "overrides",
                "versions", "generated_by");
        assertThat(root.get("schema").asText()).isEqualTo("ladderbench/report-v1");
        assertThat(root.get("generated_by").asText()).isEqualTo("Ladderbench " + Version.current());
        assertThat(keys(root.get("versions"))).containsExactly("ladderbench", "java", "smile");
        assertThat(root.at("/versions/smile").asText()).isEqualTo("3.1.1");
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

        assertThat(keys(settings)).containsExactly("folds", "seed", "cv", "thresholds");
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
                "infinite_cells", "duplicate_rows", "conflicting_groups", "prevalence", "leakage");
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
                "baseline_roc_auc", "prevalence", "fit_seconds");
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
        assertThat(json).doesNotContain("NaN");
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
}
