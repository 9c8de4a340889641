package dev.ladderbench.core.analysis;

/** A point of the ROC curve: the rates when rows scored at or above {@code threshold} are called positive. */
public record RocPoint(double threshold, double falsePositiveRate, double truePositiveRate) {
}
