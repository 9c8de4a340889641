package dev.ladderbench.core.analysis;

/**
 * One bin of a reliability curve: for the rows whose predicted probability falls in (lower, upper] (the
 * first bin also holds 0), the mean prediction against the share that really is positive. A calibrated
 * model has the two equal.
 */
public record ReliabilityBin(double lower, double upper, int count, double meanPredicted, double observedFraction) {
}
