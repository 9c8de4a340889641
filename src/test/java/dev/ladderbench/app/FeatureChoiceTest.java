package dev.ladderbench.app;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The "use" checkboxes of the column list, on the synchronous runner: no waiting for background work. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FeatureChoiceTest {

    @TempDir
    Path settings;

    private WorkbenchViewModel model;

    @Start
    void start(Stage stage) {
        WorkbenchWindow.applyTheme();
        model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.synchronous(), RecentFiles.in(settings));
        new WorkbenchWindow(stage, model).show();
        model.open(WorkbenchWindowTest.CREDIT);
    }

    @Test
    void uncheckingAColumnExcludesItFromTheFeatures(FxRobot robot) {
        CheckBox purpose = featureBox(robot, "purpose");
        assertThat(purpose.isSelected()).isTrue();

        robot.clickOn(purpose);

        assertThat(purpose.isSelected()).isFalse();
        assertThat(model.excludedColumns()).containsExactly("purpose");
    }

    @Test
    void theTargetsCheckboxIsUncheckedAndDisabled(FxRobot robot) {
        CheckBox target = featureBox(robot, "class");

        assertThat(target.isSelected()).isFalse();
        assertThat(target.isDisabled()).isTrue();
        assertThat(model.excludedColumns()).isEmpty();
    }

    @Test
    void choosingAnotherTargetGivesTheOldOneBackItsCheckbox(FxRobot robot) {
        robot.interact(() -> model.dataset().targetProperty().set("foreign_worker"));

        assertThat(featureBox(robot, "class").isSelected()).isTrue();
        assertThat(featureBox(robot, "class").isDisabled()).isFalse();
        assertThat(featureBox(robot, "foreign_worker").isDisabled()).isTrue();
    }

    private static CheckBox featureBox(FxRobot robot, String column) {
        TableView<ColumnRow> table = robot.lookup(".column-table").queryTableView();
        robot.interact(() -> table.scrollTo(table.getItems().indexOf(
                table.getItems().stream().filter(row -> row.name().equals(column)).findFirst().orElseThrow())));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup((CheckBox box) -> ("Use " + column + " as a feature").equals(box.getAccessibleText()))
                .query();
    }
}
