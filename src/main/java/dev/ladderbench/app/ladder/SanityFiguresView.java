package dev.ladderbench.app.ladder;

import atlantafx.base.theme.Styles;
import dev.ladderbench.app.RowsByPulse;
import dev.ladderbench.app.ZoomedHeight;
import dev.ladderbench.core.data.LevelCount;
import dev.ladderbench.core.ladder.ColumnHealth;
import dev.ladderbench.core.ladder.SanityFigures;
import dev.ladderbench.core.model.FeatureLeakage;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Rung 0's figures: counts, missing per column, classes, the leakage probe and the feature ranges. */
final class SanityFiguresView {

    static final int TOP_MISSING = 20;
    static final int TOP_LEAKAGE = 25;

    private SanityFiguresView() {
    }

    static Node of(SanityFigures figures, double leakageThreshold) {
        VBox box = new VBox(8);
        box.getStyleClass().add("sanity-figures");
        box.getChildren().add(Figures.tiles(
                Figures.tile("rows", Figures.count(figures.rows()), "figure-rows"),
                Figures.tile("columns", Figures.count(figures.columns()), "figure-columns"),
                Figures.tile("rows without a label", Figures.count(figures.labelMissing()), "figure-label-missing"),
                Figures.tile("missing cells", Figures.count(figures.missingCells()), "figure-missing"),
                Figures.tile("infinite cells", Figures.count(figures.infiniteCells()), "figure-infinite"),
                Figures.tile("duplicate rows", Figures.count(figures.duplicateRows()), "figure-duplicates"),
                Figures.tile("conflicting groups", Figures.count(figures.conflictingGroups()), "figure-conflicts"),
                Figures.tile("positive prevalence", Double.isNaN(figures.prevalence()) ? "none"
                        : Figures.percent(figures.prevalence()), "figure-prevalence")));

        // The charts and the table come over the next pulses, one each (see SectionsByPulse).
        VBox classes = section("Class distribution", "class-chart");
        VBox missing = section("Missing cells per column", "missing-chart");
        HBox pair = new HBox(12, classes, missing);
        HBox.setHgrow(classes, Priority.ALWAYS);
        HBox.setHgrow(missing, Priority.ALWAYS);
        SectionsByPulse.append(box, List.of(
                () -> {
                    classes.getChildren().add(classChart(figures.classCounts()));
                    return List.of(pair);
                },
                () -> {
                    missing.getChildren().add(missingChart(figures.featureHealth()));
                    return List.of();
                },
                () -> List.of(Figures.heading("Leakage probe: single-feature AUC", "leakage-chart"),
                        Figures.note("A depth-1 tree on each feature alone, cross-validated. Above "
                                + Figures.auc(leakageThreshold) + " (the red line) a feature predicts the label suspiciously well."
                                + (figures.probeRows().sampled() ? " On " + figures.probeRows().describe() + "." : "")),
                        leakageChart(figures.leakage(), leakageThreshold)),
                () -> List.of(Figures.heading("Feature ranges"), rangeTable(figures.featureHealth()))));
        return box;
    }

    /** A chart's heading over the chart to come, taking half the row. */
    private static VBox section(String title, String chartId) {
        VBox section = new VBox(4, Figures.heading(title, chartId));
        section.setMinWidth(0);
        section.setPrefWidth(10);
        return section;
    }

    private static Node classChart(List<LevelCount> counts) {
        if (counts.isEmpty()) {
            VBox none = new VBox(Figures.note("A continuous target has no classes to count."));
            none.setId("class-chart-empty");
            ZoomedHeight.of(none, 240);
            return none;
        }
        CategoryAxis classes = new CategoryAxis();
        NumberAxis rows = new NumberAxis();
        rows.setLabel("rows");
        BarChart<String, Number> chart = new BarChart<>(classes, rows);
        chart.setId("class-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        ZoomedHeight.of(chart, 240);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        counts.forEach(c -> series.getData().add(new XYChart.Data<>(c.level(), c.count())));
        chart.getData().add(series);
        return chart;
    }

    private static Node missingChart(List<ColumnHealth> health) {
        List<ColumnHealth> missing = health.stream().filter(h -> h.missing() + h.infinite() > 0)
                .sorted(Comparator.comparingInt((ColumnHealth h) -> h.missing() + h.infinite()).reversed())
                .limit(TOP_MISSING).toList();
        if (missing.isEmpty()) {
            VBox none = new VBox(Figures.note("No feature has a missing or infinite cell."));
            none.setId("missing-chart-empty");
            ZoomedHeight.of(none, 240);
            return none;
        }
        CategoryAxis columns = new CategoryAxis();
        NumberAxis cells = new NumberAxis();
        cells.setLabel("cells");
        BarChart<String, Number> chart = new BarChart<>(columns, cells);
        chart.setId("missing-chart");
        chart.setAnimated(false);
        ZoomedHeight.of(chart, 240);
        chart.setLegendVisible(missing.stream().anyMatch(h -> h.infinite() > 0));
        XYChart.Series<String, Number> nan = new XYChart.Series<>();
        nan.setName("missing");
        XYChart.Series<String, Number> inf = new XYChart.Series<>();
        inf.setName("infinite");
        for (ColumnHealth h : missing) {
            nan.getData().add(new XYChart.Data<>(h.name(), h.missing()));
            inf.getData().add(new XYChart.Data<>(h.name(), h.infinite()));
        }
        chart.getData().add(nan);
        if (chart.isLegendVisible()) {
            chart.getData().add(inf);
        }
        return chart;
    }

    private static Node leakageChart(List<FeatureLeakage> leakage, double threshold) {
        List<FeatureLeakage> top = leakage.stream()
                .sorted(Comparator.comparingDouble(FeatureLeakage::treeAuc).reversed()).limit(TOP_LEAKAGE).toList();
        if (top.isEmpty()) {
            return Figures.note("No features to probe.");
        }
        NumberAxis auc = new NumberAxis(0.4, 1.0, 0.1);
        auc.setLabel("cross-validated ROC AUC of the feature alone");
        CategoryAxis features = new CategoryAxis();
        MarkedBarChart<Number, String> chart = new MarkedBarChart<>(auc, features);
        chart.setId("leakage-chart");
        chart.setLegendVisible(false);
        chart.setCategoryGap(4);
        ZoomedHeight.fixed(chart, 70 + 22 * top.size());
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // A vertical category axis lists its first category at the bottom: add the lowest AUC first.
        for (int i = top.size() - 1; i >= 0; i--) {
            FeatureLeakage feature = top.get(i);
            series.getData().add(new XYChart.Data<>(Math.max(auc.getLowerBound(), feature.treeAuc()), feature.feature()));
        }
        chart.getData().add(series);
        for (int i = 0; i < series.getData().size(); i++) {
            FeatureLeakage feature = top.get(top.size() - 1 - i);
            if (feature.flagged() || feature.treeAuc() > threshold) {
                MarkedBarChart.styleBar(series.getData().get(i), "flagged");
            }
        }
        chart.mark(threshold, Figures.auc(threshold), "threshold-marker");
        VBox box = new VBox(4, chart);
        if (leakage.size() > top.size()) {
            box.getChildren().add(Figures.note("The " + top.size() + " highest of " + leakage.size() + " features."));
        }
        return box;
    }

    private static Node rangeTable(List<ColumnHealth> health) {
        TableView<ColumnHealth> table = new TableView<>();
        table.setId("range-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.getColumns().add(text("feature", ColumnHealth::name, 150, false));
        table.getColumns().add(text("kind", h -> h.numeric() ? "numeric" : "categorical", 88, false));
        table.getColumns().add(text("missing", h -> Figures.count(h.missing()), 60, true));
        table.getColumns().add(text("inf", h -> Figures.count(h.infinite()), 40, true));
        table.getColumns().add(text("distinct", h -> Figures.count(h.distinct()), 58, true));
        table.getColumns().add(text("min", h -> Figures.number(h.min()), 62, true));
        table.getColumns().add(text("max", h -> Figures.number(h.max()), 66, true));
        table.getColumns().add(text("mean", h -> Figures.number(h.mean()), 70, true));
        table.getColumns().add(text("std", h -> Figures.number(h.std()), 62, true));
        table.getItems().setAll(health);
        table.setFixedCellSize(26);
        double height = Math.min(12, Math.max(3, health.size())) * 26 + 34;
        // The minimum is set in code, not in the zoomed style, because the growth below lowers it for a while.
        ZoomedHeight.of(table, height);
        table.setMinHeight(height);
        // Its rows come a few a frame too: a dozen rows of nine columns styled at once held the FX thread 80 ms.
        RowsByPulse.of(table, 1).restart();
        return table;
    }

    private static TableColumn<ColumnHealth, String> text(String title, Function<ColumnHealth, String> value,
                                                         double width, boolean numeric) {
        TableColumn<ColumnHealth, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        if (numeric) {
            column.getStyleClass().add("numeric-column");
        }
        return column;
    }
}
