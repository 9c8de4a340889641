package dev.ladderbench.app;

import dev.ladderbench.app.errors.ErrorsView;
import dev.ladderbench.app.errors.ErrorsViewModel;
import dev.ladderbench.app.ladder.LadderViewModel;
import dev.ladderbench.app.ladder.RungState;
import dev.ladderbench.core.CancellationToken;
import dev.ladderbench.core.ProgressListener;
import dev.ladderbench.core.analysis.ConfusionCounts;
import dev.ladderbench.core.analysis.ConfusionMatrix;
import dev.ladderbench.core.analysis.ErrorSettings;
import dev.ladderbench.core.analysis.ErrorStep;
import dev.ladderbench.core.analysis.Outcome;
import dev.ladderbench.core.analysis.PredictionSource;
import dev.ladderbench.core.analysis.Predictions;
import dev.ladderbench.core.analysis.ThresholdSweep;
import dev.ladderbench.core.analysis.ThresholdTuning;
import dev.ladderbench.core.data.CsvReadOptions;
import dev.ladderbench.core.data.Dataset;
import dev.ladderbench.core.ladder.Ladder;
import dev.ladderbench.core.ladder.LadderRequest;
import dev.ladderbench.core.ladder.LadderResult;
import dev.ladderbench.core.ladder.LadderSettings;
import dev.ladderbench.core.ladder.RungId;
import dev.ladderbench.core.ladder.RungResult;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static dev.ladderbench.app.FxConditions.openAndWaitForTheLadder;
import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Errors and Threshold steps on diabetes (768 rows, 35 % positive), with the real forest's out-of-fold
 * predictions computed once by the core ladder and handed to the window by a fake climber.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ErrorsWindowTest {

    static final Path DIABETES = Path.of("../shared/datasets/weka_diabetes.csv");

    private static Dataset diabetes;
    private static LadderResult climbed;
    private static RungResult forest;
    private static RungResult linear;
    private static Predictions predictions;

    @TempDir
    Path settings;

    private Stage stage;

    @BeforeAll
    static void climbTheRealLadderOnce() throws Exception {
        diabetes = DatasetLoader.csv().load(DIABETES, CsvReadOptions.defaults(), ProgressListener.NONE,
                CancellationToken.none()).dataset();
        climbed = Ladder.climbAll(new LadderRequest(diabetes, "class", Optional.empty(), Set.of(),
                LadderSettings.defaults()), ProgressListener.NONE, CancellationToken.none());
        forest = climbed.rungs().stream().filter(r -> r.id() == RungId.FOREST).findFirst().orElseThrow();
        linear = climbed.rungs().stream().filter(r -> r.id() == RungId.LINEAR).findFirst().orElseThrow();
        predictions = forest.model().orElseThrow().outOfFold().orElseThrow();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WorkbenchWindow.applyTheme();
    }

    private WorkbenchViewModel show(FxRobot robot) throws Exception {
        FakeClimber climber = FakeClimber.passing().with(RungId.FOREST, forest).with(RungId.LINEAR, linear);
        WorkbenchViewModel model = new WorkbenchViewModel(DatasetLoader.csv(), WorkRunner.background(),
                RecentFiles.in(settings), climber);
        robot.interact(() -> new WorkbenchWindow(stage, model).show());
        openAndWaitForTheLadder(robot, model, DIABETES);
        assertThat(model.dataset().targetProperty().get()).isEqualTo("class");
        return model;
    }

    /** Climbs rungs 0 to 3 through the view model, then waits for the forest's predictions to be analysed. */
    private static void climbToTheForest(FxRobot robot, WorkbenchViewModel model) throws Exception {
        LadderViewModel ladder = model.ladder();
        for (RungId id : RungId.values()) {
            robot.interact(() -> ladder.select(Step.of(id)));
            robot.interact(ladder::runCurrent);
            waitUntil(() -> ladder.rung(id).state() == RungState.DONE && !model.runner().busyProperty().get());
        }
        waitUntil(() -> analysedAt(model.errors(), model.errors().thresholdProperty().get()));
    }

    private static boolean analysedAt(ErrorsViewModel errors, double threshold) {
        return errors.analysisProperty().get() != null && errors.analysisProperty().get().threshold() == threshold;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theErrorsAndThresholdStepsAreLockedUntilTheForestRan(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot);
        ToggleButton errors = robot.lookup("#step-errors").queryAs(ToggleButton.class);
        assertThat(errors.getTooltip().getText()).isEqualTo("Run 3 Forest (or 2 Linear) first");
        assertThat(robot.lookup("#step-threshold").queryAs(ToggleButton.class).getTooltip().getText())
                .isEqualTo("Run 3 Forest (or 2 Linear) first");

        robot.clickOn(errors);

        assertThat(model.ladder().stepProperty().get()).isEqualTo(Step.DATA);
        assertThat(model.ladder().selectable(Step.THRESHOLD)).isFalse();
        climbToTheForest(robot, model);
        assertThat(model.ladder().selectable(Step.ERRORS)).isTrue();
        assertThat(model.ladder().nextEnabledProperty().get()).isTrue(); // Next on the forest leads to Errors
    }

    @Test
    void theHeatmapShowsTheConfusionMatrixAndClickingTheFalseNegativesListsTheirCsvLines(FxRobot robot)
            throws Exception {
        WorkbenchViewModel model = show(robot);
        climbToTheForest(robot, model);
        robot.clickOn("#next-forest");
        assertThat(model.ladder().stepProperty().get()).isEqualTo(Step.ERRORS);
        ConfusionMatrix expected = ConfusionMatrix.at(predictions, 0.5);

        assertThat(text(robot, "#cell-tp .heatmap-count")).isEqualTo(count(expected.counts().truePositives()));
        assertThat(text(robot, "#cell-fn .heatmap-count")).isEqualTo(count(expected.counts().falseNegatives()));
        assertThat(text(robot, "#cell-fp .heatmap-count")).isEqualTo(count(expected.counts().falsePositives()));
        assertThat(text(robot, "#cell-tn .heatmap-count")).isEqualTo(count(expected.counts().trueNegatives()));
        assertThat(text(robot, "#figure-fn .figure-value")).startsWith(count(expected.counts().falseNegatives()) + " · ");

        robot.clickOn("#cell-fn");

        TableView<?> table = robot.lookup("#cell-rows").queryAs(TableView.class);
        int[] fnRows = expected.datasetRows(Outcome.FALSE_NEGATIVE);
        waitUntil(() -> table.getItems().size() == fnRows.length);
        List<String> lines = IntStream.range(0, table.getItems().size())
                .mapToObj(i -> String.valueOf(table.getColumns().get(0).getCellData(i))).toList();
        assertThat(lines).containsExactlyElementsOf(IntStream.of(fnRows)
                .mapToObj(row -> Integer.toString(diabetes.lineNumber(row))).toList());
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("line", "preg", "plas", "pres",
                "skin", "insu", "mass", "pedi", "age", "class", "probability");
        assertThat(table.getColumns().get(9).getCellData(0)).hasToString("tested_positive");
        assertThat(robot.lookup("#contrast-chart").tryQuery()).isPresent();
        assertThat(robot.lookup("#fn-confidence-chart").tryQuery()).isPresent();
    }

    @Test
    void movingTheSliderUpdatesTheCountsAndMaxF1SetsIt(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot);
        climbToTheForest(robot, model);
        robot.clickOn("#step-threshold");
        ThresholdSweep sweep = ThresholdSweep.of(predictions);
        Slider slider = robot.lookup("#threshold-slider").queryAs(Slider.class);

        robot.interact(() -> slider.setValue(0.3));

        ConfusionCounts at = sweep.at(0.3);
        assertThat(model.errors().countsProperty().get()).isEqualTo(at);
        assertThat(text(robot, "#cell-fn .heatmap-count")).isEqualTo(count(at.falseNegatives()));
        assertThat(text(robot, "#cell-fp .heatmap-count")).isEqualTo(count(at.falsePositives()));
        assertThat(text(robot, "#figure-recall .figure-value")).isEqualTo(String.format(Locale.ROOT, "%.3f", at.recall()));
        assertThat(text(robot, "#figure-f1 .figure-value")).isEqualTo(String.format(Locale.ROOT, "%.3f", at.f1()));

        robot.clickOn("#suggest-max-f1");

        assertThat(slider.getValue()).isEqualTo(sweep.maxF1().threshold());
        assertThat(model.errors().countsProperty().get()).isEqualTo(sweep.maxF1());
        waitUntil(() -> analysedAt(model.errors(), sweep.maxF1().threshold()));
        assertThat(robot.lookup("#roc-chart").tryQuery()).isPresent();
        assertThat(robot.lookup("#reliability-chart").tryQuery()).isPresent();
        Screenshots.write(stage.getScene(), "threshold");
        Screenshots.write(robot.lookup("#threshold-view-figures").queryAs(ScrollPane.class).getContent(),
                "threshold-figures");
    }

    @Test
    void exportWritesTheListedRowsUnderAHeader(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot);
        climbToTheForest(robot, model);
        robot.clickOn("#step-errors");
        robot.clickOn("#cell-fp");
        TableView<?> table = robot.lookup("#cell-rows").queryAs(TableView.class);
        int falsePositives = model.errors().countsProperty().get().falsePositives();
        waitUntil(() -> table.getItems().size() == falsePositives);
        Path file = settings.resolve("fp.csv");
        Files.writeString(file, "an older export\n");

        robot.interact(() -> {
            try {
                ((ErrorsView) robot.lookup("#errors-view").query()).exportListedRows(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(falsePositives + 1);
        assertThat(lines.get(0)).isEqualTo("line,preg,plas,pres,skin,insu,mass,pedi,age,class,probability");
        assertThat(lines.get(1)).startsWith(table.getColumns().get(0).getCellData(0) + ",")
                .contains(",tested_negative,");
        try (var left = Files.list(settings)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }

        // A bar, not the (hidden) legend's symbol, which shares the style class.
        javafx.scene.Node top = robot.lookup("#contrast-chart .chart-bar").match(node -> !node.getStyleClass()
                .contains("chart-legend-item-symbol")).query();
        // The bar lies below the fold of the scroll pane; a click event on it is what the mouse would deliver.
        robot.interact(() -> top.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                1, 1, 1, 1, javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false,
                true, false, true, null)));
        assertThat(model.errors().selectedContrastProperty().get()).as("the clicked bar's feature").isNotNull();
        waitUntil(() -> model.errors().distributionProperty().get() != null);
        assertThat(robot.lookup("#distribution-chart").tryQuery()).isPresent();
        Screenshots.write(stage.getScene(), "errors");
        Screenshots.write(robot.lookup("#errors-view-figures").queryAs(ScrollPane.class).getContent(), "errors-figures");
    }

    @Test
    void switchingToTheLinearModelShowsItsErrors(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot);
        climbToTheForest(robot, model);
        robot.clickOn("#step-errors");
        ConfusionCounts ofForest = ConfusionMatrix.at(predictions, 0.5).counts();
        ConfusionCounts ofLinear = ConfusionMatrix.at(linear.model().orElseThrow().outOfFold().orElseThrow(), 0.5)
                .counts();
        assertThat(ofLinear).as("the two models err differently").isNotEqualTo(ofForest);
        assertThat(text(robot, "#cell-fn .heatmap-count")).isEqualTo(count(ofForest.falseNegatives()));

        robot.clickOn("#model-linear");

        waitUntil(() -> model.errors().modelProperty().get() != null
                && model.errors().modelProperty().get().rung() == RungId.LINEAR && analysedAt(model.errors(), 0.5));
        assertThat(model.errors().countsProperty().get()).isEqualTo(ofLinear);
        assertThat(text(robot, "#cell-fn .heatmap-count")).isEqualTo(count(ofLinear.falseNegatives()));
        assertThat(text(robot, "#cell-fp .heatmap-count")).isEqualTo(count(ofLinear.falsePositives()));
        assertThat(text(robot, "#figure-f1 .figure-value")).isEqualTo(String.format(Locale.ROOT, "%.3f", ofLinear.f1()));
        assertThat(text(robot, "#errors-about")).startsWith("Out-of-fold predictions of 2 Linear");
    }

    @Test
    void theHoldoutChoiceScoresTheStratifiedFifthAsTheCommandLineDoes(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot);
        climbToTheForest(robot, model);
        robot.clickOn("#step-errors");
        ConfusionCounts expected = ErrorStep.run(climbed, new ErrorSettings(RungId.FOREST, PredictionSource.HOLDOUT,
                0.5), ProgressListener.NONE, CancellationToken.none()).report().orElseThrow().counts();

        robot.clickOn("#source-holdout");

        waitUntil(() -> model.errors().modelProperty().get() != null
                && model.errors().modelProperty().get().source() == PredictionSource.HOLDOUT
                && analysedAt(model.errors(), 0.5));
        assertThat(expected.total()).isEqualTo(154); // round(0.2 * 268) + round(0.2 * 500)
        assertThat(model.errors().countsProperty().get()).isEqualTo(expected);
        assertThat(text(robot, "#cell-tp .heatmap-count")).isEqualTo(count(expected.truePositives()));
        assertThat(text(robot, "#errors-about")).startsWith("Holdout predictions of 3 Forest").contains(" 154 rows");
    }

    @Test
    void thresholdUntunedJudgesTheSliderThresholdAndEveryFigureShowsItsValueAtHalf(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot);
        climbToTheForest(robot, model);
        robot.clickOn("#step-threshold");
        ThresholdSweep sweep = ThresholdSweep.of(predictions);
        ConfusionCounts atHalf = sweep.at(0.5);
        assertThat(ThresholdTuning.of(sweep).untuned()).as("the forest on diabetes is untuned at 0.5").isTrue();
        assertThat(robot.lookup("#threshold-untuned").tryQuery()).isPresent();

        robot.clickOn("#suggest-max-f1");

        assertThat(robot.lookup("#threshold-untuned").tryQuery()).isEmpty();
        assertThat(text(robot, "#threshold-tuned")).startsWith(String.format(Locale.ROOT, "The threshold %.3f is close"
                + " enough", sweep.maxF1().threshold()));
        assertThat(text(robot, "#figure-f1 .figure-value")).isEqualTo(String.format(Locale.ROOT, "%.3f",
                sweep.maxF1().f1()));
        assertThat(text(robot, "#figure-f1 .figure-at-default")).isEqualTo(String.format(Locale.ROOT, "%.3f at 0.5",
                atHalf.f1()));
        assertThat(text(robot, "#figure-fn .figure-at-default")).startsWith(count(atHalf.falseNegatives()) + " · ");
    }

    @Test
    void sortingTheListedRowsByProbabilityOrdersThem(FxRobot robot) throws Exception {
        WorkbenchViewModel model = show(robot);
        climbToTheForest(robot, model);
        robot.clickOn("#step-errors");
        robot.clickOn("#cell-tn");
        TableView<Integer> table = robot.lookup("#cell-rows").queryAs(TableView.class);
        int trueNegatives = model.errors().countsProperty().get().trueNegatives();
        waitUntil(() -> table.getItems().size() == trueNegatives);
        var probability = table.getColumns().get(table.getColumns().size() - 1);

        robot.interact(() -> {
            table.getSortOrder().setAll(List.of(probability));
            probability.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
        });

        waitUntil(() -> isDescending(IntStream.range(0, table.getItems().size())
                .mapToDouble(i -> predictions.probability(table.getItems().get(i))).toArray()));
        assertThat(table.getItems()).hasSize(trueNegatives);
    }

    private static boolean isDescending(double[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static String count(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
