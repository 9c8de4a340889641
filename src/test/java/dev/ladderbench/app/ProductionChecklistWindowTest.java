package dev.ladderbench.app;

import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.core.checklist.ChecklistItem;
import dev.ladderbench.core.checklist.ChecklistStatus;
import dev.ladderbench.core.drift.DriftFiles;
import dev.ladderbench.core.ladder.RungId;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static dev.ladderbench.app.FxConditions.openAndWaitForTheLadder;
import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Checklist step's production items following the Production step's drift comparison and saved pipeline. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ProductionChecklistWindowTest {

    @TempDir
    static Path files;
    private static Path training;

    @TempDir
    Path settings;

    private Stage stage;

    @BeforeAll
    static void writeFiles() throws Exception {
        training = DriftFiles.training(files, 2000);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WorkbenchWindow.applyTheme();
    }

    /** The workbench on the generated training file, rung 0 climbed (fake climber), showing the Checklist step. */
    private WorkbenchViewModel show(FxRobot robot) throws Exception {
        WorkbenchViewModel model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                RecentFiles.in(settings), FakeClimber.passing());
        robot.interact(() -> new WorkbenchWindow(stage, model).show());
        openAndWaitForTheLadder(robot, model, training);
        robot.interact(() -> model.dataset().column("day").featureProperty().set(false));
        robot.interact(() -> model.ladder().select(Step.of(RungId.SANITY)));
        robot.interact(model.ladder()::runCurrent);
        waitUntil(() -> model.ladder().rung(RungId.SANITY).state() == RungState.DONE
                && !model.runner().busyProperty().get());
        robot.clickOn("#step-checklist");
        return model;
    }

    private static ChecklistItem production(WorkbenchViewModel model, String id) {
        return model.checklist().checklistProperty().get().production().stream().filter(i -> i.id().equals(id))
                .findFirst().orElseThrow();
    }

    private static String badge(FxRobot robot, String id) {
        return robot.lookup("#checklist-" + id + " .checklist-badge").queryAs(Label.class).getText();
    }

    @Test
    void aDriftComparisonEvaluatesTheDriftItemsAndNamesTheDriftedColumn(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot);
        assertThat(production(model, "feature-drift-monitored").status()).isEqualTo(ChecklistStatus.MANUAL);
        Path drifted = DriftFiles.production(files, 2000, DriftFiles.Production.DRIFTED);

        robot.interact(() -> {
            model.drift().modelProperty().set(null);
            model.drift().compare(drifted);
        });
        waitUntil(() -> model.drift().resultProperty().get() != null
                && production(model, "feature-drift-monitored").status() != ChecklistStatus.MANUAL);

        assertThat(production(model, "feature-drift-monitored").status()).isEqualTo(ChecklistStatus.FAIL);
        assertThat(production(model, "feature-drift-monitored").evidence()).contains("worst age");
        assertThat(production(model, "schema-validated").status()).isEqualTo(ChecklistStatus.PASS);
        assertThat(production(model, "alerts-tested").status()).isEqualTo(ChecklistStatus.MANUAL);
        waitUntil(() -> badge(robot, "feature-drift-monitored").equals("FAIL"));
        robot.interact(() -> robot.lookup("#checklist-view").queryAs(ScrollPane.class).setVvalue(1));
        Screenshots.write(stage.getScene(), "checklist-production");
    }

    @Test
    void aPipelineSavedAndReadBackPassesTheSerialisationItem(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot);
        Path file = files.resolve("training.lbp");

        robot.interact(() -> {
            model.production().modelProperty().set(dev.ladderbench.core.replay.ModelKind.LINEAR);
            model.production().save(file);
        });
        waitUntil(() -> model.production().roundTripProperty().get() != null && !model.runner().busyProperty().get());

        assertThat(production(model, "pipeline-serialised").status()).isEqualTo(ChecklistStatus.PASS);
        assertThat(production(model, "pipeline-serialised").evidence()).startsWith("training.lbp was saved and read"
                + " back in this session, and the reloaded pipeline scored all 2000 rows of training.csv");
        assertThat(model.production().pipelineProperty().get().file()).isEqualTo(file);
    }
}
