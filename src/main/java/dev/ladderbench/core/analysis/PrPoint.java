package dev.ladderbench.core.analysis;

/** A point of the precision-recall curve at {@code threshold} (rows scored at or above it are positive). */
public record PrPoint(double threshold, double recall, double precision) {
}
