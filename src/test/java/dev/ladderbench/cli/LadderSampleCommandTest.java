package dev.ladderbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** ladder --sample-rows: the model rungs on a stratified sample, and every place the figures appear says so. */
class LadderSampleCommandTest {

    private static final String CREDIT = "../shared/datasets/weka_credit_g.csv";
    private static final String SAMPLE = "a stratified sample of 400 of 1,000 labelled rows (seed 42)";

    @Test
    void theConsoleStatesTheSampleNextToEachModelRungAndTheLeakageProbe(@TempDir Path dir) {
        CliRun run = CliRun.of("ladder", CREDIT, "--target", "class", "--sample-rows", "400");

        assertThat(run.out()).contains("Leakage probe on " + SAMPLE + "; the checks above cover every row");
        assertThat(run.out().lines().filter(l -> l.contains("On " + SAMPLE + "; every figure below is from it")))
                .hasSize(3);
    }

    @Test
    void theJsonReportAddsTheSampleToEachModelRungAndTheSettings(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("report.json");

        CliRun.of("ladder", CREDIT, "--target", "class", "--sample-rows", "400", "--json", json.toString());

        JsonNode report = new ObjectMapper().readTree(Files.readString(json));
        assertThat(report.at("/settings/sample_rows").asInt()).isEqualTo(400);
        assertThat(report.at("/rungs/3/metrics/rows/modelled").asInt()).isEqualTo(400);
        assertThat(report.at("/rungs/3/metrics/rows/labelled").asInt()).isEqualTo(1000);
        assertThat(report.at("/rungs/3/metrics/rows/sampled").asBoolean()).isTrue();
        assertThat(report.at("/rungs/0/metrics/leakage_rows/modelled").asInt()).isEqualTo(400);
        assertThat(report.at("/rungs/0/metrics/rows").asInt()).isEqualTo(1000);
    }

    @Test
    void theMarkdownReportStatesTheSampleBesideTheModelFigures(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("report.md");

        CliRun.of("ladder", CREDIT, "--target", "class", "--sample-rows", "400", "--md", md.toString());

        assertThat(Files.readString(md)).contains("Rows modelled").contains(SAMPLE);
    }

    @Test
    void withoutASampleNothingIsSaid() {
        CliRun run = CliRun.of("ladder", CREDIT, "--target", "class");

        assertThat(run.out()).doesNotContain("stratified sample");
    }

    @Test
    void aNegativeSampleSizeIsAUsageError() {
        CliRun run = CliRun.of("ladder", CREDIT, "--target", "class", "--sample-rows", "-1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).contains("--sample-rows must be 0 (all rows) or more, not -1.");
    }
}
