package dev.ladderbench.app;

import dev.ladderbench.core.ladder.RungId;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

import static dev.ladderbench.app.FxConditions.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Presenter mode zooms the charts with the text: at 200 % a chart is twice as high as at 100 %. */
class PresenterChartHeightTest extends WindowTest {

    @TempDir
    Path settings;

    @Test
    void atTwiceTheFontSizeTheChartsAreTwiceAsHigh(FxRobot robot) throws Exception {
        WorkbenchViewModel model = WorkbenchOnCredit.show(robot, stage, settings, FakeClimber.passing());
        WorkbenchOnCredit.climb(robot, model, RungId.SANITY, RungId.BASELINE, RungId.LINEAR);
        Region foldChart = robot.lookup("#rung-linear #fold-chart").queryAs(Region.class);
        Region coefficients = robot.lookup("#rung-linear #coefficient-chart").queryAs(Region.class);
        double foldAtActualSize = foldChart.getHeight();
        double coefficientsAtActualSize = coefficients.getHeight();
        Screenshots.write(foldChart.getParent(), "presenter-charts-100");

        Appearance appearance = (Appearance) stage.getScene().getProperties().get(Appearance.class);
        robot.interact(() -> appearance.scaleProperty().set(200));
        waitUntil(() -> coefficients.getHeight() > 1.5 * coefficientsAtActualSize);

        assertThat(foldAtActualSize).isCloseTo(280, within(1.0));
        assertThat(foldChart.getHeight()).isCloseTo(2 * foldAtActualSize, within(1.0));
        assertThat(coefficients.getHeight()).isCloseTo(2 * coefficientsAtActualSize, within(1.0));
        Screenshots.write(foldChart.getParent(), "presenter-charts-200");
    }
}
