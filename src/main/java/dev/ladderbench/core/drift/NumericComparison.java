package dev.ladderbench.core.drift;

import dev.ladderbench.core.data.NumericColumn;
import dev.ladderbench.core.data.TrainingRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Compares one numeric feature between the files: PSI, KS, the training range and a chart's histogram. */
final class NumericComparison {

    /** PSI bins cut at training deciles. */
    static final int PSI_BINS = 10;
    /** Equal-width bins of the chart. */
    static final int HISTOGRAM_BINS = 12;

    private NumericComparison() {
    }

    static NumericDrift of(NumericColumn training, NumericColumn production, DriftThresholds thresholds) {
        return of(training.name(), training.toArray(), production.toArray(), thresholds);
    }

    /** @param training values with NaN for a missing cell; {@code production} the same */
    static NumericDrift of(String name, double[] training, double[] production, DriftThresholds thresholds) {
        double[] trainingValues = sortedPresent(training);
        double[] productionValues = sortedPresent(production);
        int trainingMissing = training.length - trainingValues.length;
        int productionMissing = production.length - productionValues.length;
        List<BinCount> psiBins = psiBins(trainingValues, productionValues, trainingMissing, productionMissing);
        long[] trainingCounts = psiBins.stream().mapToLong(BinCount::training).toArray();
        long[] productionCounts = psiBins.stream().mapToLong(BinCount::production).toArray();
        double psi = Psi.of(trainingCounts, productionCounts);
        KsTest ks = KsTest.ofSorted(trainingValues, productionValues);
        return new NumericDrift(name, psi, DriftStatus.of(psi, thresholds), ks.statistic(), ks.pValue(),
                psiBins, histogram(trainingValues, productionValues),
                outOfRange(finite(trainingValues), productionValues, thresholds.rangeMargin()), trainingMissing,
                productionMissing);
    }

    private static double[] sortedPresent(double[] all) {
        double[] values = Arrays.stream(all).filter(v -> !Double.isNaN(v)).toArray();
        Arrays.sort(values);
        return values;
    }

    /** The finite part of sorted values: infinities sit at the ends. */
    private static double[] finite(double[] sorted) {
        int from = 0;
        int to = sorted.length;
        while (from < to && sorted[from] == Double.NEGATIVE_INFINITY) {
            from++;
        }
        while (to > from && sorted[to - 1] == Double.POSITIVE_INFINITY) {
            to--;
        }
        return Arrays.copyOfRange(sorted, from, to);
    }

    /** Decile bins of the training values, then a bin of missing cells when either file has one. */
    private static List<BinCount> psiBins(double[] training, double[] production, int trainingMissing,
                                          int productionMissing) {
        double[] finiteTraining = finite(training);
        QuantileBins bins = finiteTraining.length == 0 ? null : QuantileBins.of(finiteTraining, PSI_BINS);
        int count = bins == null ? 0 : bins.count();
        long[] trainingCounts = counts(training, bins, count);
        long[] productionCounts = counts(production, bins, count);
        List<BinCount> result = new ArrayList<>();
        double[] edges = bins == null ? new double[0] : bins.edges();
        for (int b = 0; b < count; b++) {
            result.add(new BinCount(BinLabels.quantileBin(edges, b), trainingCounts[b], productionCounts[b]));
        }
        if (trainingMissing > 0 || productionMissing > 0) {
            result.add(new BinCount(BinLabels.MISSING, trainingMissing, productionMissing));
        }
        return result;
    }

    private static long[] counts(double[] values, QuantileBins bins, int count) {
        long[] counts = new long[count];
        if (bins != null) {
            for (double v : values) {
                counts[bins.binOf(v)]++;
            }
        }
        return counts;
    }

    /** Equal-width bins over the finite values of both files; infinities fall into the end bins. */
    private static List<BinCount> histogram(double[] training, double[] production) {
        double[] a = finite(training);
        double[] b = finite(production);
        if (a.length == 0 && b.length == 0) {
            return List.of();
        }
        double min = Math.min(a.length > 0 ? a[0] : Double.POSITIVE_INFINITY, b.length > 0 ? b[0] : Double.POSITIVE_INFINITY);
        double max = Math.max(a.length > 0 ? a[a.length - 1] : Double.NEGATIVE_INFINITY,
                b.length > 0 ? b[b.length - 1] : Double.NEGATIVE_INFINITY);
        int bins = max > min ? HISTOGRAM_BINS : 1;
        double width = max > min ? (max - min) / bins : 1;
        long[] trainingCounts = equalWidthCounts(training, min, width, bins);
        long[] productionCounts = equalWidthCounts(production, min, width, bins);
        List<BinCount> result = new ArrayList<>();
        for (int bin = 0; bin < bins; bin++) {
            // 3 digits name a bin of a chart well enough; the PSI bins keep 6.
            result.add(new BinCount(BinLabels.number(min + bin * width, 3), trainingCounts[bin], productionCounts[bin]));
        }
        return result;
    }

    private static long[] equalWidthCounts(double[] values, double min, double width, int bins) {
        long[] counts = new long[bins];
        for (double v : values) {
            int bin = (int) Math.floor((v - min) / width);
            counts[Math.max(0, Math.min(bins - 1, bin))]++;
        }
        return counts;
    }

    private static OutOfRange outOfRange(double[] finiteTraining, double[] production, double margin) {
        if (finiteTraining.length == 0) {
            return new OutOfRange(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0);
        }
        TrainingRange range = new TrainingRange(finiteTraining[0], finiteTraining[finiteTraining.length - 1], margin);
        int below = 0;
        int above = 0;
        for (double v : production) {
            if (v < range.low()) {
                below++;
            } else if (v > range.high()) {
                above++;
            }
        }
        return new OutOfRange(range.min(), range.max(), range.low(), range.high(), below, above);
    }
}
