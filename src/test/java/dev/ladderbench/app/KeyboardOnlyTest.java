package dev.ladderbench.app;

import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.app.samples.SamplesViewModel;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.samples.RealDatasets;
import dev.ladderbench.core.samples.Samples;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** One whole path without the mouse: a sample from the menu, the target, rung 0, Next. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyTest {

    @TempDir
    Path settings;
    @TempDir
    Path sampleDirectory;

    private WorkbenchViewModel model;
    private SamplesViewModel samples;

    @Start
    void start(Stage stage) {
        model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(), RecentFiles.in(settings));
        samples = new SamplesViewModel(model, sampleDirectory, RealDatasets.SHARED);
        new WorkbenchWindow(stage, model, samples).show();
    }

    @Test
    void aSampleIsOpenedTargetedAndClimbedPastRungZeroByKeyboardAlone(FxRobot robot) throws Exception {
        int clean = Samples.all().indexOf(Samples.byId("readmission").orElseThrow());

        robot.push(KeyCode.ALT, KeyCode.S); // Samples
        for (int i = 0; i <= clean; i++) {
            robot.push(KeyCode.DOWN);
        }
        robot.push(KeyCode.ENTER);
        waitUntil(() -> !model.runner().busyProperty().get() && model.dataset().datasetProperty().get() != null);
        assertThat(model.titleProperty().get()).isEqualTo("Ladderbench — readmission.csv");

        robot.push(KeyCode.ALT, KeyCode.T); // the target picker
        robot.push(KeyCode.ALT, KeyCode.DOWN).push(KeyCode.END).push(KeyCode.ENTER);
        waitUntil(() -> model.dataset().targetReadyProperty().get());
        assertThat(model.dataset().targetProperty().get()).isEqualTo(Samples.TARGET);

        robot.push(KeyCode.ALT, KeyCode.RIGHT); // View > Next step: 0 Sanity
        assertThat(model.ladder().stepProperty().get()).isEqualTo(Step.SANITY);
        robot.push(KeyCode.CONTROL, KeyCode.R); // run it
        waitUntil(() -> !model.runner().busyProperty().get()
                && model.ladder().rung(RungId.SANITY).state() == RungState.DONE);

        robot.push(KeyCode.ALT, KeyCode.N); // Next
        waitUntil(() -> model.ladder().stepProperty().get() == Step.BASELINE);
    }
}
