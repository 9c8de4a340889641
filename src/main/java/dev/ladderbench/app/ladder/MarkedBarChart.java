package dev.ladderbench.app.ladder;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart with reference lines across it at values of its number axis (the leakage threshold, the
 * dummy's AUC, the mean), each with a short label. Horizontal when the number axis is the x axis.
 */
public final class MarkedBarChart<X, Y> extends BarChart<X, Y> {

    private record Marker(double value, Line line, Label label) {
    }

    private final List<Marker> markers = new ArrayList<>();
    private final boolean horizontal;

    public MarkedBarChart(Axis<X> xAxis, Axis<Y> yAxis) {
        super(xAxis, yAxis);
        horizontal = xAxis instanceof ValueAxis;
        getStyleClass().add("marked-bar-chart");
        setAnimated(false);
    }

    /** A line at {@code value} with {@code text} beside it (no label when the text is empty). */
    public void mark(double value, String text, String styleClass) {
        Line line = new Line();
        line.getStyleClass().addAll("chart-marker", styleClass);
        line.setManaged(false);
        Label label = new Label(text);
        label.getStyleClass().addAll("chart-marker-label", styleClass);
        label.setManaged(false);
        label.setVisible(!text.isEmpty());
        markers.add(new Marker(value, line, label));
        getPlotChildren().addAll(line, label);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double width = getXAxis().getWidth();
        double height = getYAxis().getHeight();
        List<Bounds> placed = new ArrayList<>();
        for (Marker marker : markers) {
            Label label = marker.label();
            double labelWidth = label.prefWidth(-1);
            double labelHeight = label.prefHeight(-1);
            if (horizontal) {
                double x = ((ValueAxis<Number>) getXAxis()).getDisplayPosition(marker.value());
                marker.line().setStartX(x);
                marker.line().setEndX(x);
                marker.line().setStartY(0);
                marker.line().setEndY(height);
                // At the bottom: the bars are sorted largest first from the top, so the lowest ones are short.
                double left = x + labelWidth + 4 > width ? x - labelWidth - 4 : x + 4;
                label.resizeRelocate(left, height - labelHeight - 2, labelWidth, labelHeight);
            } else {
                double y = ((ValueAxis<Number>) getYAxis()).getDisplayPosition(marker.value());
                marker.line().setStartX(0);
                marker.line().setEndX(width);
                marker.line().setStartY(y);
                marker.line().setEndY(y);
                // Right-aligned above the line; moved left while it would cover an earlier marker's label
                // (the dummy and the mean coincide on the baseline rung).
                double left = width - labelWidth - 4;
                double top = y - labelHeight - 1;
                for (Bounds other : placed) {
                    if (other.intersects(left, top, labelWidth, labelHeight)) {
                        left = Math.max(0, other.getMinX() - labelWidth - 8);
                    }
                }
                label.resizeRelocate(left, top, labelWidth, labelHeight);
                if (label.isVisible()) {
                    placed.add(new BoundingBox(left, top, labelWidth, labelHeight));
                }
            }
            marker.line().toFront();
            label.toFront();
        }
    }

    /** Adds a style class to a bar once it exists (bars are created when their series is added). */
    public static void styleBar(Data<?, ?> data, String styleClass) {
        Node node = data.getNode();
        if (node != null) {
            node.getStyleClass().add(styleClass);
        } else {
            data.nodeProperty().addListener((observable, previous, created) -> {
                if (created != null) {
                    created.getStyleClass().add(styleClass);
                }
            });
        }
    }
}
