package dev.ladderbench.app;

import dev.ladderbench.app.ladder.LadderViewModel;
import dev.ladderbench.app.ladder.Rung;
import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.app.samples.SamplesViewModel;
import dev.ladderbench.core.drift.DriftStatus;
import dev.ladderbench.core.drift.FeatureDrift;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.finding.Severity;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.replay.ModelKind;
import dev.ladderbench.core.samples.RealDatasets;
import dev.ladderbench.core.samples.Sample;
import dev.ladderbench.core.samples.SampleWriter;
import dev.ladderbench.core.samples.Samples;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
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
import java.util.List;

import static dev.ladderbench.app.FxConditions.waitForFigures;
import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole tour on the clean readmission sample, with the real ladder: every step of the wizard in turn,
 * each checked by a figure or finding a person sees there.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReadmissionTourTest {

    @TempDir
    Path settings;
    @TempDir
    Path samplesFolder;
    @TempDir
    Path out;

    private WorkbenchViewModel model;

    @Start
    void start(Stage stage) {
        WorkbenchWindow.applyTheme();
        model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(), RecentFiles.in(settings));
        new WorkbenchWindow(stage, model, new SamplesViewModel(model, samplesFolder, RealDatasets.SHARED)).show();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static double number(FxRobot robot, String tile) {
        return Double.parseDouble(text(robot, tile + " .figure-value").split(" ")[0].replace(",", "").replace("%", ""));
    }

    private void idle() throws Exception {
        waitUntil(() -> !model.runner().busyProperty().get());
    }

    /** Shows the rung's step from the step bar, runs it with its button, and waits for its result. */
    private void climb(FxRobot robot, RungId id) throws Exception {
        LadderViewModel ladder = model.ladder();
        Rung rung = ladder.rung(id);
        robot.clickOn("#step-" + id.name().toLowerCase());
        robot.clickOn("#run-" + id.id());
        waitUntil(() -> !model.runner().busyProperty().get() && rung.state() == RungState.DONE);
        waitForFigures(robot, model, id);
        assertThat(rung.failed()).as(id.label() + " has no fail").isFalse();
        assertThat(text(robot, "#status-" + id.id())).as(id.label() + " status").doesNotStartWith("fail");
    }

    @Test
    void theCleanReadmissionSampleClimbsEveryStepOfTheWizard(FxRobot robot) throws Exception {
        // Data: the sample opens from the menu with its card and its target.
        robot.clickOn("Samples").clickOn("Hospital readmission (clean)");
        waitUntil(() -> !model.runner().busyProperty().get() && model.dataset().targetReadyProperty().get());
        assertThat(text(robot, "#sample-title")).isEqualTo("Sample: Hospital readmission (clean)");
        assertThat(model.dataset().targetProperty().get()).isEqualTo("readmitted");
        assertThat(text(robot, "#task")).isEqualTo("binary classification");

        // 0 Sanity: 4,000 rows, about 12 % readmitted, hba1c not always measured (info), nothing else of note.
        climb(robot, RungId.SANITY);
        assertThat(text(robot, "#figure-rows .figure-value")).isEqualTo("4,000");
        assertThat(number(robot, "#figure-prevalence")).isBetween(10.0, 14.0);
        assertThat(model.ladder().findings()).extracting(f -> f.code().id()).contains("missing-values");
        assertThat(model.ladder().findings()).filteredOn(f -> f.code().id().equals("missing-values"))
                .extracting(Finding::severity).containsOnly(Severity.INFO);

        // 1 Baseline: the dummy's AUC is 0.5.
        climb(robot, RungId.BASELINE);
        assertThat(number(robot, "#figure-auc")).isEqualTo(0.5);

        // 2 Linear and 3 Forest: well above the dummy.
        climb(robot, RungId.LINEAR);
        double linear = number(robot, "#figure-auc");
        assertThat(linear).isBetween(0.70, 0.80);
        climb(robot, RungId.FOREST);
        assertThat(number(robot, "#figure-auc")).isBetween(linear - 0.03, linear + 0.05);

        // Errors: Next from the forest; the four cells of the confusion matrix hold the 4,000 rows.
        robot.clickOn("#next-forest");
        waitUntil(() -> model.errors().analysisProperty().get() != null && !model.runner().busyProperty().get());
        assertThat(model.ladder().stepProperty().get()).isEqualTo(Step.ERRORS);
        long cells = List.of("tp", "fn", "fp", "tn").stream()
                .mapToLong(cell -> Long.parseLong(text(robot, "#cell-" + cell + " .heatmap-count").replace(",", "")))
                .sum();
        assertThat(cells).isEqualTo(4000);

        // Threshold: the best-F1 suggestion moves the slider below 0.5 (12 % prevalence) and raises recall.
        robot.clickOn("#step-threshold");
        double recallAtHalf = number(robot, "#figure-recall");
        robot.clickOn("#suggest-max-f1");
        Slider slider = robot.lookup("#threshold-slider").queryAs(Slider.class);
        assertThat(slider.getValue()).isLessThan(0.5);
        assertThat(number(robot, "#figure-recall")).isGreaterThan(recallAtHalf);
        idle();

        // Checklist: the leakage item passes, from rung 0's evidence.
        robot.clickOn("#step-checklist");
        waitUntil(() -> robot.lookup("#checklist-no-target-leakage .checklist-badge").tryQuery().isPresent());
        assertThat(text(robot, "#checklist-no-target-leakage .checklist-badge")).isEqualTo("PASS");

        // Report: exported as Markdown (and the default formats) to a folder; it names every rung.
        robot.clickOn("#step-report");
        assertThat(text(robot, "#report-contents")).startsWith("Rungs: 0 Sanity, 1 Baseline, 2 Linear, 3 Forest.");
        robot.interact(() -> model.report().folderProperty().set(out));
        robot.clickOn("#format-markdown");
        robot.clickOn("#report-export");
        waitUntil(() -> !model.report().written().isEmpty() && !model.runner().busyProperty().get());
        Path markdown = out.resolve("readmission.md");
        assertThat(model.report().written()).contains(markdown);
        assertThat(Files.readString(markdown)).contains("0 Sanity", "1 Baseline", "2 Linear", "3 Forest");
        assertThat(text(robot, "#report-outcome")).startsWith("Wrote ");

        // Production: save the forest's pipeline, replay the first row through it.
        robot.clickOn("#step-production");
        Path pipeline = out.resolve("readmission.lbp");
        robot.interact(() -> {
            model.production().modelProperty().set(ModelKind.FOREST);
            model.production().save(pipeline);
        });
        waitUntil(() -> model.production().pipelineProperty().get() != null && !model.runner().busyProperty().get());
        assertThat(pipeline).isRegularFile();
        assertThat(text(robot, "#pipeline-summary")).startsWith("readmission.lbp: random forest fitted on 4000 rows");
        robot.clickOn("#fill-from-row");
        robot.clickOn("#replay-form");
        waitUntil(() -> model.production().replayProperty().get() != null);
        assertThat(text(robot, "#replay-score")).startsWith("Score 0.");

        // Drift: the sample's production file against the open data, which is its training file.
        Sample pair = Samples.byId("readmission-drift").orElseThrow();
        List<Path> files = SampleWriter.write(out, pair, Sample.DEFAULT_SEED);
        assertThat(Files.readAllBytes(files.get(0))).isEqualTo(Files.readAllBytes(samplesFolder.resolve("readmission.csv")));
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#production-tabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().size() - 1);
            model.drift().modelProperty().set(null);
            model.drift().compare(files.get(1));
        });
        waitUntil(() -> model.drift().resultProperty().get() != null && !model.drift().comparingProperty().get());
        assertThat(model.drift().features()).filteredOn(f -> f.column().equals("age")).extracting(FeatureDrift::status)
                .doesNotContain(DriftStatus.OK);
        robot.interact(() -> model.drift().selectedProperty().set(model.drift().features().stream()
                .filter(f -> f.column().equals("admission_type")).findFirst().orElseThrow()));
        assertThat(text(robot, "#drift-unseen")).startsWith("admission_type: 'transfer' in ");
        assertThat(text(robot, "#drift-message")).isNotEmpty();
    }
}
