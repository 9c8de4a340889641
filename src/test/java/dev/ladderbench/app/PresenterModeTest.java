package dev.ladderbench.app;

import atlantafx.base.theme.PrimerDark;
import dev.ladderbench.app.ladder.Rung;
import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.app.samples.SamplesViewModel;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.samples.RealDatasets;
import dev.ladderbench.core.samples.Samples;
import javafx.application.Application;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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
import java.util.List;
import java.util.stream.Stream;

import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Presenter mode and themes: Ctrl + / − / 0 scale the rendered fonts, and both settings outlive the window. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PresenterModeTest {

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
        new WorkbenchWindow(stage, model, samples, Appearance.in(settings)).show();
    }

    private static double fontOf(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getFont().getSize();
    }

    @Test
    void ctrlPlusScalesTheRenderedFontsAndANewWindowOpensAtThatScale(FxRobot robot) throws Exception {
        assertThat(fontOf(robot, "#step-data")).isCloseTo(14, within(0.01));

        for (int i = 0; i < 4; i++) { // 110, 125, 150 … and one more step is 175
            robot.push(KeyCode.CONTROL, KeyCode.PLUS);
        }
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);

        waitUntil(() -> Math.abs(fontOf(robot, "#step-data") - 21) < 0.01);
        Stage[] second = new Stage[1];
        robot.interact(() -> {
            second[0] = new Stage();
            WorkbenchViewModel another = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                    RecentFiles.in(settings));
            new WorkbenchWindow(second[0], another, new SamplesViewModel(another, sampleDirectory, RealDatasets.SHARED),
                    Appearance.in(settings)).show();
        });
        double inNewWindow = robot.from(second[0].getScene().getRoot()).lookup("#step-data").queryAs(Labeled.class)
                .getFont().getSize();
        robot.interact(second[0]::close);
        assertThat(inNewWindow).isCloseTo(21, within(0.01));
    }

    @Test
    void ctrlZeroGoesBackToTheThemesSize(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.PLUS);
        waitUntil(() -> fontOf(robot, "#step-data") > 15);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);

        waitUntil(() -> Math.abs(fontOf(robot, "#step-data") - 14) < 0.01);
        assertThat(Appearance.in(settings).scaleProperty().get()).isEqualTo(100);
    }

    @Test
    void theScaleReachesTheChartsAxes(FxRobot robot) throws Exception {
        openAndRunSanity(robot, "readmission-leak");
        javafx.scene.chart.Axis<?> axis = robot.lookup("#leakage-chart .axis").queryAs(javafx.scene.chart.Axis.class);
        double before = axis.getTickLabelFont().getSize();

        robot.push(KeyCode.CONTROL, KeyCode.PLUS).push(KeyCode.CONTROL, KeyCode.PLUS).push(KeyCode.CONTROL, KeyCode.PLUS);

        waitUntil(() -> axis.getTickLabelFont().getSize() > before * 1.45);
        Screenshots.write(stage.getScene(), "presenter-150");
    }

    @Test
    void theChosenThemeAppliesAndIsRememberedWithLargeControls(FxRobot robot) throws Exception {
        fire(robot, "theme-dark");
        fire(robot, "large-controls");

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("large-controls");
        Appearance reopened = Appearance.in(settings);
        assertThat(reopened.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(reopened.largeControlsProperty().get()).isTrue();
        openAndRunSanity(robot, "readmission-leak");
        Screenshots.write(stage.getScene(), "theme-dark-large-controls");
    }

    @Test
    void darkAndHighContrastScreenshotsOfTheErrorsStep(FxRobot robot) throws Exception {
        openAndRunSanity(robot, "readmission-grams");
        for (RungId id : new RungId[]{RungId.BASELINE, RungId.LINEAR, RungId.FOREST}) {
            run(robot, id);
        }
        robot.interact(() -> model.ladder().select(Step.ERRORS));
        waitUntil(() -> model.errors().analysisProperty().get() != null);
        fire(robot, "theme-dark");
        Screenshots.write(stage.getScene(), "theme-dark-errors");
        robot.interact(() -> model.ladder().select(Step.LINEAR));
        Screenshots.write(stage.getScene(), "theme-dark-linear");
        fire(robot, "theme-high-contrast");
        Screenshots.write(stage.getScene(), "theme-high-contrast-linear");
        robot.interact(() -> model.ladder().select(Step.THRESHOLD));
        Screenshots.write(stage.getScene(), "theme-high-contrast-threshold");
        fire(robot, "theme-light");
    }

    /** Chooses a View menu item as a click would. */
    private void fire(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(menu -> items(menu.getItems()))
                .filter(each -> id.equals(each.getId())).findFirst().orElseThrow();
        // A click on a check item toggles it in the menu's skin, before its action.
        robot.interact(() -> {
            if (item instanceof CheckMenuItem check) {
                check.setSelected(!check.isSelected());
            }
            item.fire();
        });
    }

    private static Stream<MenuItem> items(List<MenuItem> items) {
        return items.stream().flatMap(item -> item instanceof Menu menu
                ? Stream.concat(Stream.of(menu), items(menu.getItems())) : Stream.of(item));
    }

    private void openAndRunSanity(FxRobot robot, String sampleId) throws Exception {
        robot.interact(() -> samples.open(Samples.byId(sampleId).orElseThrow()));
        waitUntil(() -> !model.runner().busyProperty().get() && model.ladder().rung(RungId.SANITY).unlockedProperty().get());
        robot.interact(() -> model.dataset().targetProperty().set("readmitted"));
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
