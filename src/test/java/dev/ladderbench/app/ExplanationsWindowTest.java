package dev.ladderbench.app;

import dev.ladderbench.app.help.Help;
import dev.ladderbench.app.ladder.Rung;
import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.app.samples.SamplesViewModel;
import dev.ladderbench.core.explain.Explanations;
import dev.ladderbench.core.finding.FindingCode;
import dev.ladderbench.core.finding.Layer;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.samples.RealDatasets;
import dev.ladderbench.core.samples.Samples;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** "?" and F1 open a chart's or a step's explanation; the taxonomy lists the layers and explains each code. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExplanationsWindowTest {

    @TempDir
    Path settings;
    @TempDir
    Path sampleDirectory;

    private WorkbenchViewModel model;
    private SamplesViewModel samples;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(), RecentFiles.in(settings));
        samples = new SamplesViewModel(model, sampleDirectory, RealDatasets.SHARED);
        new WorkbenchWindow(stage, model, samples).show();
    }

    @Test
    void theQuestionMarkBesideAChartOpensHowToReadIt(FxRobot robot) throws Exception {
        openLeakSampleAndRunSanity(robot);

        robot.clickOn(helpButtonBeside("Class distribution"));

        waitUntil(() -> explanationPane() != null);
        Screenshots.write(explanationPane().getScene(), "explanation-class-chart");
        assertThat(shownText(robot)).isEqualTo(Help.chart("class-chart").first());
    }

    @Test
    void f1OnAFocusedQuestionMarkOpensItsChartsText(FxRobot robot) throws Exception {
        openLeakSampleAndRunSanity(robot);
        Button help = helpButtonBeside("Leakage probe: single-feature AUC");

        robot.interact(help::requestFocus);
        robot.push(KeyCode.F1);

        assertThat(shownText(robot)).isEqualTo(Help.chart("leakage-chart").first());
    }

    @Test
    void f1InsideARungExplainsTheRung(FxRobot robot) throws Exception {
        openLeakSampleAndRunSanity(robot);

        robot.interact(() -> robot.lookup("#run-sanity").query().requestFocus());
        robot.push(KeyCode.F1);

        assertThat(shownText(robot)).isEqualTo(Help.step("sanity").first());
    }

    @Test
    void everyChartOfTheClimbedStepsHasItsExplanation(FxRobot robot) throws Exception {
        openSampleAndRunSanity(robot, "readmission");
        for (RungId id : RungId.values()) {
            run(robot, id);
        }
        int seen = 0;
        for (Step step : List.of(Step.SANITY, Step.LINEAR, Step.FOREST, Step.ERRORS, Step.THRESHOLD)) {
            robot.interact(() -> model.ladder().select(step));
            waitUntil(() -> step.rung().isPresent() || model.errors().analysisProperty().get() != null);
            List<Node> charts = ChartImages.charts(stage.getScene().getRoot());
            assertThat(charts).as(step.label() + " shows charts").isNotEmpty();
            for (Node chart : charts) {
                String id = chart.getId() != null ? chart.getId() : "confusion-matrix";
                assertThat(Explanations.builtIn().chart(id)).as(id + " on " + step.label()).isPresent();
                seen++;
            }
        }
        assertThat(seen).isGreaterThanOrEqualTo(12);
    }

    @Test
    void theTaxonomyListsTheFiveLayersAndExplainsACodeWithWhereItWasRaised(FxRobot robot) throws Exception {
        openLeakSampleAndRunSanity(robot);

        robot.push(KeyCode.CONTROL, KeyCode.T);
        waitUntil(() -> taxonomyRoot() != null);
        Parent taxonomy = taxonomyRoot();
        for (Layer layer : Layer.values()) {
            assertThat(robot.from(taxonomy).lookup("#layer-" + layer.id()).tryQuery()).as(layer.id()).isPresent();
        }
        robot.clickOn(robot.from(taxonomy).lookup("#code-target-leakage").<Node>query());

        assertThat(robot.from(taxonomy).lookup("#taxonomy-first").queryAs(Label.class).getText())
                .isEqualTo(FindingCode.TARGET_LEAKAGE.why());
        assertThat(robot.from(taxonomy).lookup("#taxonomy-second").queryAs(Label.class).getText())
                .isEqualTo(FindingCode.TARGET_LEAKAGE.fix());
        assertThat(robot.from(taxonomy).lookup("#taxonomy-raised .label").queryAllAs(Label.class))
                .extracting(Label::getText).anyMatch(text -> text.contains("discharge_code"));
        Screenshots.write(taxonomy.getScene(), "taxonomy");

        // Below what the window shows, so not clickable without scrolling: fired as a click or Enter fires it.
        robot.interact(robot.from(taxonomy).lookup("#code-version-mismatch").queryAs(Hyperlink.class)::fire);
        assertThat(robot.from(taxonomy).lookup("#taxonomy-raised .label").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("Not raised in the current analysis.");
    }

    /** The explanation window's pane, once it shows. */
    private static DialogPane explanationPane() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null)
                .map(w -> w.getScene().getRoot().lookup("#explanation-help"))
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst().orElse(null);
    }

    private Parent taxonomyRoot() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null
                        && w.getScene().getRoot().getId() != null && w.getScene().getRoot().getId().equals("taxonomy"))
                .map(w -> w.getScene().getRoot()).findFirst().orElse(null);
    }

    private Button helpButtonBeside(String heading) {
        return (Button) stage.getScene().getRoot().lookupAll(".help-button").stream()
                .filter(button -> button.getParent().getChildrenUnmodifiable().stream()
                        .anyMatch(node -> node instanceof Label label && heading.equals(label.getText())))
                .findFirst().orElseThrow(() -> new AssertionError("No ? beside " + heading));
    }

    private static String shownText(FxRobot robot) throws Exception {
        waitUntil(() -> explanationPane() != null);
        DialogPane pane = explanationPane();
        String text = robot.from(pane).lookup("#explanation-first").queryAs(Label.class).getText();
        robot.interact(() -> pane.getScene().getWindow().hide());
        return text;
    }

    private void openLeakSampleAndRunSanity(FxRobot robot) throws Exception {
        openSampleAndRunSanity(robot, "readmission-leak");
    }

    private void openSampleAndRunSanity(FxRobot robot, String sample) throws Exception {
        robot.interact(() -> samples.open(Samples.byId(sample).orElseThrow()));
        waitUntil(() -> !model.runner().busyProperty().get() && model.ladder().rung(RungId.SANITY).unlockedProperty().get());
        robot.interact(() -> model.dataset().targetProperty().set(Samples.TARGET));
        waitUntil(() -> model.dataset().targetReadyProperty().get());
        run(robot, RungId.SANITY);
        FxConditions.waitForFigures(robot, RungId.SANITY);
    }

    private void run(FxRobot robot, RungId id) throws Exception {
        Rung rung = model.ladder().rung(id);
        robot.interact(() -> model.ladder().select(Step.of(id)));
        robot.interact(model.ladder()::runCurrent);
        waitUntil(() -> !model.runner().busyProperty().get() && rung.state() == RungState.DONE);
    }
}
