package dev.ladderbench.app;

import dev.ladderbench.app.ladder.LadderViewModel;
import dev.ladderbench.app.ladder.Rung;
import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.app.samples.SamplesViewModel;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.samples.RealDatasets;
import javafx.scene.control.Label;
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

/** The Samples menu: a generated sample opens like a file, shows its card, and climbs the real ladder. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SamplesWindowTest {

    @TempDir
    Path settings;
    @TempDir
    Path sampleDirectory;

    private WorkbenchViewModel model;
    private SamplesViewModel samples;

    @Start
    void start(Stage stage) {
        WorkbenchWindow.applyTheme();
        model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(), RecentFiles.in(settings));
        samples = new SamplesViewModel(model, sampleDirectory, RealDatasets.SHARED);
        new WorkbenchWindow(stage, model, samples).show();
    }

    private void openFromTheMenu(FxRobot robot, String title) throws Exception {
        robot.clickOn("Samples").clickOn(title);
        waitUntil(() -> !model.runner().busyProperty().get() && samples.cardProperty().get() != null
                && model.ladder().rung(RungId.SANITY).unlockedProperty().get());
    }

    private void climb(FxRobot robot, RungId id) throws Exception {
        LadderViewModel ladder = model.ladder();
        Rung rung = ladder.rung(id);
        robot.interact(() -> ladder.select(Step.of(id)));
        robot.interact(ladder::runCurrent);
        waitUntil(() -> !model.runner().busyProperty().get()
                && (rung.state() == RungState.DONE || !rung.problemProperty().get().isEmpty()));
        assertThat(rung.problemProperty().get()).as(id.label() + " ran").isEmpty();
    }

    @Test
    void theReadmissionSampleOpensWithItsCardAndClimbsEveryRungWithoutAFail(FxRobot robot) throws Exception {
        openFromTheMenu(robot, "Hospital readmission (clean)");
        robot.interact(() -> model.dataset().targetProperty().set("readmitted"));
        waitUntil(() -> model.dataset().targetReadyProperty().get());

        assertThat(model.titleProperty().get()).isEqualTo("Ladderbench — readmission.csv");
        assertThat(sampleDirectory.resolve("readmission.csv")).isRegularFile();
        assertThat(robot.lookup("#sample-title").queryAs(Label.class).getText())
                .isEqualTo("Sample: Hospital readmission (clean)");
        assertThat(robot.lookup("#reveal-bug").query().isVisible()).as("nothing planted, nothing to reveal").isFalse();
        for (RungId id : RungId.values()) {
            climb(robot, id);
            assertThat(model.ladder().rung(id).failed()).as(id.label() + " has no fail").isFalse();
        }
        double linear = model.ladder().rung(RungId.LINEAR).currentResult().model().orElseThrow().rocAuc().mean();
        assertThat(linear).isBetween(0.70, 0.80);
        Screenshots.write(robot.lookup("#rung-forest").query().getScene(), "samples-readmission-forest");
    }

    @Test
    void thePlantedBugStaysHiddenUntilRevealedAndRungZeroNamesIt(FxRobot robot) throws Exception {
        openFromTheMenu(robot, "Readmission with a discharge code");
        assertThat(robot.lookup("#sample-revealed").query().isVisible()).isFalse();

        climb(robot, RungId.SANITY);
        assertThat(model.ladder().findings()).extracting(Finding::code).extracting(c -> c.id())
                .contains("target-leakage");
        robot.interact(() -> model.ladder().select(Step.DATA));
        robot.clickOn("#reveal-bug");

        assertThat(robot.lookup("#sample-revealed").query().isVisible()).isTrue();
        assertThat(robot.lookup("#sample-codes").queryAs(Label.class).getText()).isEqualTo("Named by: target-leakage");
        Screenshots.write(robot.lookup("#sample-card").query().getScene(), "samples");
    }

    @Test
    void openingAnotherFileTakesTheCardAway(FxRobot robot) throws Exception {
        openFromTheMenu(robot, "Readmission with record numbers");

        FxConditions.openAndWaitForTheLadder(robot, model, WorkbenchWindowTest.CREDIT);

        assertThat(samples.cardProperty().get()).isNull();
        assertThat(robot.lookup("#sample-card").query().isVisible()).isFalse();
    }
}
