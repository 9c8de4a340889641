package dev.ladderbench.app;

import dev.ladderbench.app.ladder.LadderViewModel;
import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.ladder.RungId;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static dev.ladderbench.app.FxConditions.openAndWaitForTheLadder;
import static dev.ladderbench.app.FxConditions.waitForFigures;
import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The ladder in the window, on credit-g, with a fake climber that returns hand-built results. */
class LadderWindowTest extends WindowTest {

    @TempDir
    Path settings;

    private WorkbenchViewModel show(FxRobot robot, FakeClimber climber) {
        WorkbenchViewModel model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                RecentFiles.in(settings), climber);
        robot.interact(() -> new WorkbenchWindow(stage, model).show());
        return model;
    }

    private static void openCredit(FxRobot robot, WorkbenchViewModel model) throws Exception {
        openAndWaitForTheLadder(robot, model, WorkbenchWindowTest.CREDIT);
    }

    /** Selects the rung's step, runs it with its button and waits for its result. */
    private static void climb(FxRobot robot, WorkbenchViewModel model, RungId rung) throws Exception {
        robot.clickOn("#step-" + rung.name().toLowerCase());
        waitUntil(() -> model.ladder().stepProperty().get().rung().orElse(null) == rung);
        robot.clickOn("#run-" + rung.id());
        waitUntil(() -> model.ladder().rung(rung).state() == RungState.DONE && !model.runner().busyProperty().get());
        waitForFigures(robot, model, rung);
    }

    @Test
    void choosingATargetUnlocksSanityAndRunningItShowsItsFigures(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot, FakeClimber.passing());
        ToggleButton sanity = robot.lookup("#step-sanity").queryAs(ToggleButton.class);
        assertThat(sanity.getTooltip().getText()).isEqualTo("Choose a target first");
        robot.clickOn(sanity);
        assertThat(model.ladder().stepProperty().get()).isEqualTo(Step.DATA);

        openCredit(robot, model);
        robot.clickOn(sanity);

        assertThat(model.ladder().stepProperty().get()).isEqualTo(Step.SANITY);
        assertThat(robot.lookup("#placeholder-sanity").queryAs(Label.class).getText())
                .isEqualTo("Run this rung to see its figures.");
        assertThat(robot.lookup("#figures-sanity").tryQuery()).isEmpty();
        assertThat(robot.lookup("#step-baseline").queryAs(ToggleButton.class).getTooltip().getText())
                .isEqualTo("Run 0 Sanity first");

        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitUntil(() -> model.ladder().rung(RungId.SANITY).state() == RungState.DONE);
        waitForFigures(robot, RungId.SANITY);

        assertThat(robot.lookup("#figure-rows .figure-value").queryAs(Label.class).getText()).isEqualTo("1,000");
        assertThat(robot.lookup("#figure-missing .figure-value").queryAs(Label.class).getText()).isEqualTo("641");
        assertThat(robot.lookup("#class-chart").tryQuery()).isPresent();
        assertThat(robot.lookup("#missing-chart").tryQuery()).isPresent();
        assertThat(robot.lookup("#range-table").tryQuery()).isPresent();
        XYChart<?, ?> leakage = robot.lookup("#leakage-chart").queryAs(XYChart.class);
        assertThat(leakage.getData().get(0).getData()).hasSize(20);
        assertThat(hasPseudoClass(sanity, "warn")).isTrue();
        assertThat(findings(robot).getItems()).extracting(f -> f.code().id())
                .containsExactly("missing-values", "scale-differences");
        assertThat(robot.lookup("#next-sanity").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#continue-sanity").queryButton().isVisible()).isFalse();
    }

    @Test
    void aFailFindingKeepsNextDisabledAndContinueAnywayUnlocksTheNextRungAndRecordsTheOverride(FxRobot robot)
            throws Exception {
        WorkbenchViewModel model = show(robot, new FakeClimber(LadderFixtures.sanity(true), Set.of()));
        openCredit(robot, model);
        climb(robot, model, RungId.SANITY);
        LadderViewModel ladder = model.ladder();

        Button next = robot.lookup("#next-sanity").queryButton();
        Button continueAnyway = robot.lookup("#continue-sanity").queryButton();
        assertThat(next.isDisabled()).isTrue();
        assertThat(continueAnyway.isVisible()).isTrue();
        assertThat(continueAnyway.isDisabled()).isFalse();
        assertThat(ladder.rung(RungId.BASELINE).unlockedProperty().get()).isFalse();
        assertThat(robot.lookup("#step-baseline").queryAs(ToggleButton.class).getTooltip().getText())
                .isEqualTo("0 Sanity has a fail finding: fix it, or Continue anyway");
        assertThat(hasPseudoClass(robot.lookup("#step-sanity").query(), "fail")).isTrue();
        assertThat(robot.lookup("#finding-title").queryAs(Label.class).getText())
                .isEqualTo("A single feature predicts the label almost perfectly");

        robot.clickOn(continueAnyway);

        assertThat(ladder.overridden()).containsExactly(RungId.SANITY);
        assertThat(ladder.rung(RungId.BASELINE).unlockedProperty().get()).isTrue();
        assertThat(ladder.stepProperty().get()).isEqualTo(Step.BASELINE);
        assertThat(robot.lookup("#rung-baseline").tryQuery()).isPresent();
    }

    @Test
    void changingTheExcludedColumnsMarksDoneRungsStaleAndShowsTheBanner(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot, FakeClimber.passing());
        openCredit(robot, model);
        climb(robot, model, RungId.SANITY);
        robot.clickOn("#next-sanity");
        climb(robot, model, RungId.BASELINE);
        assertThat(robot.lookup("#stale-banner").query().isVisible()).isFalse();

        robot.interact(() -> model.dataset().column("age").featureProperty().set(false));

        LadderViewModel ladder = model.ladder();
        assertThat(ladder.rung(RungId.SANITY).state()).isEqualTo(RungState.STALE);
        assertThat(ladder.rung(RungId.BASELINE).state()).isEqualTo(RungState.STALE);
        assertThat(robot.lookup("#stale-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#figures-baseline").tryQuery()).isEmpty();
        assertThat(robot.lookup("#placeholder-baseline").query().isVisible()).isTrue();
        assertThat(findings(robot).getItems()).isEmpty();
        assertThat(hasPseudoClass(robot.lookup("#step-sanity").query(), "stale")).isTrue();
        assertThat(hasPseudoClass(robot.lookup("#step-baseline").query(), "stale")).isTrue();
        assertThat(robot.lookup("#next-baseline").queryButton().isDisabled()).isTrue();
        Node statusBar = robot.lookup(".load-status").query();
        assertThat(statusBar.localToScene(statusBar.getBoundsInLocal()).getMaxY())
                .isLessThanOrEqualTo(stage.getScene().getHeight() + 0.5);
        assertThat(robot.lookup("#next-baseline").query().isVisible()).isTrue();
        Screenshots.write(stage.getScene(), "rung-stale");

        robot.clickOn("#step-sanity");
        robot.clickOn("#run-sanity");
        waitUntil(() -> ladder.rung(RungId.SANITY).state() == RungState.DONE);
        assertThat(ladder.rung(RungId.BASELINE).unlockedProperty().get()).isTrue();
    }

    @Test
    void cancellingASlowRungReturnsItToNotRun(FxRobot robot) throws Exception {
        FakeClimber climber = new FakeClimber(LadderFixtures.sanity(false), Set.of(RungId.SANITY));
        WorkbenchViewModel model = show(robot, climber);
        openCredit(robot, model);
        robot.clickOn("#step-sanity");
        robot.clickOn("#run-sanity");
        waitUntil(() -> model.statusProperty().get().startsWith("Fold"));
        assertThat(model.ladder().rung(RungId.SANITY).state()).isEqualTo(RungState.RUNNING);
        assertThat(robot.lookup("#run-sanity").queryButton().isDisabled()).isTrue();

        robot.clickOn("#cancel");

        assertThat(climber.slowStopped.await(1, TimeUnit.SECONDS)).isTrue();
        waitUntil(() -> !model.runner().busyProperty().get());
        assertThat(model.ladder().rung(RungId.SANITY).state()).isEqualTo(RungState.NOT_RUN);
        assertThat(robot.lookup("#placeholder-sanity").queryAs(Label.class).getText())
                .isEqualTo("Run this rung to see its figures.");
        assertThat(robot.lookup("#run-sanity").queryButton().isDisabled()).isFalse();
        assertThat(climber.requests.get(0).target()).isEqualTo("class");
    }

    @Test
    void theLinearRungListsTheTopCoefficientsAndItsFoldChartHasOnePointPerFold(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot, FakeClimber.passing());
        openCredit(robot, model);
        climb(robot, model, RungId.SANITY);
        robot.clickOn("#next-sanity");
        climb(robot, model, RungId.BASELINE);
        Screenshots.write(stage.getScene(), "rung1");
        robot.clickOn("#next-baseline");
        climb(robot, model, RungId.LINEAR);

        XYChart<?, ?> coefficients = robot.lookup("#coefficient-chart").queryAs(XYChart.class);
        List<?> bars = coefficients.getData().get(0).getData();
        assertThat(bars).hasSize(15);
        List<Object> names = bars.stream().map(bar -> (Object) ((XYChart.Data<?, ?>) bar).getYValue()).toList();
        // The largest weight is listed last: a vertical category axis puts its first category at the bottom.
        assertThat(names.subList(10, 15)).containsExactlyElementsOf(
                reversed(LadderFixtures.TOP_COEFFICIENTS));
        assertThat(names).doesNotContain("job=skilled");
        XYChart<?, ?> folds = robot.lookup("#fold-chart").queryAs(XYChart.class);
        assertThat(folds.getData().get(0).getName()).isEqualTo("validation");
        assertThat(folds.getData().get(0).getData()).extracting(d -> ((Number) d.getYValue()).doubleValue())
                .containsExactly(0.812, 0.765, 0.782, 0.801, 0.758);
        assertThat(robot.lookup("#figure-auc .figure-value").queryAs(Label.class).getText()).isEqualTo("0.784 ± 0.021");
        assertThat(robot.lookup("#figure-pr-auc .figure-caption").queryAs(Label.class).getText())
                .isEqualTo("PR-AUC (prevalence 0.300)");

        robot.clickOn("#all-findings");
        assertThat(findings(robot).getItems()).extracting(f -> f.rung()).containsExactly(RungId.SANITY, RungId.SANITY);
        Path window = Screenshots.write(stage.getScene(), "rung2");
        Screenshots.write(robot.lookup("#figures-linear").queryAs(ScrollPane.class).getContent(), "rung2-figures");
        assertThat(Files.size(window)).isGreaterThan(10_000);

        robot.clickOn("#next-linear");
        climb(robot, model, RungId.FOREST);
        XYChart<?, ?> importance = robot.lookup("#importance-chart").queryAs(XYChart.class);
        assertThat(importance.getData().get(0).getData()).hasSize(8);
        robot.clickOn("#all-findings"); // back to the shown rung's findings only
        assertThat(model.ladder().allFindingsProperty().get()).isFalse();
        assertThat(findings(robot).getItems()).extracting(f -> f.code().id())
                .containsExactly("forest-worse-than-linear", "overfitting");
        assertThat(hasPseudoClass(robot.lookup("#step-forest").query(), "warn")).isTrue();
        assertThat(robot.lookup("#next-forest").queryButton().isDisabled()).isTrue(); // Errors arrives later
    }

    @Test
    void aSnapshotOfTheSanityRungWithALeakIsWritten(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot, new FakeClimber(LadderFixtures.sanity(true), Set.of()));
        openCredit(robot, model);
        climb(robot, model, RungId.SANITY);

        Path window = Screenshots.write(stage.getScene(), "rung0");
        Screenshots.write(robot.lookup("#figures-sanity").queryAs(ScrollPane.class).getContent(), "rung0-figures");
        assertThat(Files.size(window)).isGreaterThan(10_000);
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static ListView<Finding> findings(FxRobot robot) {
        return robot.lookup("#findings").queryAs(ListView.class);
    }

    private static boolean hasPseudoClass(Node node, String name) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(name));
    }
}
