package dev.ladderbench.app.errors;

import dev.ladderbench.core.analysis.Calibration;
import dev.ladderbench.core.analysis.ReliabilityBin;

import java.util.Locale;

/** The reliability curve in one plain sentence: calibrated, over-confident or under-confident. */
final class CalibrationNote {

    /** A mean gap between predicted and observed below this (expected calibration error) reads as calibrated. */
    static final double CALIBRATED = 0.05;

    private CalibrationNote() {
    }

    static String of(Calibration calibration) {
        double rows = 0;
        double gap = 0;
        double extremity = 0;
        for (ReliabilityBin bin : calibration.bins()) {
            double miss = bin.meanPredicted() - bin.observedFraction();
            rows += bin.count();
            gap += bin.count() * Math.abs(miss);
            // Positive when predictions lie further from 0.5 than what happens: more sure than right.
            extremity += bin.count() * (bin.meanPredicted() - 0.5) * miss;
        }
        double error = gap / rows;
        String measured = String.format(Locale.ROOT, "Brier score %.3f; predicted and observed differ by %.3f on"
                + " average.", calibration.brierScore(), error);
        if (error < CALIBRATED) {
            return measured + " The probabilities are close to calibrated: a 0.7 means about 70 %.";
        }
        return measured + (extremity > 0
                ? " The model is over-confident: its probabilities are more extreme than what happens."
                : " The model is under-confident: its probabilities huddle towards the middle (a depth-5 forest"
                + " usually does); rank by them, but calibrate them before reading them as chances.");
    }
}
