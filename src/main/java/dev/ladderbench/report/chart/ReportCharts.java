package dev.ladderbench.report.chart;

import dev.ladderbench.core.analysis.ConfusionCounts;
import dev.ladderbench.core.analysis.ErrorReport;
import dev.ladderbench.core.analysis.FeatureComparison;
import dev.ladderbench.core.analysis.FeatureContrast;
import dev.ladderbench.core.analysis.PrPoint;
import dev.ladderbench.core.analysis.ReliabilityBin;
import dev.ladderbench.core.analysis.RocPoint;
import dev.ladderbench.core.data.LevelCount;
import dev.ladderbench.core.ladder.ColumnHealth;
import dev.ladderbench.core.ladder.ModelFigures;
import dev.ladderbench.core.ladder.RungResult;
import dev.ladderbench.core.ladder.SanityFigures;
import dev.ladderbench.core.model.FeatureLeakage;
import dev.ladderbench.report.chart.HorizontalBarChart.Bar;
import dev.ladderbench.report.chart.HorizontalBarChart.Marker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which charts each report section shows, built from the results; every format draws these same charts. */
public final class ReportCharts {

    /** Long charts are cut to their most telling rows; the tables and the JSON keep every row. */
    static final int MOST_BARS = 20;

    private ReportCharts() {
    }

    /** Rung 0: classes, missing values, leakage probe; a model rung: its fold AUCs against the dummy. */
    public static List<Chart> forRung(RungResult rung, String positive, double leakageAuc) {
        List<Chart> charts = new ArrayList<>();
        rung.sanity().ifPresent(s -> {
            charts.add(classDistribution(s.classCounts(), positive));
            charts.add(missingValues(s));
            charts.add(leakageProbe(s, leakageAuc));
        });
        rung.model().ifPresent(m -> charts.add(foldAucs(rung, m)));
        return charts;
    }

    /** The error analysis: confusion matrix, what the errors have in common, and their confidence. */
    public static List<Chart> forErrors(ErrorReport report, String positive) {
        return List.of(
                new ConfusionMatrixChart("Confusion matrix (" + report.model().label() + ", "
                        + report.source().label() + ")", report.counts(), positive),
                featureComparison("Missed positives against caught ones (effect in SDs of the caught)",
                        report.analysis().missedPositives()),
                featureComparison("False alarms against true negatives (effect in SDs of the true negatives)",
                        report.analysis().falseAlarms()),
                new ConfidenceHistogramChart("Confidence of the errors", report.analysis().confidence()));
    }

    /** Thresholds and calibration: ROC and PR curves with the operating point, the reliability curve. */
    public static List<Chart> forThresholds(ErrorReport report) {
        ConfusionCounts at = report.counts();
        String operating = String.format(Locale.ROOT, "threshold %.3f", at.threshold());
        List<CurveChart.Point> roc = report.analysis().sweep().rocCurve().stream()
                .map((RocPoint p) -> new CurveChart.Point(p.falsePositiveRate(), p.truePositiveRate())).toList();
        List<CurveChart.Point> pr = report.analysis().sweep().precisionRecallCurve().stream()
                .map((PrPoint p) -> new CurveChart.Point(p.recall(), p.precision())).toList();
        double prevalence = at.positives() / (double) Math.max(1, at.total());
        List<CurveChart.Point> calibration = report.analysis().calibration().bins().stream()
                .map((ReliabilityBin b) -> new CurveChart.Point(b.meanPredicted(), b.observedFraction())).toList();
        return List.of(
                new CurveChart(String.format(Locale.ROOT, "ROC curve (AUC %.3f)", report.rocAuc()),
                        "false positive rate", "true positive rate", roc,
                        new CurveChart.Line(0, 0, 1, 1, "chance"),
                        Optional.of(new CurveChart.Point(at.falsePositiveRate(), at.recall())), operating, false),
                new CurveChart(String.format(Locale.ROOT, "Precision-recall curve (PR-AUC %.3f)",
                        report.averagePrecision()), "recall", "precision", pr,
                        new CurveChart.Line(0, prevalence, 1, prevalence, "prevalence"),
                        Optional.of(new CurveChart.Point(at.recall(), at.precision())), operating, false),
                new CurveChart(String.format(Locale.ROOT, "Calibration (Brier score %.3f)",
                        report.analysis().calibration().brierScore()), "mean predicted probability",
                        "share positive", calibration, new CurveChart.Line(0, 0, 1, 1, "perfectly calibrated"),
                        Optional.empty(), "", true));
    }

    static HorizontalBarChart classDistribution(List<LevelCount> classes, String positive) {
        double max = classes.stream().mapToInt(LevelCount::count).max().orElse(1);
        List<Bar> bars = classes.stream().limit(MOST_BARS).map(c -> new Bar(c.level(), c.count(),
                c.level().equals(positive) ? ChartStyle.SECOND : ChartStyle.BAR)).toList();
        return new HorizontalBarChart("Class distribution", bars, 0, max * 1.05, List.of(),
                v -> String.format(Locale.ROOT, "%.0f", v), "rows", "No labelled rows.");
    }

    static HorizontalBarChart missingValues(SanityFigures s) {
        double rows = Math.max(1, s.rows());
        List<Bar> bars = s.featureHealth().stream().filter(c -> c.missing() > 0)
                .sorted(Comparator.comparingInt(ColumnHealth::missing).reversed()).limit(MOST_BARS)
                .map(c -> new Bar(c.name(), c.missing() / rows, ChartStyle.BAR)).toList();
        return new HorizontalBarChart("Missing values per column", bars, 0, 1, List.of(),
                v -> String.format(Locale.ROOT, "%.1f %%", 100 * v), "share of rows missing",
                "No feature has missing values.");
    }

    static HorizontalBarChart leakageProbe(SanityFigures s, double threshold) {
        List<FeatureLeakage> top = s.leakage().stream().limit(MOST_BARS).toList();
        double min = top.stream().mapToDouble(FeatureLeakage::treeAuc).filter(Double::isFinite).min().orElse(0.5);
        double axisMin = Math.min(0.5, Math.floor(min * 10) / 10);
        List<Bar> bars = top.stream().map(f -> new Bar(f.feature(), f.treeAuc(),
                f.flagged() ? ChartStyle.FLAGGED : ChartStyle.BAR)).toList();
        String title = "Leakage probe: single-feature AUC (depth-1 tree)"
                + (s.leakage().size() > MOST_BARS ? ", top " + MOST_BARS + " of " + s.leakage().size() : "");
        return new HorizontalBarChart(title, bars, axisMin, 1,
                List.of(new Marker(threshold, String.format(Locale.ROOT, "%.2f", threshold))),
                v -> String.format(Locale.ROOT, "%.3f", v), "cross-validated ROC AUC", "No features to probe.");
    }

    private static FoldAucChart foldAucs(RungResult rung, ModelFigures m) {
        return new FoldAucChart(rung.id().label() + ": ROC AUC per fold against the dummy", m.rocAuc().folds(),
                m.rocAuc().mean(), m.baselineRocAuc());
    }

    /**
     * Signed effects (error mean minus reference mean, in reference SDs), largest first, with the ±0.5
     * lines past which a feature is flagged; an effect beyond the axis is drawn to its end.
     */
    static HorizontalBarChart featureComparison(String title, FeatureComparison comparison) {
        List<Bar> bars = new ArrayList<>();
        for (FeatureContrast c : comparison.contrasts()) {
            if (Double.isNaN(c.effectSize()) || bars.size() == MOST_BARS) {
                continue;
            }
            double signed = Math.copySign(c.effectSize(), c.difference());
            bars.add(new Bar(c.label(), signed, c.flagged() ? ChartStyle.FLAGGED : ChartStyle.BAR));
        }
        double reach = bars.stream().mapToDouble(b -> Math.abs(b.value())).filter(Double::isFinite).max().orElse(1);
        double limit = Math.min(3, Math.max(1, Math.ceil(reach * 2) / 2));
        return new HorizontalBarChart(title, bars, -limit, limit,
                List.of(new Marker(-0.5, "−0.5"), new Marker(0.5, "+0.5")),
                v -> Double.isInfinite(v) ? (v > 0 ? "+∞" : "−∞") : String.format(Locale.ROOT, "%+.2f", v),
                "difference of means / SD of the correct rows", "Too few errors to compare.");
    }
}
