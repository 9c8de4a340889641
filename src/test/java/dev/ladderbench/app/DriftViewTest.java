package dev.ladderbench.app;

import dev.ladderbench.app.drift.DriftView;
import dev.ladderbench.app.drift.DriftViewModel;
import dev.ladderbench.core.drift.DriftFiles;
import dev.ladderbench.core.drift.DriftStatus;
import dev.ladderbench.core.drift.FeatureDrift;
import dev.ladderbench.core.ladder.RungId;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
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
import java.util.concurrent.locks.LockSupport;

import static dev.ladderbench.app.FxConditions.openAndWaitForTheLadder;
import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drift view mounted alone in a window, as the Production step will hold it: the training data is
 * the dataset opened in the workbench, the production file is compared with it in the background.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DriftViewTest {

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

    /** Opens the training file as File > Open would, leaves out its day column, and shows the drift view. */
    private DriftViewModel show(FxRobot robot) throws Exception {
        return show(robot, DatasetLoader.csv());
    }

    /** @param productionLoader reads the production file */
    private DriftViewModel show(FxRobot robot, DatasetLoader productionLoader) throws Exception {
        WorkbenchViewModel workbench = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                RecentFiles.in(settings));
        openAndWaitForTheLadder(robot, workbench, training);
        DriftViewModel[] drift = new DriftViewModel[1];
        robot.interact(() -> {
            workbench.dataset().column("day").featureProperty().set(false);
            drift[0] = new DriftViewModel(workbench.dataset(), productionLoader, workbench.runner(),
                    workbench.ladder()::settings);
            Scene scene = new Scene(new DriftView(drift[0]), 1280, 1000);
            scene.getStylesheets().add(WorkbenchWindow.class.getResource("workbench.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        return drift[0];
    }

    private static void compare(FxRobot robot, DriftViewModel drift, DriftFiles.Production kind) throws Exception {
        Path production = DriftFiles.production(files, 2000, kind);
        robot.interact(() -> drift.compare(production));
        waitUntil(() -> drift.resultProperty().get() != null);
    }

    @SuppressWarnings("unchecked") // the limits' spinners all hold doubles
    private static Spinner<Double> spinner(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Spinner.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aDriftedFileShowsBothDriftedFeaturesFailingAndTheUnseenCategory(FxRobot robot) throws Exception {
        DriftViewModel drift = show(robot);
        robot.interact(() -> {
            drift.modelProperty().set(RungId.FOREST);
            drift.timeColumnProperty().set("day");
        });

        compare(robot, drift, DriftFiles.Production.DRIFTED);

        TableView<?> table = robot.lookup("#drift-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(5);
        assertThat(drift.features()).filteredOn(f -> f.status() == DriftStatus.FAIL).extracting(FeatureDrift::column)
                .containsExactlyInAnyOrder("age", "income");
        assertThat(text(robot, "#drift-message")).startsWith("Retraining recommended.");
        assertThat(text(robot, "#drift-unseen")).isEqualTo("channel: 'app' in 25 rows");
        assertThat(drift.selectedProperty().get().column()).isEqualTo("age");
        assertThat(robot.lookup("#drift-histogram").queryAs(BarChart.class).getData()).hasSize(2);
        assertThat(robot.lookup("#rolling-auc").tryQuery()).isPresent();
        Screenshots.write(stage.getScene(), "drift");
    }

    @Test
    void raisingTheFailLimitJudgesTheNextComparisonByIt(FxRobot robot) throws Exception {
        DriftViewModel drift = show(robot);
        robot.interact(() -> {
            drift.modelProperty().set(null);
            spinner(robot, "#psi-fail").getValueFactory().setValue(0.6);
        });

        compare(robot, drift, DriftFiles.Production.DRIFTED);

        assertThat(drift.features()).filteredOn(f -> f.column().equals("income")).extracting(FeatureDrift::status)
                .containsExactly(DriftStatus.WARN);
        assertThat(drift.features()).filteredOn(f -> f.column().equals("age")).extracting(FeatureDrift::status)
                .containsExactly(DriftStatus.FAIL);
        assertThat(text(robot, "#drift-message")).contains("Limits in force: PSI warn above 0.1, fail above 0.6;");
    }

    @Test
    void loweringTheFailLimitBelowTheWarnLimitPullsTheWarnLimitDownWithIt(FxRobot robot) throws Exception {
        DriftViewModel drift = show(robot);
        Spinner<Double> warn = spinner(robot, "#psi-warn");
        Spinner<Double> fail = spinner(robot, "#psi-fail");

        robot.interact(() -> fail.getValueFactory().setValue(0.05));

        assertThat(warn.getValue()).isEqualTo(0.05);
        assertThat(drift.thresholdsProperty().get().psiWarn()).isEqualTo(0.05);
        assertThat(drift.thresholdsProperty().get().psiFail()).isEqualTo(0.05);
    }

    @Test
    void clickingARowShowsThatFeaturesDistributions(FxRobot robot) throws Exception {
        DriftViewModel drift = show(robot);
        robot.interact(() -> drift.modelProperty().set(null));
        compare(robot, drift, DriftFiles.Production.DRIFTED);

        robot.clickOn("channel");

        assertThat(drift.selectedProperty().get().column()).isEqualTo("channel");
        assertThat(text(robot, "#drift-feature-detail")).contains("1 unseen level(s)");
        assertThat(robot.lookup("#drift-histogram").queryAs(BarChart.class).getXAxis().getLabel()).isEqualTo("channel");
        assertThat(text(robot, "#drift-prediction")).isEqualTo("No model scored the files.");
    }

    @Test
    void sortingByPsiPutsTheLeastDriftedFeatureFirst(FxRobot robot) throws Exception {
        DriftViewModel drift = show(robot);
        robot.interact(() -> drift.modelProperty().set(null));
        compare(robot, drift, DriftFiles.Production.DRIFTED);

        robot.clickOn("PSI");

        TableView<?> table = robot.lookup("#drift-table").queryAs(TableView.class);
        double first = ((FeatureDrift) table.getItems().get(0)).psi();
        assertThat(drift.features()).allMatch(f -> f.psi() >= first);
    }

    @Test
    void labelledProductionWhoseRelationTurnedShowsTheDropByWindow(FxRobot robot) throws Exception {
        DriftViewModel drift = show(robot);
        robot.interact(() -> {
            drift.modelProperty().set(RungId.LINEAR);
            drift.timeColumnProperty().set("day");
        });

        compare(robot, drift, DriftFiles.Production.CONCEPT_SHIFT);

        assertThat(text(robot, "#drift-message")).startsWith("Retraining recommended.")
                .contains("below the training CV AUC");
        assertThat(text(robot, "#drift-performance")).startsWith("Production ROC AUC");
        assertThat(robot.lookup("#drift-time-column").queryAs(javafx.scene.control.ChoiceBox.class).getValue())
                .isEqualTo("AUC windows by day");
        Screenshots.write(stage.getScene(), "drift-concept-shift");
    }

    @Test
    void cancellingStopsTheComparisonAndSaysSo(FxRobot robot) throws Exception {
        // A production file that reads until cancelled: a real one could be compared before the click lands.
        DatasetLoader endless = (file, options, progress, cancel) -> {
            while (true) {
                cancel.throwIfCancelled();
                LockSupport.parkNanos(1_000_000);
            }
        };
        DriftViewModel drift = show(robot, endless);
        Path production = DriftFiles.production(files, 2_000, DriftFiles.Production.SAME);
        robot.interact(() -> drift.compare(production));
        waitUntil(() -> drift.comparingProperty().get());

        robot.clickOn("#cancel-drift");

        waitUntil(() -> !drift.comparingProperty().get());
        assertThat(drift.resultProperty().get()).isNull();
        assertThat(text(robot, "#drift-message")).isEqualTo("Cancelled. Compare again when ready.");
    }
}
