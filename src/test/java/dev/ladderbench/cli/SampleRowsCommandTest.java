package dev.ladderbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ladderbench.core.drift.DriftFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** drift and pipeline --sample-rows: the model on the ladder's stratified sample, and the output says so. */
class SampleRowsCommandTest {

    private static final int ROWS = 3000;
    private static final String SAMPLE = "a stratified sample of 1,000 of 3,000 labelled";

    @TempDir
    static Path directory;
    private static String training;
    private static String production;

    @BeforeAll
    static void writeFiles() throws Exception {
        training = DriftFiles.training(directory, ROWS).toString();
        production = DriftFiles.production(directory, ROWS, DriftFiles.Production.SAME).toString();
    }

    @Test
    void driftModelsASampleOfALargerTrainingFileAndSaysSoOnTheConsole() {
        CliRun run = CliRun.of("drift", training, production, "--target", "y", "--model", "linear", "--time-column", "day",
                "--sample-rows", "1000");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Model cross-validated and fitted on " + SAMPLE + " training rows (seed 42);"
                + " the features are compared on every row.");
    }

    @Test
    void driftJsonAddsTheModelledRowsWhileTheFeaturesCountEveryRow(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("drift.json");

        CliRun.of("drift", training, production, "--target", "y", "--model", "linear", "--time-column", "day",
                "--sample-rows", "1000",
                "--json", json.toString(), "--quiet");

        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.at("/prediction_drift/rows/modelled").asInt()).isEqualTo(1000);
        assertThat(root.at("/prediction_drift/rows/labelled").asInt()).isEqualTo(ROWS);
        assertThat(root.at("/prediction_drift/rows/sampled").asBoolean()).isTrue();
        assertThat(root.at("/performance/training_rows/modelled").asInt()).isEqualTo(1000);
        int trainingCounted = 0;
        for (JsonNode bin : root.at("/features/0/psi_bins")) {
            trainingCounted += bin.get("training").asInt();
        }
        assertThat(trainingCounted).isEqualTo(ROWS);
    }

    @Test
    void driftBelowTheCapModelsEveryRowAndSaysNothing() {
        CliRun run = CliRun.of("drift", training, production, "--target", "y", "--model", "linear",
                "--time-column", "day");

        assertThat(run.out()).doesNotContain("stratified sample");
    }

    @Test
    void pipelineFitsOnASampleAndSaysSo(@TempDir Path dir) {
        CliRun run = CliRun.of("pipeline", training, "--target", "y", "--model", "linear", "--sample-rows", "1000",
                "--out", dir.resolve("model.lbp").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Fitted the logistic regression on " + SAMPLE + " rows (seed 42) of"
                + " training.csv");
    }
}
