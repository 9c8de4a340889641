package dev.ladderbench.app;

import dev.ladderbench.app.drift.DriftView;
import dev.ladderbench.app.drift.DriftViewModel;
import dev.ladderbench.core.drift.DriftFiles;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

import static dev.ladderbench.app.FxConditions.openAndWaitForTheLadder;
import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Drift tab says when its model learned from the ladder's sample rather than every training row. */
class DriftSampleWindowTest extends WindowTest {

    @TempDir
    Path dir;

    @Test
    void aModelFittedOnASampleSaysSoBesideThePredictionDrift(FxRobot robot) throws Exception {
        Path training = DriftFiles.training(dir, 2000);
        Path production = DriftFiles.production(dir, 2000, DriftFiles.Production.SAME);
        WorkbenchViewModel workbench = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                RecentFiles.in(dir.resolve("settings")));
        openAndWaitForTheLadder(robot, workbench, training);
        DriftViewModel[] drift = new DriftViewModel[1];
        robot.interact(() -> {
            workbench.dataset().column("day").featureProperty().set(false);
            drift[0] = new DriftViewModel(workbench.dataset(), DatasetLoader.csv(), workbench.runner(),
                    () -> workbench.ladder().settings().withSampleRows(500));
            Scene scene = new Scene(new DriftView(drift[0]), 1280, 1000);
            scene.getStylesheets().add(WorkbenchWindow.class.getResource("workbench.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });

        robot.interact(() -> drift[0].compare(production));
        waitUntil(() -> drift[0].resultProperty().get() != null);

        assertThat(robot.lookup("#drift-prediction").queryAs(Label.class).getText()).endsWith("Model cross-validated"
                + " and fitted on a stratified sample of 500 of 2,000 labelled training rows (seed 42); the features"
                + " are compared on every row.");
        Screenshots.write(stage.getScene(), "drift-on-a-sample");
    }
}
