package dev.ladderbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladderbench.core.drift.DriftFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DriftCommandTest {

    private static final int ROWS = 1000;

    @TempDir
    static Path directory;
    private static String training;

    @BeforeAll
    static void writeFiles() throws Exception {
        training = DriftFiles.training(directory, ROWS).toString();
    }

    private static String production(DriftFiles.Production kind) throws Exception {
        return DriftFiles.production(directory, ROWS, kind).toString();
    }

    @Test
    void driftedFeaturesPrintTheTableAndExitOne() throws Exception {
        CliRun run = CliRun.of("drift", training, production(DriftFiles.Production.DRIFTED), "--exclude", "day",
                "--model", "none");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED_FINDING);
        assertThat(run.out()).containsPattern("age +numeric +\\d\\.\\d{3} +KS 0\\.\\d{3} +\\S+ +fail")
                .containsPattern("score +numeric +0\\.0\\d\\d +KS .* ok")
                .contains("channel: 'app' 25", "Recommendation: retrain.", "Exit 1.");
    }

    @Test
    void theSameDistributionExitsZero() throws Exception {
        CliRun run = CliRun.of("drift", training, production(DriftFiles.Production.SAME), "--target", "y",
                "--model", "linear", "--time-column", "day", "--window", "250");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Prediction drift (logistic regression", "AUC by window of 250 rows, in order of day",
                "Recommendation: no retraining needed", "0 fail, 0 warn, 0 info findings. Exit 0.");
    }

    @Test
    void thePdfReportNamesTheDriftedFeaturesTheUnseenLevelAndTheRecommendation() throws Exception {
        Path pdf = directory.resolve("drift.pdf");

        CliRun run = CliRun.of("drift", training, production(DriftFiles.Production.DRIFTED), "--target", "y",
                "--model", "linear", "--time-column", "day", "--pdf", pdf.toString(), "--page-size", "letter",
                "--quiet");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILED_FINDING);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Drift report", "Retraining recommended.", "feature-drift", "unseen-category",
                    "'app' in 25 rows", "Prediction drift", "Production AUC", "Why it matters");
            assertThat(text).containsPattern("age numeric \\d\\.\\d{3} KS 0\\.\\d{3} \\S+ fail");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
    }

    @Test
    void theJsonDocumentIsVersionedAndNamesTheFindings() throws Exception {
        Path json = directory.resolve("drift.json");

        CliRun run = CliRun.of("drift", training, production(DriftFiles.Production.SCHEMA_CHANGED), "--target", "y",
                "--time-column", "day", "--json", json.toString(), "--quiet");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED_FINDING);
        assertThat(run.out()).isEmpty();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("schema").asText()).isEqualTo("ladderbench/drift-v1");
        assertThat(root.at("/findings/0/code").asText()).isEqualTo("schema-mismatch");
        assertThat(root.at("/schema_check/missing/0").asText()).isEqualTo("tenure");
        assertThat(root.at("/settings/thresholds/psi_fail").asDouble()).isEqualTo(0.25);
    }

    @Test
    void editedThresholdsAreUsedAndPrinted() throws Exception {
        CliRun run = CliRun.of("drift", training, production(DriftFiles.Production.DRIFTED), "--exclude", "day",
                "--model", "none", "--psi-warn", "2", "--psi-fail", "3", "--range-margin", "1");

        assertThat(run.out()).contains("PSI warn > 2.0, fail > 3.0", "widened by 100 %");
        assertThat(run.out()).doesNotContain("feature-drift");
    }

    @Test
    void aMissingProductionFileIsAnInputError() {
        CliRun run = CliRun.of("drift", training, directory.resolve("nowhere.csv").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("nowhere.csv");
    }

    @Test
    void aMistypedTargetNamesTheClosestColumn() throws Exception {
        CliRun run = CliRun.of("drift", training, production(DriftFiles.Production.SAME), "--target", "yy");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("'y'");
    }

    @Test
    void anUnknownModelIsAUsageError() throws Exception {
        CliRun run = CliRun.of("drift", training, production(DriftFiles.Production.SAME), "--model", "boosting");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("forest or linear or none");
        assertThat(run.out()).isEmpty();
    }
}
