package dev.ladderbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineReplayCommandTest {

    private static final String CREDIT = "../shared/datasets/weka_credit_g.csv";

    @TempDir
    static Path shared;
    private static Path model;
    private static CliRun saved;

    @BeforeAll
    static void saveALinearPipeline() {
        model = shared.resolve("credit.lbp");
        saved = CliRun.of("pipeline", CREDIT, "--target", "class", "--positive", "bad", "--model", "linear", "--out",
                model.toString());
    }

    private static Path row(Path dir, String json) throws IOException {
        return Files.writeString(dir.resolve("row.json"), json);
    }

    private static void assertInputError(CliRun run, String sentence) {
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err().lines().findFirst()).hasValue(sentence);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void pipelineSavesTheFileAndSaysWhatItFitted() {
        assertThat(saved.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(model).isRegularFile();
        assertThat(saved.out()).startsWith("Fitted the logistic regression on all 1,000 labelled rows of weka_credit_g.csv: target"
                + " class, positive class bad, threshold 0.5, seed 42.")
                .contains("20 features, 61 model inputs.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--target clas|There is no column 'clas' in weka_credit_g.csv; did you mean 'class'?",
            "--target class --exclude purpse|There is no column 'purpse' in weka_credit_g.csv; did you mean 'purpose'?",
            "--target class --positive yes|The positive class 'yes' is not a value of 'class' in weka_credit_g.csv;"
                    + " its values are good, bad.",
            "--target class --model tree|Invalid value for option '--model': expected forest or linear, not 'tree'.",
            "--target class --threshold 2|--threshold must be a probability between 0 and 1, not 2.0."})
    void pipelineRefusesBadInputWithOneSentenceAndWritesNothing(String args, String sentence, @TempDir Path dir) {
        Path out = dir.resolve("bad.lbp");
        List<String> command = new ArrayList<>(List.of("pipeline", CREDIT, "--out", out.toString()));
        command.addAll(List.of(args.split(" ")));

        CliRun run = CliRun.of(command.toArray(String[]::new));

        assertInputError(run, sentence);
        assertThat(out).doesNotExist();
    }

    @Test
    void replayPrintsEveryStageWithTheImputedMedian(@TempDir Path dir) throws IOException {
        Path row = row(dir, "{\"age\": null, \"duration\": 24, \"checking_status\": \"<0\"}");

        CliRun run = CliRun.of("replay", model.toString(), "--input", row.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Stage 1, raw input", "Stage 2, imputer", "Stage 3, encoder",
                "Stage 4, scaler", "Stage 5, model")
                .containsPattern("age +33  IMPUTED: missing: the training median 33")
                .containsPattern("checking_status=<0 +1")
                .containsPattern("score 0\\.\\d{4} \\(probability of bad\\); at threshold 0\\.5: (bad|not bad)")
                .contains("What pushed the score (coefficient x scaled value");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void replayWritesTheStagesAsJson(@TempDir Path dir) throws IOException {
        Path row = row(dir, "{\"age\": null, \"duration\": 24}");
        Path json = dir.resolve("replay.json");

        CliRun run = CliRun.of("replay", model.toString(), "--input", row.toString(), "--json", json.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("schema").asText()).isEqualTo("ladderbench/replay-v1");
        assertThat(root.path("stages").path("imputed").findValues("imputed")).anyMatch(JsonNode::asBoolean);
        assertThat(root.path("score").isDouble()).isTrue();
        assertThat(root.path("failure").isNull()).isTrue();
    }

    @Test
    void aRowThatBreaksThePipelineShowsTheStageAndColumnAndExitsOne(@TempDir Path dir) throws IOException {
        Path row = row(dir, "{\"duration\": \"24\"}");

        CliRun run = CliRun.of("replay", model.toString(), "--input", row.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED_FINDING);
        assertThat(run.out()).contains("BROKEN at stage 2, imputer, column 'duration':")
                .doesNotContain("Stage 3");
    }

    @Test
    void aFileThatIsNotAPipelineIsOneSentence(@TempDir Path dir) throws IOException {
        Path notAPipeline = Files.writeString(dir.resolve("notes.lbp"), "just text");
        Path row = row(dir, "{}");

        CliRun run = CliRun.of("replay", notAPipeline.toString(), "--input", row.toString());

        assertInputError(run, "The pipeline file notes.lbp cannot be loaded: it is not a complete zip archive"
                + " (truncated or damaged); save the pipeline again with Ladderbench (the pipeline command or the"
                + " Production step).");
    }

    @Test
    void anInputThatIsNotJsonIsOneSentence(@TempDir Path dir) throws IOException {
        Path row = row(dir, "{\"age\": 30,");

        CliRun run = CliRun.of("replay", model.toString(), "--input", row.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_ERROR);
        assertThat(run.err()).startsWith("row.json is not valid JSON (line 1, column");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void aMissingInputFileIsOneSentence(@TempDir Path dir) {
        Path row = dir.resolve("nope.json");

        CliRun run = CliRun.of("replay", model.toString(), "--input", row.toString());

        assertInputError(run, row + " does not exist; check the folder and the file name.");
    }
}
