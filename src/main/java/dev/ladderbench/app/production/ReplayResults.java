package dev.ladderbench.app.production;

import dev.ladderbench.app.ZoomedHeight;
import dev.ladderbench.app.ladder.Figures;
import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.finding.Finding;
import dev.ladderbench.core.replay.Contribution;
import dev.ladderbench.core.replay.InputValue;
import dev.ladderbench.core.replay.ModelKind;
import dev.ladderbench.core.replay.Replay;
import dev.ladderbench.core.replay.ReplayFailure;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A replayed row: where it broke (if it did), the score and decision, each feature through the raw and
 * imputed stages (imputed, out-of-range and unseen values highlighted), the model inputs encoded and
 * scaled, and the contributions as a bar chart.
 */
final class ReplayResults extends VBox {

    /** How many contributions the chart shows, largest first. */
    static final int TOP = 8;
    private static final PseudoClass IMPUTED = PseudoClass.getPseudoClass("imputed");
    private static final PseudoClass OUT_OF_RANGE = PseudoClass.getPseudoClass("out-of-range");
    private static final PseudoClass UNSEEN = PseudoClass.getPseudoClass("unseen");
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");
    private static final String UP = "-fx-bar-fill: #c0392b;";
    private static final String DOWN = "-fx-bar-fill: #2e86c1;";

    private final Label failure = new Label();
    private final Label score = new Label();
    private final Label findings = Figures.note("");
    private final TableView<FeatureStages> stages = new TableView<>();
    private final TableView<InputRow> inputs = new TableView<>();
    private final VBox chartBox = new VBox();

    ReplayResults() {
        super(8);
        getStyleClass().add("replay-results");
        failure.setId("replay-failure");
        failure.getStyleClass().add("replay-failure");
        failure.setWrapText(true);
        score.setId("replay-score");
        score.getStyleClass().add("replay-score");
        score.setWrapText(true);
        findings.setId("replay-findings");
        stages.setId("replay-stages");
        stages.getColumns().setAll(List.of(column("feature", FeatureStages::column, 140),
                column("raw", FeatureStages::raw, 90), column("imputed", FeatureStages::imputed, 90),
                column("what happened", FeatureStages::note, 240)));
        stages.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(FeatureStages item, boolean empty) {
                super.updateItem(item, empty);
                boolean shown = item != null && !empty;
                pseudoClassStateChanged(IMPUTED, shown && item.wasImputed());
                pseudoClassStateChanged(OUT_OF_RANGE, shown && item.outOfRange());
                pseudoClassStateChanged(UNSEEN, shown && item.unseen());
                pseudoClassStateChanged(BROKEN, shown && item.broken());
            }
        });
        stages.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ZoomedHeight.of(stages, 250);
        inputs.setId("replay-inputs");
        inputs.getColumns().setAll(List.of(column("model input", InputRow::input, 240),
                column("encoded", InputRow::encoded, 110), column("scaled (what the model reads)", InputRow::scaled, 180)));
        inputs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ZoomedHeight.of(inputs, 220);
        chartBox.setId("replay-contributions");
        show(null);
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    void show(Replay replay) {
        getChildren().clear();
        if (replay == null) {
            getChildren().add(Figures.note("Fill the form (or paste a JSON object) and press Replay to see the row"
                    + " go through every stage."));
            return;
        }
        replay.failure().ifPresent(f -> {
            failure.setText(brokenAt(f));
            getChildren().add(failure);
        });
        replay.score().ifPresent(s -> {
            score.setText(String.format(Locale.ROOT, "Score %.4f (probability of %s): at threshold %s the pipeline"
                    + " decides %s.", s, replay.positiveLabel(), NumericColumn.format(replay.threshold()),
                    replay.decision().orElseThrow()));
            getChildren().add(score);
        });
        if (!replay.findings().isEmpty()) {
            findings.setText(String.join("\n", replay.findings().stream().map(ReplayResults::finding).toList()));
            getChildren().add(findings);
        }
        stages.getItems().setAll(FeatureStages.of(replay));
        getChildren().addAll(Figures.heading("Raw and imputed, by feature (flagged values first)"), stages);
        if (!replay.encoded().isEmpty()) {
            chartBox.getChildren().setAll(contributions(replay));
            getChildren().addAll(Figures.heading("What pushed the score", "contribution-chart"), Figures.note(replay.model() == ModelKind.LINEAR
                    ? "Coefficient times scaled value, in log-odds: right pushes towards " + replay.positiveLabel() + "."
                    : "The score minus the score with the feature at its training median (or commonest level): right"
                    + " pushes towards " + replay.positiveLabel() + "."), chartBox);
            inputs.getItems().setAll(InputRow.of(replay));
            getChildren().addAll(Figures.heading("Encoded and scaled model inputs"), Figures.note(
                    replay.model() == ModelKind.FOREST ? "The forest reads the encoded inputs unscaled; one-hot inputs"
                            + " at 0 are not listed." : "Numbers are scaled with the training mean and standard"
                            + " deviation; one-hot inputs at 0 are not listed."), inputs);
        }
    }

    static String brokenAt(ReplayFailure failure) {
        return "The row breaks the pipeline at stage " + (failure.stage().ordinal() + 1) + ", the "
                + failure.stage().label() + ", column '" + failure.column() + "': " + failure.sentence();
    }

    private static String finding(Finding finding) {
        return finding.code().id() + ": " + finding.detail();
    }

    private static BarChart<Number, String> contributions(Replay replay) {
        List<Contribution> top = replay.contributions().stream().limit(TOP).toList();
        NumberAxis x = new NumberAxis();
        x.setLabel(replay.model() == ModelKind.LINEAR ? "log-odds" : "change in score");
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setId("contribution-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        ZoomedHeight.of(chart, 50 + 26 * top.size());
        chart.setMinHeight(Region.USE_PREF_SIZE);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // Largest at the top: a category axis lists its first category at the bottom.
        List<Contribution> bottomUp = new ArrayList<>(top);
        java.util.Collections.reverse(bottomUp);
        for (Contribution c : bottomUp) {
            XYChart.Data<Number, String> bar = new XYChart.Data<>(c.value(), c.column());
            // Inline: the chart resets a bar's style classes after creating it, and the theme colours them by series.
            bar.nodeProperty().addListener((observable, previous, node) -> {
                if (node != null) {
                    node.setStyle(c.value() >= 0 ? UP : DOWN);
                }
            });
            series.getData().add(bar);
        }
        chart.getData().add(series);
        return chart;
    }

    /** One model input through the encoder and the scaler. */
    record InputRow(String input, String encoded, String scaled) {

        static List<InputRow> of(Replay replay) {
            return IntStream.range(0, replay.encoded().size())
                    .filter(i -> isNumber(replay.encoded().get(i)) || replay.encoded().get(i).value() != 0)
                    .mapToObj(i -> new InputRow(replay.encoded().get(i).input(),
                            NumericColumn.format(replay.encoded().get(i).value()), scaled(replay.scaled().get(i).value())))
                    .toList();
        }

        private static boolean isNumber(InputValue value) {
            return value.input().equals(value.column());
        }

        private static String scaled(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? NumericColumn.format(v)
                    : String.format(Locale.ROOT, "%.4f", v);
        }
    }
}
