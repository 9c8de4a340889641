package dev.ladderbench.app;

import dev.ladderbench.app.production.ProductionViewModel;
import dev.ladderbench.core.ladder.CvScheme;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.Thresholds;
import dev.ladderbench.core.replay.ModelKind;
import dev.ladderbench.core.replay.ReplayStage;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.ladderbench.app.FxConditions.openAndWaitForTheLadder;
import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Production step on credit-g: save the pipeline, replay a row from the form or pasted JSON. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ProductionWindowTest {

    static final Path CREDIT = Path.of("../shared/datasets/weka_credit_g.csv");

    @TempDir
    Path dir;

    private Stage stage;
    private WorkbenchViewModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WorkbenchWindow.applyTheme();
        model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(), RecentFiles.in(dir),
                FakeClimber.passing());
        new WorkbenchWindow(stage, model).show();
    }

    /** Opens credit-g, goes to Production and saves the chosen model's pipeline, as Save pipeline… would. */
    private ProductionViewModel savedPipeline(FxRobot robot, ModelKind kind) throws Exception {
        openAndWaitForTheLadder(robot, model, CREDIT);
        robot.clickOn("#step-production");
        ProductionViewModel production = model.production();
        robot.interact(() -> {
            production.modelProperty().set(kind);
            production.save(dir.resolve("credit.lbp"));
        });
        waitUntil(() -> production.pipelineProperty().get() != null && !model.runner().busyProperty().get());
        return production;
    }

    private static String cell(TableView<?> table, String feature, int column) {
        for (int row = 0; row < table.getItems().size(); row++) {
            if (feature.equals(table.getColumns().get(0).getCellData(row))) {
                return String.valueOf(table.getColumns().get(column).getCellData(row));
            }
        }
        throw new AssertionError("No row for " + feature);
    }

    @Test
    void replayingARowWithAMissingValueShowsTheImputedMedian(FxRobot robot) throws Exception {
        savedPipeline(robot, ModelKind.FOREST);
        assertThat(dir.resolve("credit.lbp")).isRegularFile();
        assertThat(robot.lookup("#pipeline-summary").queryAs(Label.class).getText())
                .startsWith("credit.lbp: random forest fitted on 1000 rows of weka_credit_g.csv");

        robot.clickOn("#fill-from-row"); // the first row of the file
        robot.clickOn("#missing-age");
        robot.interact(() -> robot.lookup("#input-duration").queryAs(TextField.class).setText("80"));
        robot.clickOn("#replay-form");

        TableView<?> stages = robot.lookup("#replay-stages").queryAs(TableView.class);
        assertThat(cell(stages, "age", 1)).isEqualTo("missing");
        assertThat(cell(stages, "age", 2)).isEqualTo("33");
        assertThat(cell(stages, "age", 3)).isEqualTo("missing: the training median 33");
        assertThat(cell(stages, "duration", 3)).isEqualTo("outside the training range 4 to 72 by more than 10 %");
        assertThat(robot.lookup("#replay-score").queryAs(Label.class).getText()).startsWith("Score 0.");
        assertThat(robot.lookup("#replay-findings").queryAs(Label.class).getText()).contains("out-of-range");
        assertThat(robot.lookup("#contribution-chart").tryQuery()).isPresent();
        assertThat(robot.lookup("#replay-inputs").queryAs(TableView.class).getItems()).isNotEmpty();
        Screenshots.write(stage.getScene(), "replay");
    }

    @Test
    void textInANumberFieldShowsTheStageAndColumnWhereTheRowBreaks(FxRobot robot) throws Exception {
        savedPipeline(robot, ModelKind.LINEAR);

        robot.interact(() -> robot.lookup("#input-age").queryAs(TextField.class).setText("forty"));
        robot.clickOn("#replay-form");

        assertThat(model.production().replayProperty().get().failure()).hasValueSatisfying(
                f -> assertThat(f.stage()).isEqualTo(ReplayStage.IMPUTED));
        assertThat(robot.lookup("#replay-failure").queryAs(Label.class).getText()).startsWith("The row breaks the"
                + " pipeline at stage 2, the imputer, column 'age': 'age' holds the text \"forty\"");
        assertThat(robot.lookup("#replay-score").tryQuery()).isEmpty();
        Screenshots.write(stage.getScene(), "replay-broken");
    }

    @Test
    void theSavedPipelineCarriesTheThresholdOfTheThresholdStep(FxRobot robot) throws Exception {
        robot.interact(() -> model.errors().thresholdProperty().set(0.3));

        ProductionViewModel production = savedPipeline(robot, ModelKind.LINEAR);

        assertThat(production.pipelineProperty().get().pipeline().threshold()).isEqualTo(0.3);
        assertThat(robot.lookup("#pipeline-summary").queryAs(Label.class).getText()).contains("threshold 0.3;");
    }

    @Test
    void theSavedPipelineIsFittedWithTheClimbsSeed(FxRobot robot) throws Exception {
        robot.interact(() -> model.ladder().changeSettings(new LadderSettings(5, 7, CvScheme.SHUFFLED,
                Thresholds.defaults())));

        ProductionViewModel production = savedPipeline(robot, ModelKind.FOREST);

        assertThat(production.pipelineProperty().get().pipeline().seed()).isEqualTo(7);
    }

    @Test
    void aSavedPipelineOpensWithoutDataAndReplaysPastedJson(FxRobot robot) throws Exception {
        ProductionViewModel production = savedPipeline(robot, ModelKind.LINEAR);
        Path copy = Files.copy(dir.resolve("credit.lbp"), dir.resolve("copy.lbp"));
        robot.interact(() -> production.open(copy));
        waitUntil(() -> production.pipelineProperty().get().file().equals(copy) && !model.runner().busyProperty().get());

        robot.interact(() -> robot.lookup("#replay-json-text").queryAs(TextArea.class)
                .setText("{\"age\": null, \"purpose\": \"crypto\"}"));
        robot.clickOn("#replay-json");

        TableView<?> stages = robot.lookup("#replay-stages").queryAs(TableView.class);
        assertThat(cell(stages, "age", 2)).isEqualTo("33");
        assertThat(cell(stages, "purpose", 3)).isEqualTo("never seen in training: encodes as all zeros");
    }

    @Test
    void aFileThatIsNotAPipelineIsRefusedWithOneSentence(FxRobot robot) throws Exception {
        robot.clickOn("#step-production");
        assertThat(model.ladder().stepProperty().get()).isEqualTo(Step.PRODUCTION);
        Path notes = Files.writeString(dir.resolve("notes.lbp"), "not a zip");

        robot.interact(() -> model.production().open(notes));
        waitUntil(() -> !model.production().problemProperty().get().isEmpty());

        assertThat(robot.lookup("#production-problem").queryAs(Label.class).getText()).isEqualTo("The pipeline file"
                + " notes.lbp cannot be loaded: it is not a complete zip archive (truncated or damaged); save the"
                + " pipeline again with Ladderbench (the pipeline command or the Production step).");
        assertThat(robot.lookup("#save-pipeline").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#missing-age").tryQueryAs(CheckBox.class)).isEmpty();
    }
}
