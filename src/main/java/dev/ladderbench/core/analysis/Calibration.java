package dev.ladderbench.core.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether predicted probabilities mean what they say: the reliability curve as scikit-learn's
 * {@code calibration_curve(strategy="uniform")} (equal-width bins, empty bins left out), and the Brier
 * score, the mean squared difference between probability and 0/1 truth (0 is perfect; predicting the
 * prevalence everywhere scores prevalence * (1 - prevalence)).
 *
 * @param bins the non-empty bins, lowest first
 */
public record Calibration(List<ReliabilityBin> bins, double brierScore) {

    public static final int DEFAULT_BINS = 10;

    public Calibration {
        bins = List.copyOf(bins);
    }

    public static Calibration of(Predictions predictions, int binCount) {
        int[] count = new int[binCount];
        double[] predicted = new double[binCount];
        int[] positives = new int[binCount];
        double squares = 0;
        for (int i = 0; i < predictions.size(); i++) {
            double p = predictions.probability(i);
            int truth = predictions.truth(i);
            int bin = Histogram.binOf(p, binCount);
            count[bin]++;
            predicted[bin] += p;
            positives[bin] += truth;
            squares += (p - truth) * (p - truth);
        }
        List<ReliabilityBin> bins = new ArrayList<>();
        for (int b = 0; b < binCount; b++) {
            if (count[b] > 0) {
                double upper = b == binCount - 1 ? 1 : Histogram.lowerEdge(b + 1, binCount);
                bins.add(new ReliabilityBin(Histogram.lowerEdge(b, binCount), upper, count[b],
                        predicted[b] / count[b], (double) positives[b] / count[b]));
            }
        }
        return new Calibration(bins, squares / predictions.size());
    }
}
